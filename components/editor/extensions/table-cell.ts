import { Node, mergeAttributes } from "@tiptap/core";
import { cellAttributes } from "./table-cell-attributes";

/** A data cell: paragraphs only (no nested tables, lists or embeds). See table.ts. */
export const TableCell = Node.create({
  name: "tableCell",
  content: "paragraph+",
  tableRole: "cell",
  isolating: true,

  addAttributes() {
    return cellAttributes();
  },

  parseHTML() {
    return [{ tag: "td" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["td", mergeAttributes(HTMLAttributes), 0];
  },
});
