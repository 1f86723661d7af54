import enBase from "./en.json";
import viBase from "./vi.json";

/**
 * UI strings per locale. Each area of the app may keep its strings in its own
 * file (messages/<locale>/<area>.json, one top-level namespace per file);
 * register both locales' files here.
 */
export const MESSAGES = {
  vi: { ...viBase },
  en: { ...enBase },
};
