import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { createEditorExtensions, filterSlashItems } from "@/components/editor/extensions/editor-extensions.client";
import type { SlashItem } from "@/components/editor/extensions/slash-command";
import { ARTICLE_NODE_NAMES, articleExtensions } from "./extensions";

const labels = {
  slash: "",
  slashEmpty: "",
  mention: "",
  mentionHint: "",
  mentionSearching: "",
  mentionEmpty: "",
  types: { person: "", place: "", organization: "", event: "", series: "" },
  relatedArticle: "",
};

/** What a schema accepts: node and mark names, their attributes and defaults, content expressions, marks and groups. */
function describeSchema(extensions: Parameters<typeof getSchema>[0]) {
  const schema = getSchema(extensions);
  const describe = (types: Record<string, { spec: Record<string, unknown> }>) =>
    Object.fromEntries(
      Object.entries(types).map(([name, type]) => {
        const { attrs, content, marks, group, inline, atom, tableRole } = type.spec as Record<string, unknown>;
        const defaults = Object.fromEntries(Object.entries((attrs ?? {}) as Record<string, { default?: unknown }>).map(([key, value]) => [key, value.default]));
        return [name, { attrs: defaults, content, marks, group, inline, atom, tableRole }];
      }),
    );
  return { nodes: describe(schema.nodes as never), marks: describe(schema.marks as never) };
}

describe("the editor's extension list", () => {
  it("has exactly the schema the server validates against", () => {
    const client = createEditorExtensions({ slashItems: [], labels });
    expect(describeSchema(client)).toEqual(describeSchema(articleExtensions));
  });

  it("knows every node the renderer and validation know", () => {
    expect(Object.keys(getSchema(articleExtensions).nodes).sort()).toEqual([...ARTICLE_NODE_NAMES].sort());
  });

  it("filters slash items by title and keywords, without diacritics", () => {
    const item = (id: string, title: string, keywords: string[]): SlashItem => ({ id, title, keywords, run: () => {} });
    const items = [item("table", "Bảng", ["table"]), item("figure", "Ảnh có chú thích", ["image", "anh"]), item("h2", "Tiêu đề 2", ["h2"])];
    expect(filterSlashItems(items, "").map((i) => i.id)).toEqual(["table", "figure", "h2"]);
    expect(filterSlashItems(items, "bang").map((i) => i.id)).toEqual(["table"]);
    expect(filterSlashItems(items, "ảnh").map((i) => i.id)).toEqual(["figure"]);
    expect(filterSlashItems(items, "ima").map((i) => i.id)).toEqual(["figure"]);
    expect(filterSlashItems(items, "h2").map((i) => i.id)).toEqual(["h2"]);
    expect(filterSlashItems(items, "zzz")).toEqual([]);
  });
});
