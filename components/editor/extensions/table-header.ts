import { Node, mergeAttributes } from "@tiptap/core";
import { cellAttributes } from "./table-cell-attributes";

/** A header cell: paragraphs only. See table.ts. */
export const TableHeader = Node.create({
  name: "tableHeader",
  content: "paragraph+",
  tableRole: "header_cell",
  isolating: true,

  addAttributes() {
    return cellAttributes();
  },

  parseHTML() {
    return [{ tag: "th" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["th", mergeAttributes(HTMLAttributes), 0];
  },
});
