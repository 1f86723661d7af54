import type { CommandProps } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";

/**
 * After inserting a block atom (figure, video, related-article card), puts the
 * cursor in the paragraph after it — adding one when nothing follows — so that
 * typing continues below the block and the next insert does not replace it.
 * A command step: `chain().insertContent(…).command(cursorAfterBlock("figure"))`.
 */
export const cursorAfterBlock =
  (name: string) =>
  ({ tr, state }: CommandProps): boolean => {
    const { selection } = tr;
    if (!(selection instanceof NodeSelection) || selection.node.type.name !== name) return true;
    const end = selection.to;
    if (!tr.doc.resolve(end).nodeAfter?.isTextblock) tr.insert(end, state.schema.nodes.paragraph!.create());
    tr.setSelection(TextSelection.create(tr.doc, end + 1));
    return true;
  };
