import { getSchema } from "@tiptap/core";
import { z } from "zod";
import { articleExtensions, isAllowedHref } from "./extensions";
import { plainText } from "./plain-text";
import {
  LIMITS,
  isAllowedImageSrc,
  isDimension,
  isMentionType,
  isPlainText,
  isSlug,
  isUuid,
  isYoutubeId,
} from "./rules";

export { plainText } from "./plain-text";

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const MAX_BODY_BYTES = 2_000_000;
const MAX_DEPTH = 32;

let schema: ReturnType<typeof getSchema> | undefined;
function articleSchema() {
  schema ??= getSchema(articleExtensions);
  return schema;
}

export const EMPTY_DOC: RichTextNode = { type: "doc", content: [{ type: "paragraph" }] };

export type BodyValidation = { ok: true; doc: RichTextNode; text: string } | { ok: false; error: string };

/**
 * Checks a stored or submitted body against the editor schema: unknown node
 * types, marks or attributes, unsafe links, over-deep or oversized documents
 * are refused with a message an editor can act on.
 */
export function validateArticleBody(input: unknown): BodyValidation {
  let json: unknown = input;
  if (typeof input === "string") {
    if (input.length > MAX_BODY_BYTES) return { ok: false, error: "Nội dung quá dài." };
    try {
      json = JSON.parse(input);
    } catch {
      return { ok: false, error: "Nội dung không đúng định dạng." };
    }
  } else if (JSON.stringify(input ?? null).length > MAX_BODY_BYTES) {
    return { ok: false, error: "Nội dung quá dài." };
  }
  if (!json || typeof json !== "object" || (json as RichTextNode).type !== "doc") {
    return { ok: false, error: "Nội dung phải là một tài liệu của trình soạn thảo." };
  }
  const unsafe = findUnsafe(json as RichTextNode, 0, articleSchema());
  if (unsafe) return { ok: false, error: unsafe };
  try {
    const node = articleSchema().nodeFromJSON(json);
    node.check();
    return { ok: true, doc: node.toJSON() as RichTextNode, text: plainText(json as RichTextNode) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Nội dung có phần tử không được hỗ trợ (${reason}).` };
  }
}

type Schema = ReturnType<typeof getSchema>;

type Attrs = Record<string, unknown>;
const optionalText = (value: unknown, max: number) => value === undefined || isPlainText(value, max);
const span = (value: unknown, max: number) => value === undefined || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max);

/**
 * Attribute values beyond what the schema's types can say. A missing attribute
 * takes the schema default, so optional ones may be absent; the ones without a
 * safe default (a figure's src, a video id, the ids and slugs of cards and
 * mentions) must be present and well-formed.
 */
const ATTRIBUTE_RULES: Record<string, (attrs: Attrs) => string | undefined> = {
  heading: (attrs) => (attrs.level === undefined || [2, 3, 4].includes(attrs.level as number) ? undefined : "cấp tiêu đề phải là 2, 3 hoặc 4"),
  orderedList: (attrs) =>
    attrs.start === undefined || (Number.isInteger(attrs.start) && (attrs.start as number) >= 0) ? undefined : "số bắt đầu không hợp lệ",
  figure: (attrs) => {
    if (!isAllowedImageSrc(attrs.src)) return "ảnh phải là địa chỉ http(s) hoặc đường dẫn trong trang";
    if (!optionalText(attrs.alt, LIMITS.alt)) return `mô tả ảnh tối đa ${LIMITS.alt} ký tự`;
    if (!optionalText(attrs.caption, LIMITS.caption)) return `chú thích tối đa ${LIMITS.caption} ký tự`;
    if (!optionalText(attrs.credit, LIMITS.credit)) return `nguồn ảnh tối đa ${LIMITS.credit} ký tự`;
    if (!isDimension(attrs.width) || !isDimension(attrs.height)) return "kích thước ảnh không hợp lệ";
    return undefined;
  },
  youtube: (attrs) => (isYoutubeId(attrs.videoId) ? undefined : "mã video YouTube không hợp lệ"),
  relatedArticle: (attrs) => {
    if (!isUuid(attrs.articleId)) return "mã bài viết không hợp lệ";
    if (!isSlug(attrs.slug)) return "đường dẫn bài viết không hợp lệ";
    if (!isPlainText(attrs.title, LIMITS.relatedTitle, { required: true })) return `tiêu đề bài liên quan (1–${LIMITS.relatedTitle} ký tự)`;
    return undefined;
  },
  mention: (attrs) => {
    if (!isUuid(attrs.id)) return "mã thẻ không hợp lệ";
    if (!isMentionType(attrs.type)) return "loại thẻ không hợp lệ";
    if (!isSlug(attrs.slug)) return "đường dẫn thẻ không hợp lệ";
    if (!isPlainText(attrs.label, LIMITS.mentionLabel, { required: true })) return `tên thẻ (1–${LIMITS.mentionLabel} ký tự)`;
    return undefined;
  },
  pullQuote: (attrs) => (optionalText(attrs.attribution, LIMITS.attribution) ? undefined : `người được trích tối đa ${LIMITS.attribution} ký tự`),
  tableCell: (attrs) => (span(attrs.colspan, LIMITS.tableColumns) && span(attrs.rowspan, LIMITS.tableRows) ? undefined : "ô gộp không hợp lệ"),
  tableHeader: (attrs) => (span(attrs.colspan, LIMITS.tableColumns) && span(attrs.rowspan, LIMITS.tableRows) ? undefined : "ô gộp không hợp lệ"),
};

/** Rules on a node's content: sizes the schema cannot express. */
const CONTENT_RULES: Record<string, (node: RichTextNode) => string | undefined> = {
  pullQuote: (node) => {
    const length = (node.content ?? []).reduce((sum, child) => sum + (typeof child.text === "string" ? child.text.length : 0), 0);
    return length > LIMITS.pullQuote ? `trích dẫn nổi bật tối đa ${LIMITS.pullQuote} ký tự` : undefined;
  },
  table: (node) => {
    const rows = Array.isArray(node.content) ? node.content : [];
    if (rows.length > LIMITS.tableRows) return `bảng tối đa ${LIMITS.tableRows} hàng`;
    for (const row of rows) {
      const cells = row && Array.isArray(row.content) ? row.content : [];
      const width = cells.reduce((sum, cell) => sum + (Number.isInteger(cell?.attrs?.colspan) ? (cell.attrs!.colspan as number) : 1), 0);
      if (width > LIMITS.tableColumns) return `bảng tối đa ${LIMITS.tableColumns} cột`;
    }
    return undefined;
  },
};

/** Attributes must be ones the schema declares: ProseMirror would silently drop the rest, we refuse them. */
function unknownAttribute(attrs: Record<string, unknown> | undefined, declared: Record<string, unknown> | undefined) {
  if (attrs === undefined || attrs === null) return undefined;
  if (typeof attrs !== "object" || Array.isArray(attrs)) return "attrs";
  return Object.keys(attrs).find((name) => !declared || !Object.hasOwn(declared, name));
}

function findUnsafe(node: RichTextNode, depth: number, schema: Schema): string | undefined {
  if (depth > MAX_DEPTH) return "Nội dung lồng nhau quá sâu.";
  if (typeof node !== "object" || node === null || typeof node.type !== "string") return "Nội dung không đúng định dạng.";
  const nodeType = Object.hasOwn(schema.nodes, node.type) ? schema.nodes[node.type] : undefined;
  if (!nodeType) return `Nội dung có phần tử không được hỗ trợ: ${node.type}.`;
  const badAttribute = unknownAttribute(node.attrs, nodeType.spec.attrs);
  if (badAttribute) return `Thuộc tính không được hỗ trợ: ${node.type}.${badAttribute}.`;
  const attributeRule = Object.hasOwn(ATTRIBUTE_RULES, node.type) ? ATTRIBUTE_RULES[node.type] : undefined;
  const attributeProblem = attributeRule?.((node.attrs ?? {}) as Attrs);
  if (attributeProblem) return `Giá trị thuộc tính không hợp lệ ở ${node.type}: ${attributeProblem}.`;
  const contentProblem = Object.hasOwn(CONTENT_RULES, node.type) ? CONTENT_RULES[node.type]!(node) : undefined;
  if (contentProblem) return `Nội dung không hợp lệ ở ${node.type}: ${contentProblem}.`;
  if (node.marks !== undefined && !Array.isArray(node.marks)) return "Nội dung không đúng định dạng.";
  for (const mark of node.marks ?? []) {
    const markType = mark && typeof mark.type === "string" && Object.hasOwn(schema.marks, mark.type) ? schema.marks[mark.type] : undefined;
    if (!markType) return `Định dạng không được hỗ trợ: ${String(mark?.type)}.`;
    const badMarkAttribute = unknownAttribute(mark.attrs, markType.spec.attrs);
    if (badMarkAttribute) return `Thuộc tính không được hỗ trợ: ${mark.type}.${badMarkAttribute}.`;
    if (mark.type === "link" && !isAllowedHref(mark.attrs?.href)) {
      return "Liên kết không hợp lệ: chỉ chấp nhận http, https, mailto hoặc đường dẫn trong trang.";
    }
  }
  if (node.text !== undefined && typeof node.text !== "string") return "Nội dung không đúng định dạng.";
  if (node.content !== undefined && !Array.isArray(node.content)) return "Nội dung không đúng định dạng.";
  for (const child of node.content ?? []) {
    const problem = findUnsafe(child, depth + 1, schema);
    if (problem) return problem;
  }
  return undefined;
}

/** A body from plain paragraphs: for seeds, imports and tests. */
export function docFromParagraphs(paragraphs: string[]): RichTextNode {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : undefined })),
  };
}

export const RichTextJson = z.custom<RichTextNode>((value) => validateArticleBody(value).ok, "Nội dung không hợp lệ.");
