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

// ——— The content blocks: figure, pull quote, table, YouTube, related article, mention ———

const UUID = "0b7e1a52-3c7b-4d8e-9a1f-2c3d4e5f6a7b";
const doc = (...content: unknown[]) => ({ type: "doc", content });
const text = (value: string) => ({ type: "text", text: value });
const figure = (attrs: Record<string, unknown>) => ({ type: "figure", attrs: { src: "https://cdn.toasoan.vn/anh/le-don.jpg", ...attrs } });
const youtube = (videoId: unknown) => ({ type: "youtube", attrs: { videoId } });
const related = (attrs: Record<string, unknown>) => ({ type: "relatedArticle", attrs: { articleId: UUID, title: "Hai Bộ trưởng trồng cây", slug: "hai-bo-truong-trong-cay", ...attrs } });
const mention = (attrs: Record<string, unknown>) => ({ type: "mention", attrs: { id: UUID, type: "person", label: "Đổng Quân", slug: "dong-quan", ...attrs } });
const cell = (value: string, type = "tableCell", attrs?: Record<string, unknown>) => ({ type, attrs, content: [para(value)] });
const table = (rows: unknown[][]) => ({ type: "table", content: rows.map((cells) => ({ type: "tableRow", content: cells })) });

describe("validateArticleBody: content blocks", () => {
  it("accepts every block the editor makes and keeps their attributes", () => {
    const body = doc(
      figure({ alt: "Hai đoàn tại cửa khẩu", caption: "Lễ đón", credit: "Ảnh: TTXVN", width: 1200, height: 800 }),
      { type: "pullQuote", attrs: { attribution: "Đại tướng Phan Văn Giang" }, content: [text("Biên giới hòa bình, hữu nghị.")] },
      table([
        [cell("Năm", "tableHeader"), cell("Địa điểm", "tableHeader")],
        [cell("2024"), cell("Lào Cai", "tableCell", { colspan: 1, rowspan: 1 })],
      ]),
      youtube("dQw4w9WgXcQ"),
      related({}),
      { type: "paragraph", content: [text("Gặp "), mention({}), text(" tại Lào Cai.")] },
      { type: "horizontalRule" },
    );
    const result = validateArticleBody(body);
    expect(result.ok, result.ok ? "" : result.error).toBe(true);
    if (!result.ok) return;
    const [fig, quote, , video, card, paragraph] = result.doc.content!;
    expect(fig!.attrs).toEqual({ src: "https://cdn.toasoan.vn/anh/le-don.jpg", alt: "Hai đoàn tại cửa khẩu", caption: "Lễ đón", credit: "Ảnh: TTXVN", width: 1200, height: 800 });
    expect(quote!.attrs).toEqual({ attribution: "Đại tướng Phan Văn Giang" });
    expect(video!.attrs).toEqual({ videoId: "dQw4w9WgXcQ" });
    expect(card!.attrs).toEqual({ articleId: UUID, title: "Hai Bộ trưởng trồng cây", slug: "hai-bo-truong-trong-cay" });
    expect(paragraph!.content![1]!.attrs).toEqual({ id: UUID, type: "person", label: "Đổng Quân", slug: "dong-quan" });
    // Plain text for search and suggestions: captions, pull quotes and their attribution, cells, mention labels.
    expect(result.text).toBe(
      "Lễ đón\nBiên giới hòa bình, hữu nghị.\nĐại tướng Phan Văn Giang\nNăm\nĐịa điểm\n2024\nLào Cai\nGặp Đổng Quân tại Lào Cai.\n\n",
    );
  });

  it("fills optional attributes with their defaults", () => {
    const result = validateArticleBody(doc({ type: "figure", attrs: { src: "/uploads/a.jpg" } }, { type: "pullQuote", content: [text("x")] }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.doc.content![0]!.attrs).toEqual({ src: "/uploads/a.jpg", alt: "", caption: "", credit: "", width: null, height: null });
      expect(result.doc.content![1]!.attrs).toEqual({ attribution: "" });
    }
  });

  it("accepts mentions of every entity type, in headings, list items and table cells", () => {
    for (const type of ["person", "place", "organization", "event", "series"]) {
      const body = doc(
        { type: "heading", attrs: { level: 2 }, content: [mention({ type })] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [mention({ type })] }] }] },
        table([[{ type: "tableCell", content: [{ type: "paragraph", content: [mention({ type })] }] }]]),
      );
      expect(validateArticleBody(body).ok, type).toBe(true);
    }
  });

  it("accepts slugs in other scripts, as slugify leaves them", () => {
    expect(validateArticleBody(doc({ type: "paragraph", content: [mention({ slug: "董军", label: "董军" })] })).ok).toBe(true);
  });

  it.each([
    // figure
    ["a figure without a source", doc({ type: "figure", attrs: { alt: "x" } })],
    ["a figure with a javascript: source", doc(figure({ src: "javascript:alert(1)" }))],
    ["a figure with a data: source", doc(figure({ src: "data:image/svg+xml;base64,PHN2Zz4=" }))],
    ["a figure with a protocol-relative source", doc(figure({ src: "//evil.example/a.jpg" }))],
    ["a figure with a non-string caption", doc(figure({ caption: { html: "<b>x</b>" } }))],
    ["a figure with an overlong caption", doc(figure({ caption: "x".repeat(501) }))],
    ["a figure with an overlong credit", doc(figure({ credit: "x".repeat(201) }))],
    ["a figure with an overlong alt", doc(figure({ alt: "x".repeat(301) }))],
    ["a figure with a control character in its caption", doc(figure({ caption: "a\u0000b" }))],
    ["a figure with a string width", doc(figure({ width: "100%" }))],
    ["a figure with a negative height", doc(figure({ height: -1 }))],
    ["a figure with an onerror attribute", doc(figure({ onerror: "alert(1)" }))],
    ["a figure with a style attribute", doc(figure({ style: "background:url(javascript:alert(1))" }))],
    ["a figure with content", doc({ ...figure({}), content: [para("x")] })],
    // youtube
    ["a YouTube node without an id", doc({ type: "youtube" })],
    ["a YouTube id that is a URL", doc(youtube("https://www.youtube.com/watch?v=dQw4w9WgXcQ"))],
    ["a YouTube id that breaks out of an attribute", doc(youtube('x" onload="'))],
    ["a YouTube id of the wrong length", doc(youtube("dQw4w9WgXc"))],
    ["a YouTube id with a path", doc(youtube("../../a/b/c"))],
    ["a YouTube node with a src attribute", doc({ type: "youtube", attrs: { videoId: "dQw4w9WgXcQ", src: "https://evil.example" } })],
    // related article
    ["a related article without an id", doc({ type: "relatedArticle", attrs: { title: "x", slug: "x" } })],
    ["a related article with a non-uuid id", doc(related({ articleId: "42" }))],
    ["a related article with a javascript: slug", doc(related({ slug: "javascript:alert(1)" }))],
    ["a related article with a path in its slug", doc(related({ slug: "../admin" }))],
    ["a related article with a protocol-relative slug", doc(related({ slug: "/evil.example" }))],
    ["a related article with an empty title", doc(related({ title: "   " }))],
    ["a related article with an overlong title", doc(related({ title: "x".repeat(301) }))],
    ["a related article with an href attribute", doc(related({ href: "https://evil.example" }))],
    // mention
    ["a mention without an id", doc({ type: "paragraph", content: [mention({ id: null })] })],
    ["a mention with a non-uuid id", doc({ type: "paragraph", content: [mention({ id: "dong-quan" })] })],
    ["a mention of an unknown type", doc({ type: "paragraph", content: [mention({ type: "user" })] })],
    ["a mention with a slug that is a URL", doc({ type: "paragraph", content: [mention({ slug: "https://evil.example" })] })],
    ["a mention with an empty label", doc({ type: "paragraph", content: [mention({ label: "" })] })],
    ["a mention with an overlong label", doc({ type: "paragraph", content: [mention({ label: "x".repeat(201) })] })],
    ["a mention with the suggestion character attribute", doc({ type: "paragraph", content: [mention({ mentionSuggestionChar: "@" })] })],
    ["a mention directly in the document", doc(mention({}))],
    ["a mention in a pull quote", doc({ type: "pullQuote", content: [mention({})] })],
    // pull quote
    ["a pull quote over 500 characters", doc({ type: "pullQuote", content: [text("x".repeat(501))] })],
    ["a pull quote with bold text", doc({ type: "pullQuote", content: [{ type: "text", text: "x", marks: [{ type: "bold" }] }] })],
    ["a pull quote with a paragraph inside", doc({ type: "pullQuote", content: [para("x")] })],
    ["a pull quote with an overlong attribution", doc({ type: "pullQuote", attrs: { attribution: "x".repeat(201) }, content: [text("x")] })],
    // tables
    ["a table with more than 50 columns", doc(table([Array.from({ length: 51 }, () => cell("x"))]))],
    ["a table whose colspans add up to more than 50", doc(table([[cell("x", "tableCell", { colspan: 30 }), cell("y", "tableCell", { colspan: 30 })]]))],
    ["a table with more than 500 rows", doc(table(Array.from({ length: 501 }, () => [cell("x")])))],
    ["a cell with a zero colspan", doc(table([[cell("x", "tableCell", { colspan: 0 })]]))],
    ["a cell with a string rowspan", doc(table([[cell("x", "tableCell", { rowspan: "2" })]]))],
    ["a cell with a style attribute", doc(table([[cell("x", "tableCell", { style: "color:red" })]]))],
    ["a cell with a column width attribute", doc(table([[cell("x", "tableCell", { colwidth: [100] })]]))],
    ["a table nested in a cell", doc(table([[{ type: "tableCell", content: [table([[cell("x")]])] }]]))],
    ["a row outside a table", doc({ type: "tableRow", content: [cell("x")] })],
    ["a cell directly in a table", doc({ type: "table", content: [cell("x")] })],
    ["an empty table", doc({ type: "table", content: [] })],
    // prototype keys are not node types or attributes
    ["a node named constructor", doc({ type: "constructor" })],
    ["a node named __proto__", doc({ type: "__proto__" })],
    ["an attribute named constructor", doc({ type: "paragraph", attrs: { constructor: "x" } })],
    ["a mark named toString", doc({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "toString" }] }] })],
  ])("refuses %s", (_label, body) => {
    const result = validateArticleBody(body);
    expect(result.ok).toBe(false);
  });

  it("says what is wrong, in Vietnamese", () => {
    const result = validateArticleBody(doc(youtube("nope")));
    expect(result).toEqual({ ok: false, error: "Giá trị thuộc tính không hợp lệ ở youtube: mã video YouTube không hợp lệ." });
  });
});
