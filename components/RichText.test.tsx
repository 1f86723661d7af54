import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "./RichText";

const render = (doc: unknown) => renderToStaticMarkup(<RichText doc={doc as never} />);

describe("RichText", () => {
  it("renders allow-listed nodes and marks", () => {
    const html = render({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Lào Cai" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Đại tướng", marks: [{ type: "bold" }] },
            { type: "text", text: " link", marks: [{ type: "link", attrs: { href: "https://example.vn" } }] },
          ],
        },
      ],
    });
    expect(html).toContain("<h3><span>Lào Cai</span></h3>");
    expect(html).toContain("<strong>Đại tướng</strong>");
    expect(html).toContain('<a href="https://example.vn" rel="noopener noreferrer nofollow"> link</a>');
  });

  it("escapes text and drops unknown nodes, attributes and unsafe links", () => {
    const html = render({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script>" }] },
        { type: "rawHtml", attrs: { html: "<img src=x onerror=alert(1)>" } },
        { type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
      ],
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("onclick");
    expect(html).not.toContain("javascript:");
  });
});
