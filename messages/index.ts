import enBase from "./en.json";
import viBase from "./vi.json";
import enEntitiesAdmin from "./en/entities-admin.json";
import viEntitiesAdmin from "./vi/entities-admin.json";
import enTagging from "./en/tagging.json";
import viTagging from "./vi/tagging.json";
import enWorkflow from "./en/workflow.json";
import viWorkflow from "./vi/workflow.json";
import enSearch from "./en/search.json";
import viSearch from "./vi/search.json";
import enEditorContent from "./en/editor-content.json";
import viEditorContent from "./vi/editor-content.json";
import enAuthoring from "./en/authoring.json";
import viAuthoring from "./vi/authoring.json";
import enUsers from "./en/users.json";
import viUsers from "./vi/users.json";
import enError from "./en/error.json";
import viError from "./vi/error.json";
import enHome from "./en/home.json";
import enReadership from "./en/readership.json";
import viReadership from "./vi/readership.json";
import viHome from "./vi/home.json";

/**
 * UI strings per locale. Each area of the app may keep its strings in its own
 * file (messages/<locale>/<area>.json, one top-level namespace per file);
 * register both locales' files here.
 */
export const MESSAGES = {
  vi: { ...viBase, ...viEntitiesAdmin, ...viTagging, ...viEditorContent, ...viWorkflow, ...viUsers, ...viAuthoring, ...viSearch, ...viHome, ...viError, ...viReadership },
  en: { ...enBase, ...enEntitiesAdmin, ...enTagging, ...enEditorContent, ...enWorkflow, ...enUsers, ...enAuthoring, ...enSearch, ...enHome, ...enError, ...enReadership },
};
