import { mergeAttributes } from "@tiptap/core";
import Mention from "@tiptap/extension-mention";
import { LIMITS, isMentionType, isPlainText, isSlug, isUuid, type MentionEntityType } from "@/lib/richtext/rules";

export interface EntityMentionAttrs {
  id: string;
  type: MentionEntityType;
  label: string;
  slug: string;
}

/**
 * A person, place, organization, event or series named in the text:
 * `{ type: "mention", attrs: { id, type, label, slug } }`, inline. Typing `@`
 * searches the knowledge base (the suggestion is configured on the client:
 * see extensions/editor-extensions.client.ts); the public page links it to the
 * entity's page. Backspace removes the whole mention.
 */
export const EntityMention = Mention.extend({
  addOptions() {
    const parent = this.parent?.();
    return {
      ...parent!,
      deleteTriggerWithBackspace: true,
      HTMLAttributes: { class: "rt-mention" },
      renderText: ({ node }) => (node.attrs.label as string) ?? "",
      renderHTML: ({ options, node }) => ["span", options.HTMLAttributes, (node.attrs.label as string) ?? ""],
    };
  },

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-id"),
        renderHTML: (attributes) => ({ "data-id": attributes.id }),
      },
      type: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-entity-type"),
        renderHTML: (attributes) => ({ "data-entity-type": attributes.type }),
      },
      label: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-label") ?? element.textContent ?? "",
        renderHTML: (attributes) => ({ "data-label": attributes.label }),
      },
      slug: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-slug"),
        renderHTML: (attributes) => ({ "data-slug": attributes.slug }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: `span[data-type="${this.name}"]`,
        getAttrs: (element) => {
          const attrs = {
            id: element.getAttribute("data-id"),
            type: element.getAttribute("data-entity-type"),
            label: element.getAttribute("data-label") ?? "",
            slug: element.getAttribute("data-slug"),
          };
          return isEntityMention(attrs) ? null : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ["span", mergeAttributes({ "data-type": this.name }, this.options.HTMLAttributes, HTMLAttributes), (node.attrs.label as string) ?? ""];
  },
});

export function isEntityMention(attrs: Record<string, unknown>): attrs is Record<string, unknown> & EntityMentionAttrs {
  return isUuid(attrs.id) && isMentionType(attrs.type) && isSlug(attrs.slug) && isPlainText(attrs.label, LIMITS.mentionLabel, { required: true });
}
