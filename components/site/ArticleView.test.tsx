import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import messages from "@/messages/vi.json";
import type { PublicArticle } from "@/lib/articles";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "article") => (key: string, values: Record<string, string> = {}) =>
    (messages[namespace] as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ""),
}));
vi.mock("@/lib/articles/lookup", () => ({ resolveRelatedArticles: async () => ({}) }));

const { ArticleView, wasUpdated } = await import("./ArticleView");

const article = (overrides: Partial<PublicArticle> = {}): PublicArticle => ({
  id: "0b7e1a52-3c7b-4d8e-9a1f-2c3d4e5f6a7b",
  slug: "le-don",
  title: "Lễ đón tại cửa khẩu",
  sapo: "Sapo.",
  publishedAt: new Date("2024-04-11T01:00:00Z"),
  updatedAt: new Date("2024-04-11T01:00:30Z"),
  sectionId: null,
  sectionName: "Quốc phòng",
  sectionSlug: "quoc-phong",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nội dung." }] }] },
  authors: [{ id: "u1", displayName: "Phóng viên A", slug: "phong-vien-a" }],
  source: "",
  sourceUrl: null,
  cover: null,
  seoTitle: "",
  seoDescription: "",
  tags: [],
  ...overrides,
});

const render = async (value: PublicArticle) => renderToStaticMarkup(await ArticleView({ article: value }));

describe("ArticleView", () => {
  it("shows an update only when the article was saved more than a minute after publication", async () => {
    expect(wasUpdated(article())).toBe(false);
    expect(wasUpdated(article({ updatedAt: new Date("2024-04-11T01:01:01Z") }))).toBe(true);
    // Scheduled: saved before it went live.
    expect(wasUpdated(article({ updatedAt: new Date("2024-04-10T01:00:00Z") }))).toBe(false);

    expect(await render(article())).not.toContain("Cập nhật");
    const html = await render(article({ updatedAt: new Date("2024-04-12T03:05:00Z") }));
    expect(html).toContain('<time dateTime="2024-04-11T01:00:00.000Z">11/04/2024 08:00</time>');
    expect(html).toContain('Cập nhật: <time dateTime="2024-04-12T03:05:00.000Z">12/04/2024 10:05</time>');
  });

  it("serves a site-local cover in several widths, first and at high priority, with caption and credit", async () => {
    const html = await render(article({ cover: { src: "/anh/bia.jpg", alt: "Hai đoàn", caption: "Lễ đón", credit: "Ảnh: TTXVN", width: 1600, height: 900 } }));
    const img = html.match(/<figure class="cover"><img [^>]*>/)![0];
    expect(img).toContain('fetchPriority="high"');
    expect(img).toContain('loading="eager"');
    expect(img).toContain('width="1600"');
    expect(img).toContain('height="900"');
    expect(img).toMatch(/srcSet="\/_next\/image\?url=%2Fanh%2Fbia\.jpg&amp;w=640&amp;q=75 640w, /);
    expect(img).not.toContain("style=");
    expect(html).toContain('<figcaption>Lễ đón<span class="credit"> (Ảnh: TTXVN)</span></figcaption>');
  });

  it("serves a remote cover as it is, with its size when known", async () => {
    const html = await render(article({ cover: { src: "https://cdn.toasoan.vn/bia.jpg", alt: "", caption: "", credit: "", width: 1200, height: 800 } }));
    expect(html).toContain('<figure class="cover"><img src="https://cdn.toasoan.vn/bia.jpg" alt="" width="1200" height="800" loading="eager" fetchPriority="high" decoding="async"/></figure>');
  });
});
