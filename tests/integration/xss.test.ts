import "../support/fresh-database";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { RichText } from "@/components/RichText";
import { createArticle, getPublishedArticleBySlug } from "@/lib/articles";
import { lookupArticles, resolveRelatedArticles } from "@/lib/articles/lookup";
import { validateArticleBody } from "@/lib/richtext/validate";
import { makeUser } from "./helpers";

/**
 * Hostile article bodies, as a compromised account or a crafted API call
 * would send them. Each is either refused on save, or saved and rendered
 * inert by the public renderer: no <script>, no event-handler attribute, no
 * style attribute, no javascript:/data:/vbscript: URL, no embedding element.
 */

const UUID = "0b7e1a52-3c7b-4d8e-9a1f-2c3d4e5f6a7b";
const SCRIPT = "<script>window.__xss=1</script>";
const IMG = '"><img src=x onerror="window.__xss=1">';

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const link = (href: unknown, extra: Record<string, unknown> = {}) => doc(p(text("bấm vào đây", [{ type: "link", attrs: { href, ...extra } }])));
const figure = (attrs: Record<string, unknown>) => doc({ type: "figure", attrs: { src: "https://cdn.toasoan.vn/a.jpg", ...attrs } });
const mention = (attrs: Record<string, unknown>) => doc(p({ type: "mention", attrs: { id: UUID, type: "person", label: "Đổng Quân", slug: "dong-quan", ...attrs } }));
const related = (attrs: Record<string, unknown>) => doc({ type: "relatedArticle", attrs: { articleId: UUID, title: "Bài liên quan", slug: "bai-lien-quan", ...attrs } });
const youtube = (videoId: unknown) => doc({ type: "youtube", attrs: { videoId } });

