import StarterKit from "@tiptap/starter-kit";
import { EntityMention } from "@/components/editor/extensions/entity-mention";
import { Figure } from "@/components/editor/extensions/figure";
import { PullQuote } from "@/components/editor/extensions/pull-quote";
import { RelatedArticle } from "@/components/editor/extensions/related-article";
import { Table } from "@/components/editor/extensions/table";
import { TableCell } from "@/components/editor/extensions/table-cell";
import { TableHeader } from "@/components/editor/extensions/table-header";
import { TableRow } from "@/components/editor/extensions/table-row";
import { Youtube } from "@/components/editor/extensions/youtube";
import { isAllowedHref } from "./urls";

export { isAllowedHref, isAllowedImageSrc } from "./urls";

/**
 * The article body's editor schema. The editor (client) and the save-time
 * validation (server) both build from this list, so they cannot drift apart.
 * Every entry is a plain definition (no DOM at import time, no React); the
 * editor adds behaviour on top — node views, the slash menu, the `@` search —
 * without changing the schema (components/editor/extensions/editor-extensions.client.ts).
 */
export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    code: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  PullQuote,
  Figure,
  Youtube,
  RelatedArticle,
  EntityMention,
  Table,
  TableRow,
  TableHeader,
  TableCell,
];

/** Names of the nodes and marks the schema knows, for tests and documentation. */
export const ARTICLE_NODE_NAMES = [
  "doc",
  "paragraph",
  "text",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "horizontalRule",
  "hardBreak",
  "pullQuote",
  "figure",
  "youtube",
  "relatedArticle",
  "mention",
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
] as const;
