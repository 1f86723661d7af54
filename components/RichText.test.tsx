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

const UUID = "0b7e1a52-3c7b-4d8e-9a1f-2c3d4e5f6a7b";
const doc = (...content: unknown[]) => ({ type: "doc", content });

describe("RichText: content blocks", () => {
  it("renders a figure with lazy loading, known size, caption and credit", () => {
    const html = render(
      doc({ type: "figure", attrs: { src: "https://cdn.toasoan.vn/le-don.jpg", alt: "Hai đoàn", caption: "Lễ đón", credit: "Ảnh: TTXVN", width: 1200, height: 800 } }),
    );
    expect(html).toBe(
      '<figure class="rt-figure"><img src="https://cdn.toasoan.vn/le-don.jpg" alt="Hai đoàn" width="1200" height="800" loading="lazy" decoding="async"/><figcaption>Lễ đón <span class="rt-credit">Ảnh: TTXVN</span></figcaption></figure>',
    );
  });

  it("serves a site-local figure through the image optimizer, in several widths, with its size and no inline style", () => {
    const html = render(doc({ type: "figure", attrs: { src: "/anh/le-don.jpg", alt: "Hai đoàn", caption: "Lễ đón", credit: "", width: 1600, height: 900 } }));
    const img = html.match(/<img [^>]*>/)![0];
    expect(img).toContain('alt="Hai đoàn"');
    expect(img).toContain('width="1600"');
    expect(img).toContain('height="900"');
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('decoding="async"');
    expect(img).toContain('sizes="(max-width: 752px) 100vw, 720px"');
    expect(img).toMatch(/src="\/_next\/image\?url=%2Fanh%2Fle-don\.jpg&amp;w=\d+&amp;q=75"/);
    const widths = [...img.matchAll(/url=%2Fanh%2Fle-don\.jpg&amp;w=(\d+)&amp;q=75 (\d+)w/g)].map((m) => Number(m[2]));
    expect(widths.length).toBeGreaterThan(3);
    // `sizes` says the image is never shown narrower than a phone screen: no thumbnail widths.
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(320);
    expect(img).not.toContain("style=");
    expect(img).not.toContain("fetchpriority");
    expect(html).toContain("<figcaption>Lễ đón</figcaption>");
  });

  it("renders a figure without caption or size, and drops one with an unsafe source", () => {
    const html = render(doc({ type: "figure", attrs: { src: "/uploads/a.jpg", alt: "", caption: "", credit: "", width: null, height: null } }));
    expect(html).toMatch(/^<figure class="rt-figure"><img alt="" loading="lazy" decoding="async" sizes="[^"]+" srcSet="[^"]+" src="\/_next\/image\?url=%2Fuploads%2Fa\.jpg&amp;w=\d+&amp;q=75"\/><\/figure>$/);
    expect(html).not.toContain("width=");
    expect(html).not.toContain("style=");
    // A query string is not for the optimizer (Next refuses it): the source is used as it is.
    expect(render(doc({ type: "figure", attrs: { src: "/uploads/a.jpg?v=2", alt: "" } }))).toBe(
      '<figure class="rt-figure"><img src="/uploads/a.jpg?v=2" alt="" loading="lazy" decoding="async"/></figure>',
    );
    for (const src of ["javascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>", "//evil.example/a.jpg", 42]) {
      expect(render(doc({ type: "figure", attrs: { src } }))).toBe("");
    }
  });

  it("renders a pull quote as an aside with its attribution", () => {
    expect(render(doc({ type: "pullQuote", attrs: { attribution: "Đại tướng Phan Văn Giang" }, content: [{ type: "text", text: "Biên giới hòa bình." }] }))).toBe(
      '<aside class="rt-pullquote"><blockquote><p><span>Biên giới hòa bình.</span></p></blockquote><p class="rt-pullquote-attribution">— Đại tướng Phan Văn Giang</p></aside>',
    );
  });

  it("renders a table with a header row, scopes and spans", () => {
    const cell = (type: string, text: string, attrs?: Record<string, unknown>) => ({ type, attrs, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
    const html = render(
      doc({
        type: "table",
        content: [
          { type: "tableRow", content: [cell("tableHeader", "Năm"), cell("tableHeader", "Nơi")] },
          { type: "tableRow", content: [cell("tableHeader", "2024"), cell("tableCell", "Lào Cai", { colspan: 1, rowspan: 2 })] },
          { type: "tableRow", content: [cell("tableCell", "2025", { colspan: 2, rowspan: 1 })] },
        ],
      }),
    );
    expect(html).toBe(
      '<div class="rt-table"><table><thead><tr><th scope="col"><p><span>Năm</span></p></th><th scope="col"><p><span>Nơi</span></p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p><span>2024</span></p></th><td rowSpan="2"><p><span>Lào Cai</span></p></td></tr><tr><td colSpan="2"><p><span>2025</span></p></td></tr></tbody></table></div>',
    );
  });

  it("renders a YouTube video as a facade: a thumbnail and a link to youtube-nocookie, no iframe or script", () => {
    const html = render(doc({ type: "youtube", attrs: { videoId: "dQw4w9WgXcQ" } }));
    expect(html).toBe(
      '<figure class="rt-video"><a class="rt-video-link" href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" rel="noopener noreferrer">' +
        '<img src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" alt="" width="480" height="360" loading="lazy" decoding="async"/>' +
        '<span class="rt-video-play">Xem video trên YouTube</span></a></figure>',
    );
    expect(render(doc({ type: "youtube", attrs: { videoId: 'x" onload="alert(1)' } }))).toBe("");
  });

  it("renders a related-article card linking /bai-viet/slug, from the stored attributes or the current ones", () => {
    const card = { type: "relatedArticle", attrs: { articleId: UUID, title: "Trồng cây hữu nghị", slug: "trong-cay-huu-nghi" } };
    expect(render(doc(card))).toBe('<aside class="rt-related"><p class="rt-related-label">Đọc thêm</p><a href="/bai-viet/trong-cay-huu-nghi">Trồng cây hữu nghị</a></aside>');
    const current = renderToStaticMarkup(<RichText doc={doc(card) as never} related={{ [UUID]: { slug: "trong-cay-moi", title: "Tiêu đề mới" } }} labels={{ readMore: "Read more" }} />);
    expect(current).toBe('<aside class="rt-related"><p class="rt-related-label">Read more</p><a href="/bai-viet/trong-cay-moi">Tiêu đề mới</a></aside>');
    // No longer public: the card is left out.
    expect(renderToStaticMarkup(<RichText doc={doc(card) as never} related={{}} />)).toBe("");
    expect(render(doc({ ...card, attrs: { ...card.attrs, slug: "javascript:alert(1)" } }))).toBe("");
    expect(render(doc({ ...card, attrs: { ...card.attrs, articleId: "1" } }))).toBe("");
  });

  it("renders mentions as links to the entity's page, and as text when the link would be unsafe", () => {
    const mention = (attrs: Record<string, unknown>) => doc({ type: "paragraph", content: [{ type: "mention", attrs: { id: UUID, type: "person", label: "Đổng Quân", slug: "dong-quan", ...attrs } }] });
    expect(render(mention({}))).toBe('<p><a class="rt-mention" href="/nhan-vat/dong-quan">Đổng Quân</a></p>');
    expect(render(mention({ type: "place", slug: "lao-cai", label: "Lào Cai" }))).toBe('<p><a class="rt-mention" href="/dia-danh/lao-cai">Lào Cai</a></p>');
    expect(render(mention({ type: "organization", slug: "bqp" }))).toContain('href="/to-chuc/bqp"');
    expect(render(mention({ type: "event", slug: "gl-8" }))).toContain('href="/su-kien/gl-8"');
    expect(render(mention({ type: "series", slug: "gl" }))).toContain('href="/su-kien/gl"');
    expect(render(mention({ slug: "javascript:alert(1)" }))).toBe("<p><span>Đổng Quân</span></p>");
    expect(render(mention({ type: "admin" }))).toBe("<p><span>Đổng Quân</span></p>");
    expect(render(mention({ label: "<img src=x onerror=alert(1)>" }))).toBe('<p><a class="rt-mention" href="/nhan-vat/dong-quan">&lt;img src=x onerror=alert(1)&gt;</a></p>');
  });

  it("renders H4 and the divider", () => {
    expect(render(doc({ type: "heading", attrs: { level: 4 }, content: [{ type: "text", text: "Nhỏ" }] }, { type: "horizontalRule" }))).toBe("<h4><span>Nhỏ</span></h4><hr/>");
  });

  it("survives malformed stored JSON without throwing", () => {
    const html = render({
      type: "doc",
      content: [null, 42, { type: "table", content: "x" }, { type: "paragraph", content: [{ type: "text", text: { x: 1 }, marks: "bold" }] }, { type: "figure" }],
    });
    expect(html).toBe('<div class="rt-table"><table><tbody></tbody></table></div><p><span></span></p>');
  });
});