/** Must be refused by validation (and so by createArticle). */
const REFUSED: [string, unknown][] = [
  ["a javascript: link", link("javascript:alert(1)")],
  ["a mixed-case JaVaScRiPt: link", link("JaVaScRiPt:alert(1)")],
  ["a link with a leading tab", link("\tjavascript:alert(1)")],
  ["a link with a leading space and newline", link(" \njavascript:alert(1)")],
  ["a link with a tab inside the scheme", link("java\tscript:alert(1)")],
  ["a link with a newline inside the scheme", link("java\nscript:alert(1)")],
  ["a data:text/html link", link("data:text/html,<script>alert(1)</script>")],
  ["a base64 data: link", link("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")],
  ["a vbscript: link", link("vbscript:msgbox(1)")],
  ["an entity-encoded javascript: link", link("&#106;avascript:alert(1)")],
  ["a hex-entity-encoded javascript: link", link("&#x6A;&#x61;vascript:alert(1)")],
  ["a javascript&colon; link", link("javascript&colon;alert(1)")],
  ["a percent-encoded scheme", link("%6Aavascript:alert(1)")],
  ["a protocol-relative link", link("//evil.example/")],
  ["a backslash protocol-relative link", link("/\\evil.example/")],
  ["a link with an onclick attribute", link("https://toasoan.vn", { onclick: "alert(1)" })],
  ["a link with a style attribute", link("https://toasoan.vn", { style: "position:fixed;inset:0" })],
  ["a figure with a javascript: source", figure({ src: "javascript:alert(1)" })],
  ["a figure with a data:image/svg source", figure({ src: "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" })],
  ["a figure with an attribute-breaking source", figure({ src: 'x" onerror="alert(1)' })],
  ["a figure with onerror", figure({ onerror: "alert(1)" })],
  ["a figure with onload", figure({ onload: "alert(1)" })],
  ["a figure with a style", figure({ style: "background:url(javascript:alert(1))" })],
  ["a paragraph with onclick", doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("x")] })],
  ["a YouTube id breaking out of an attribute", youtube('x" onload="alert(1)')],
  ["a YouTube id that is a javascript: URL", youtube("javascript:alert(1)")],
  ["a YouTube id that is a path", youtube("../../../x")],
  ["a YouTube embed URL instead of an id", youtube("https://evil.example/embed/x")],
  ["a related-article javascript: slug", related({ slug: "javascript:alert(1)" })],
  ["a related-article protocol-relative slug", related({ slug: "//evil.example" })],
  ["a related-article path slug", related({ slug: "../../admin" })],
  ["a related-article attribute-breaking slug", related({ slug: 'a" onclick="alert(1)' })],
  ["a related-article non-uuid id", related({ articleId: "1 or 1=1" })],
  ["a mention with a javascript: slug", mention({ slug: "javascript:alert(1)" })],
  ["a mention with a script type", mention({ type: "<script>" })],
  ["a mention with an onmouseover attribute", mention({ onmouseover: "alert(1)" })],
  ["an unknown rawHtml node", doc({ type: "rawHtml", attrs: { html: SCRIPT } })],
  ["an unknown iframe node", doc({ type: "iframe", attrs: { src: "https://evil.example" } })],
  ["an unknown script node", doc({ type: "script", content: [text("alert(1)")] })],
  ["an unknown mark", doc(p(text("x", [{ type: "script" }])))],
  ["a table cell with a style", doc({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", attrs: { style: "x" }, content: [p(text("x"))] }] }] })],
];

/** Must be accepted, saved and rendered inert. */
const ACCEPTED: [string, unknown][] = [
  ["a script tag in text", doc(p(text(SCRIPT)))],
  ["an img onerror in text", doc(p(text(IMG)))],
  ["an svg onload in a heading", doc({ type: "heading", attrs: { level: 2 }, content: [text('<svg onload="window.__xss=1">')] })],
  ["a javascript: URL as plain text", doc(p(text("javascript:alert(1)")))],
  ["a template injection in text", doc(p(text("{{constructor.constructor('window.__xss=1')()}}")))],
  ["payloads in bold and italic text", doc(p(text(SCRIPT, [{ type: "bold" }, { type: "italic" }])))],
  ["a safe link whose other attributes are hostile", link("https://toasoan.vn/a", { class: '" onclick="alert(1)', title: IMG, target: "javascript:alert(1)", rel: '" onmouseover="x' })],
  ["a safe link with an attribute-breaking query", link('https://toasoan.vn/?q=" onmouseover="alert(1)')],
  ["an image URL with an attribute-breaking path", figure({ src: 'https://cdn.toasoan.vn/a.jpg" onerror="alert(1)' })],
  ["payloads in a figure's caption, credit and alt", figure({ caption: SCRIPT, credit: IMG, alt: '" onerror="alert(1)' })],
  ["payloads in a pull quote and its attribution", doc({ type: "pullQuote", attrs: { attribution: IMG }, content: [text(SCRIPT)] })],
  ["payloads in table cells", doc({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableHeader", content: [p(text(SCRIPT))] }, { type: "tableCell", content: [p(text(IMG))] }] }] })],
  ["payloads in a related-article title", related({ title: `${SCRIPT}${IMG}` })],
  ["payloads in a mention label", mention({ label: '<img src=x onerror="window.__xss=1">' })],
];

function decodeEntities(value: string) {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** What the browser would see: tags, their attributes and the URLs they load or link to. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|object|embed|svg|math|style|link|meta|base|form|input|button|textarea)\b/i);
  for (const tag of html.match(/<[^>]+>/g) ?? []) {
    for (const [, name, value] of tag.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) {
      expect(name!, tag).not.toMatch(/^on/i);
      expect(name!, tag).not.toMatch(/^(style|srcdoc|formaction|action)$/i);
      if (/^(href|src|xlink:href)$/i.test(name!)) {
        // Browsers drop tabs and newlines in URLs and ignore leading control characters and spaces.
        const url = decodeEntities(value ?? "").replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
        expect(url, tag).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    }
  }
}

let editor: Awaited<ReturnType<typeof makeUser>>;
let counter = 0;

beforeAll(async () => {
  editor = await makeUser("editor");
});

const input = (body: unknown) => ({ title: `Bài thử XSS ${++counter}`, sapo: "", body });

describe("XSS payloads in article bodies", () => {
  it.each(REFUSED)("refuses %s on save", async (_label, body) => {
    expect(validateArticleBody(body).ok).toBe(false);
    await expect(createArticle({ actor: editor, input: input(body), publish: true })).rejects.toBeInstanceOf(ZodError);
    // Even if such a body were stored by other means, the renderer leaves it inert.
    expectInert(renderToStaticMarkup(createElement(RichText, { doc: body as never })));
  });

  it.each(ACCEPTED)("stores %s and renders it inert on the public page", async (_label, body) => {
    const saved = await createArticle({ actor: editor, input: input(body), publish: true });
    const article = await getPublishedArticleBySlug(saved.slug);
    expect(article).not.toBeNull();
    const html = renderToStaticMarkup(createElement(RichText, { doc: article!.body, related: await resolveRelatedArticles(article!.body) }));
    expectInert(html);
    expectInert(renderToStaticMarkup(createElement(RichText, { doc: article!.body })));
  });

  it("escapes the payload text rather than dropping it", async () => {
    const saved = await createArticle({ actor: editor, input: input(doc(p(text(SCRIPT)))), publish: true });
    const article = await getPublishedArticleBySlug(saved.slug);
    expect(renderToStaticMarkup(createElement(RichText, { doc: article!.body }))).toBe("<p><span>&lt;script&gt;window.__xss=1&lt;/script&gt;</span></p>");
  });

  it("the expectation itself catches what it must", () => {
    for (const html of [
      "<script>x</script>",
      '<img src="x" onerror="y"/>',
      '<a href="javascript:x">a</a>',
      '<a href="&#106;avascript:x">a</a>',
      '<a href=" &#x09;javascript:x">a</a>',
      '<p style="x">a</p>',
      "<iframe></iframe>",
    ]) {
      expect(() => expectInert(html), html).toThrow();
    }
    expect(() => expectInert("<p>&lt;script&gt; onerror=x javascript:</p>")).not.toThrow();
  });
});

describe("related articles", () => {
  it("lists our articles for the editor's search and resolves only public ones for readers", async () => {
    const published = await createArticle({ actor: editor, input: { title: "Trồng cây hữu nghị ở Lào Cai", sapo: "", body: doc(p(text("x"))) }, publish: true });
    const draft = await createArticle({ actor: editor, input: { title: "Trồng cây: bản nháp", sapo: "", body: doc(p(text("x"))) } });
    const results = await lookupArticles({ actor: editor, input: { q: "trong cay" } });
    expect(results.map((r) => r.id)).toEqual([published.id, draft.id]);
    expect(results[0]).toMatchObject({ title: "Trồng cây hữu nghị ở Lào Cai", slug: published.slug, status: "published" });
    expect((await lookupArticles({ actor: editor, input: { q: "trong cay", exclude: published.id } })).map((r) => r.id)).toEqual([draft.id]);

    const body = doc(
      { type: "relatedArticle", attrs: { articleId: published.id, title: "cũ", slug: "cu" } },
      { type: "relatedArticle", attrs: { articleId: draft.id, title: "nháp", slug: "nhap" } },
    );
    const resolved = await resolveRelatedArticles(body);
    expect(resolved).toEqual({ [published.id]: { slug: published.slug, title: "Trồng cây hữu nghị ở Lào Cai" } });
    expect(renderToStaticMarkup(createElement(RichText, { doc: body as never, related: resolved }))).toBe(
      `<aside class="rt-related"><p class="rt-related-label">Đọc thêm</p><a href="/bai-viet/${published.slug}">Trồng cây hữu nghị ở Lào Cai</a></aside>`,
    );
  });

  it("the search is for newsroom staff only", async () => {
    await expect(lookupArticles({ actor: null as never, input: { q: "x" } })).rejects.toThrow();
  });
});
