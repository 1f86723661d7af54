/**
 * Plain text of an article body, for search, tag suggestions, previews and the
 * editor's word count. Pure and dependency-free: the editor (browser) and the
 * save path (server) read a document the same way.
 */
export interface PlainTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PlainTextNode[];
  text?: string;
}

/** Nodes that end a line of text. */
const LINE_BLOCKS = new Set(["paragraph", "heading", "horizontalRule", "pullQuote"]);

const attr = (node: PlainTextNode, name: string) => {
  const value = node.attrs?.[name];
  return typeof value === "string" ? value.trim() : "";
};

/**
 * One block per line. Includes what a reader reads: headings, paragraphs, list
 * items, quotes, pull quotes (with their attribution), table cells, figure
 * captions and mention labels. Leaves out embeds (YouTube) and the titles of
 * related-article cards, which are another article's words.
 */
export function plainText(node: PlainTextNode): string {
  switch (node.type) {
    case "text":
      return node.text ?? "";
    case "hardBreak":
      return "\n";
    case "mention":
      return attr(node, "label");
    case "figure": {
      const caption = attr(node, "caption");
      return caption ? `${caption}\n` : "";
    }
    case "youtube":
    case "relatedArticle":
      return "";
    default:
      break;
  }
  const inner = (node.content ?? []).map(plainText).join("");
  if (node.type === "pullQuote") {
    const attribution = attr(node, "attribution");
    return attribution ? `${inner}\n${attribution}\n` : `${inner}\n`;
  }
  return LINE_BLOCKS.has(node.type) ? `${inner}\n` : inner;
}

/** Words as a reader counts them: runs of letters or digits, with inner hyphens and apostrophes. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/** Vietnamese readers read about 200 words a minute; an article with any words takes at least a minute. */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return words <= 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
