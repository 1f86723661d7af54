import { Extension, type Editor, type Range } from "@tiptap/core";
import { PluginKey } from "@tiptap/pm/state";
import { Suggestion, type SuggestionOptions } from "@tiptap/suggestion";

/** One entry of the `/` menu. */
export interface SlashItem {
  id: string;
  title: string;
  /** Extra words the filter matches, e.g. "h2", "table", "anh". */
  keywords: string[];
  run: (editor: Editor, range: Range) => void;
}

export const SlashPluginKey = new PluginKey("slashCommand");

/** Meta of a transaction asking the editor component to open an insert dialog ("figure", "youtube", "related"). */
export const OPEN_INSERT_DIALOG = "openInsertDialog";

/**
 * The `/` menu: typing `/` at the start of a line or after a space opens a
 * list of blocks; the items and the popup are given on the client. Adds no
 * node or mark: the schema is untouched.
 */
export const SlashCommand = Extension.create<{ suggestion: Omit<SuggestionOptions<SlashItem, SlashItem>, "editor"> }>({
  name: "slashCommand",

  addOptions() {
    return { suggestion: {} };
  },

  addProseMirrorPlugins() {
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: SlashPluginKey,
        char: "/",
        allowSpaces: false,
        // Blocks go in a plain paragraph, not inside a table cell or a heading.
        allow: ({ state, range }) => {
          const $from = state.doc.resolve(range.from);
          if ($from.parent.type.name !== "paragraph") return false;
          for (let depth = $from.depth; depth > 0; depth--) {
            const name = $from.node(depth).type.name;
            if (name === "tableCell" || name === "tableHeader") return false;
          }
          return true;
        },
        command: ({ editor, range, props }) => props.run(editor, range),
        ...this.options.suggestion,
      }),
    ];
  },
});
