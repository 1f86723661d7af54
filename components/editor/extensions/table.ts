import { Node, callOrReturn, getExtensionField, mergeAttributes, type ParentConfig } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import {
  addColumnAfter,
  addColumnBefore,
  addRowAfter,
  addRowBefore,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  tableEditing,
  toggleHeaderRow,
} from "@tiptap/pm/tables";
import { LIMITS } from "@/lib/richtext/rules";

declare module "@tiptap/core" {
  interface NodeConfig<Options, Storage> {
    /** prosemirror-tables' role of a node: table, row, cell or header_cell. */
    tableRole?: string | ((this: { name: string; options: Options; storage: Storage; parent: ParentConfig<NodeConfig<Options>>["tableRole"] }) => string);
  }
  interface Commands<ReturnType> {
    table: {
      /** Inserts a table of `rows` × `cols` cells (3 × 3 by default), the first row as headers. */
      insertTable: (options?: { rows?: number; cols?: number; withHeaderRow?: boolean }) => ReturnType;
      addRowBefore: () => ReturnType;
      addRowAfter: () => ReturnType;
      deleteRow: () => ReturnType;
      addColumnBefore: () => ReturnType;
      addColumnAfter: () => ReturnType;
      deleteColumn: () => ReturnType;
      deleteTable: () => ReturnType;
      toggleHeaderRow: () => ReturnType;
      goToNextCell: () => ReturnType;
      goToPreviousCell: () => ReturnType;
    };
  }
}

/**
 * A table: `{ type: "table", content: [{ type: "tableRow", content: [{ type:
 * "tableHeader" | "tableCell", attrs: { colspan, rowspan }, content:
 * [paragraph…] }] }] }`. Built on prosemirror-tables (bundled in @tiptap/pm)
 * with the node names of @tiptap/extension-table, which has no release at our
 * Tiptap version; attributes are kept to colspan and rowspan (no widths, no
 * styles). At most 50 columns and 500 rows.
 */
export const Table = Node.create({
  name: "table",
  group: "block",
  content: "tableRow+",
  tableRole: "table",
  isolating: true,

  parseHTML() {
    return [{ tag: "table" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["table", mergeAttributes(HTMLAttributes, { class: "rt-table" }), ["tbody", 0]];
  },

  addCommands() {
    return {
      insertTable:
        ({ rows = 3, cols = 3, withHeaderRow = true } = {}) =>
        ({ tr, dispatch, editor }) => {
          const safeRows = Math.min(Math.max(1, Math.floor(rows)), LIMITS.tableRows);
          const safeCols = Math.min(Math.max(1, Math.floor(cols)), LIMITS.tableColumns);
          const { schema } = editor;
          const cell = (header: boolean) => schema.nodes[header ? "tableHeader" : "tableCell"]!.createAndFill()!;
          const tableRows = Array.from({ length: safeRows }, (_, row) =>
            schema.nodes.tableRow!.create(null, Array.from({ length: safeCols }, () => cell(withHeaderRow && row === 0))),
          );
          const table = this.type.create(null, tableRows);
          if (dispatch) {
            const offset = tr.selection.from + 1;
            tr.replaceSelectionWith(table).scrollIntoView();
            tr.setSelection(TextSelection.near(tr.doc.resolve(offset)));
          }
          return true;
        },
      addRowBefore:
        () =>
        ({ state, dispatch }) =>
          addRowBefore(state, dispatch),
      addRowAfter:
        () =>
        ({ state, dispatch }) =>
          addRowAfter(state, dispatch),
      deleteRow:
        () =>
        ({ state, dispatch }) =>
          deleteRow(state, dispatch),
      addColumnBefore:
        () =>
        ({ state, dispatch }) =>
          addColumnBefore(state, dispatch),
      addColumnAfter:
        () =>
        ({ state, dispatch }) =>
          addColumnAfter(state, dispatch),
      deleteColumn:
        () =>
        ({ state, dispatch }) =>
          deleteColumn(state, dispatch),
      deleteTable:
        () =>
        ({ state, dispatch }) =>
          deleteTable(state, dispatch),
      toggleHeaderRow:
        () =>
        ({ state, dispatch }) =>
          toggleHeaderRow(state, dispatch),
      goToNextCell:
        () =>
        ({ state, dispatch }) =>
          goToNextCell(1)(state, dispatch),
      goToPreviousCell:
        () =>
        ({ state, dispatch }) =>
          goToNextCell(-1)(state, dispatch),
    };
  },

  addKeyboardShortcuts() {
    return {
      Tab: () => {
        if (!isInTable(this.editor.state)) return false;
        if (this.editor.commands.goToNextCell()) return true;
        // Tab in the last cell adds a row, as in a word processor.
        return this.editor.chain().addRowAfter().goToNextCell().run();
      },
      "Shift-Tab": () => isInTable(this.editor.state) && this.editor.commands.goToPreviousCell(),
    };
  },

  addProseMirrorPlugins() {
    return [tableEditing({ allowTableNodeSelection: false })];
  },

  extendNodeSchema(extension) {
    const context = { name: extension.name, options: extension.options, storage: extension.storage };
    return { tableRole: callOrReturn(getExtensionField(extension, "tableRole", context)) };
  },
});
