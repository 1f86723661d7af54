import { Extension } from "@tiptap/core";

/** The transaction meta key LinkShortcut sets: the editor component opens its link editor when it sees it. */
export const OPEN_LINK_EDITOR = "openLinkEditor";

/**
 * Mod-K asks for the link editor: it dispatches a transaction carrying
 * OPEN_LINK_EDITOR, which the React component handles (the link bubble when
 * the cursor is in a link, a dialog otherwise). No schema change.
 */
export const LinkShortcut = Extension.create({
  name: "linkShortcut",

  addKeyboardShortcuts() {
    return {
      "Mod-k": () => this.editor.commands.setMeta(OPEN_LINK_EDITOR, true),
    };
  },
});
