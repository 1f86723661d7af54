import { Node, mergeAttributes } from "@tiptap/core";
import { LIMITS, isPlainText, isSlug, isUuid } from "@/lib/richtext/rules";
import { cursorAfterBlock } from "./block-cursor";

export interface RelatedArticleAttrs {
  articleId: string;
  title: string;
  slug: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    relatedArticle: {
      /** Inserts a "read also" card for one of our articles. */
      insertRelatedArticle: (attrs: RelatedArticleAttrs) => ReturnType;
    };
  }
}

/**
 * A card linking another of our articles: `{ type: "relatedArticle", attrs:
 * { articleId, title, slug } }`. Title and slug are the ones at insertion time;
 * the public page may resolve the current ones by id (see RichText's `related`).
 */
export const RelatedArticle = Node.create({
  name: "relatedArticle",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { label: "Đọc thêm" };
  },

  addAttributes() {
    return { articleId: { default: null }, title: { default: "" }, slug: { default: "" } };
  },

  parseHTML() {
    return [
      {
        tag: 'aside[data-type="related-article"]',
        getAttrs: (element) => {
          const articleId = element.getAttribute("data-article-id");
          const slug = element.getAttribute("data-slug");
          const title = (element.querySelector("[data-title]")?.textContent ?? "").trim();
          if (!isUuid(articleId) || !isSlug(slug) || !isPlainText(title, LIMITS.relatedTitle, { required: true })) return false;
          return { articleId, slug, title };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { articleId, title, slug } = node.attrs as RelatedArticleAttrs;
    return [
      "aside",
      mergeAttributes(HTMLAttributes, { "data-type": "related-article", "data-article-id": articleId ?? "", "data-slug": slug ?? "", class: "rt-related" }),
      ["span", { class: "rt-related-label" }, this.options.label],
      ["strong", { "data-title": "" }, title ?? ""],
      ["small", {}, `/bai-viet/${slug ?? ""}`],
    ];
  },

  addCommands() {
    return {
      insertRelatedArticle:
        (attrs) =>
        ({ chain }) => {
          if (!isUuid(attrs.articleId) || !isSlug(attrs.slug) || !isPlainText(attrs.title, LIMITS.relatedTitle, { required: true })) return false;
          return chain()
            .insertContent({ type: this.name, attrs: { articleId: attrs.articleId, title: attrs.title, slug: attrs.slug } })
            .command(cursorAfterBlock(this.name))
            .run();
        },
    };
  },
});
