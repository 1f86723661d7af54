import { Node, mergeAttributes, textblockTypeInputRule } from "@tiptap/core";
import { LIMITS } from "@/lib/richtext/rules";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the current block into a pull quote, or back into a paragraph. */
      togglePullQuote: () => ReturnType;
    };
  }
}

/**
 * A pull quote: a short line lifted out of the story, set large, with an
 * optional attribution. `{ type: "pullQuote", attrs: { attribution }, content:
 * [{ type: "text", text }] }` — plain text, no marks, at most 500 characters.
 * Typing `>> ` at the start of a paragraph makes one.
 */
export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "text*",
  marks: "",
  defining: true,

  addAttributes() {
    return { attribution: { default: "" } };
  },

  parseHTML() {
    return [
      {
        tag: 'aside[data-type="pull-quote"]',
        contentElement: "blockquote",
        getAttrs: (element) => ({
          attribution: (element.querySelector("[data-attribution]")?.textContent ?? "").replace(/^[—–-]\s*/, "").trim().slice(0, LIMITS.attribution),
        }),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attribution = (node.attrs.attribution as string) || "";
    const attrs = mergeAttributes(HTMLAttributes, { "data-type": "pull-quote", class: "rt-pullquote" });
    return attribution ? ["aside", attrs, ["blockquote", 0], ["p", { "data-attribution": "" }, `— ${attribution}`]] : ["aside", attrs, ["blockquote", 0]];
  },

  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, "paragraph"),
    };
  },

  addInputRules() {
    return [textblockTypeInputRule({ find: /^>>\s$/, type: this.type })];
  },
});
