import { describe, expect, it } from "vitest";
import { docFromParagraphs, validateArticleBody } from "./validate";

const para = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, marks }] });

describe("validateArticleBody", () => {
  it("accepts the editor's own documents and extracts text", () => {
    const result = validateArticleBody({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Lào Cai" }] },
        para("Đại tướng Phan Văn Giang", [{ type: "bold" }]),
        { type: "bulletList", content: [{ type: "listItem", content: [para("Một")] }] },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text).toBe("Lào Cai\nĐại tướng Phan Văn Giang\nMột\n");
  });

  it("accepts a JSON string", () => {
    expect(validateArticleBody(JSON.stringify(docFromParagraphs(["A", "B"]))).ok).toBe(true);
  });

  it.each([
    ["an unknown node type", { type: "doc", content: [{ type: "script", content: [] }] }],
    ["an unknown mark", { type: "doc", content: [para("x", [{ type: "blink" }])] }],
    ["a javascript: link", { type: "doc", content: [para("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])] }],
    ["a data: link", { type: "doc", content: [para("x", [{ type: "link", attrs: { href: "data:text/html,<script>" } }])] }],
    ["a protocol-relative link", { type: "doc", content: [para("x", [{ type: "link", attrs: { href: "//evil.example" } }])] }],
    ["a heading level outside 2–4", { type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [] }] }],
    ["an unknown attribute", { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "x" } }] }],
    ["a non-document", { type: "paragraph" }],
    ["invalid JSON", "{nope"],
    ["text directly in the doc", { type: "doc", content: [{ type: "text", text: "x" }] }],
  ])("refuses %s", (_label, body) => {
    const result = validateArticleBody(body);
    expect(result.ok).toBe(false);
  });

  it("refuses oversized documents", () => {
    const big = docFromParagraphs(Array.from({ length: 30_000 }, () => "x".repeat(80)));
    const result = validateArticleBody(big);
    expect(result).toEqual({ ok: false, error: "Nội dung quá dài." });
  });

  it("refuses absurdly deep nesting", () => {
    let node: Record<string, unknown> = para("x");
    for (let i = 0; i < 40; i++) node = { type: "blockquote", content: [node] };
    expect(validateArticleBody({ type: "doc", content: [node] }).ok).toBe(false);
  });
});
