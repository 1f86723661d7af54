import { getSchema } from "@tiptap/core";
import { z } from "zod";
import { articleExtensions, isAllowedHref } from "./extensions";

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

/** Attribute values beyond what the schema's types can say. */
const ATTRIBUTE_RULES: Record<string, (attrs: Record<string, unknown>) => boolean> = {
  heading: (attrs) => attrs.level === undefined || [2, 3, 4].includes(attrs.level as number),
  orderedList: (attrs) => attrs.start === undefined || (Number.isInteger(attrs.start) && (attrs.start as number) >= 0),
};

/** Attributes must be ones the schema declares: ProseMirror would silently drop the rest, we refuse them. */
function unknownAttribute(attrs: Record<string, unknown> | undefined, declared: Record<string, unknown> | undefined) {
  if (attrs === undefined || attrs === null) return undefined;
  if (typeof attrs !== "object" || Array.isArray(attrs)) return "attrs";
  return Object.keys(attrs).find((name) => !declared || !(name in declared));
}

function findUnsafe(node: RichTextNode, depth: number, schema: Schema): string | undefined {
  if (depth > MAX_DEPTH) return "Nội dung lồng nhau quá sâu.";
  if (typeof node !== "object" || node === null || typeof node.type !== "string") return "Nội dung không đúng định dạng.";
  const nodeType = schema.nodes[node.type];
  if (!nodeType) return `Nội dung có phần tử không được hỗ trợ: ${node.type}.`;
  const badAttribute = unknownAttribute(node.attrs, nodeType.spec.attrs);
  if (badAttribute) return `Thuộc tính không được hỗ trợ: ${node.type}.${badAttribute}.`;
  if (node.attrs && ATTRIBUTE_RULES[node.type] && !ATTRIBUTE_RULES[node.type]!(node.attrs)) {
    return `Giá trị thuộc tính không hợp lệ ở ${node.type}.`;
  }
  if (node.marks !== undefined && !Array.isArray(node.marks)) return "Nội dung không đúng định dạng.";
  for (const mark of node.marks ?? []) {
    const markType = mark && typeof mark.type === "string" ? schema.marks[mark.type] : undefined;
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

const BLOCKS = new Set(["paragraph", "heading", "horizontalRule"]);

/** Plain text of a document, one block per line: for search, suggestions and previews. */
export function plainText(node: RichTextNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const inner = (node.content ?? []).map(plainText).join("");
  return BLOCKS.has(node.type) ? `${inner}\n` : inner;
}

/** A body from plain paragraphs: for seeds, imports and tests. */
export function docFromParagraphs(paragraphs: string[]): RichTextNode {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : undefined })),
  };
}

export const RichTextJson = z.custom<RichTextNode>((value) => validateArticleBody(value).ok, "Nội dung không hợp lệ.");
