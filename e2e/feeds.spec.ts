import { expect, test, type APIRequestContext } from "@playwright/test";
import { xml2js, type Element } from "xml-js";

/** Parses an XML response (a parse error fails the test) and returns its root element. */
async function fetchXml(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(contentType);
  const document = xml2js(await response.text(), { compact: false }) as Element;
  const root = document.elements?.find((element) => element.type === "element");
  expect(root, path).toBeTruthy();
  return root!;
}

const children = (element: Element, name: string) => (element.elements ?? []).filter((child) => child.name === name);
function child(element: Element, name: string): Element {
  const found = children(element, name)[0];
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
const text = (element: Element | undefined) => (element?.elements ?? []).map((node) => node.text ?? node.cdata ?? "").join("");

test.describe("feeds and sitemaps, parsed", () => {
  test("the site's RSS 2.0 and Atom feeds list the newest articles, which open", async ({ request }) => {
    const rss = await fetchXml(request, "/rss.xml", /application\/rss\+xml/);
    expect(rss.name).toBe("rss");
    expect(rss.attributes?.version).toBe("2.0");
    const channel = child(rss, "channel");
    expect(text(child(channel, "title"))).toContain("Tòa Soạn");
    const items = children(channel, "item");
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      expect(text(child(item, "title")).length).toBeGreaterThan(0);
      expect(text(child(item, "link"))).toMatch(/\/bai-viet\/[a-z0-9-]+$/);
      expect(Number.isNaN(Date.parse(text(child(item, "pubDate"))))).toBe(false);
    }
    const first = new URL(text(child(items[0]!, "link")));
    expect((await request.get(first.pathname)).status()).toBe(200);

    const atom = await fetchXml(request, "/atom.xml", /application\/atom\+xml/);
    expect(atom.name).toBe("feed");
    expect(atom.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(children(atom, "entry").map((entry) => text(child(entry, "title")))).toEqual(items.map((item) => text(child(item, "title"))));
  });

  test("a reader can follow a person: the person's page links its feed, which lists their coverage", async ({ page, request }) => {
    await page.goto("/nhan-vat/dong-quan");
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').last().getAttribute("href");
    expect(href).toMatch(/\/nhan-vat\/dong-quan\/rss\.xml$/);
    const rss = await fetchXml(request, new URL(href!, page.url()).pathname, /application\/rss\+xml/);
    const items = children(child(rss, "channel"), "item");
    expect(items.length).toBeGreaterThan(0);
    expect(text(child(child(rss, "channel"), "title"))).toContain("Đổng Quân");
    const atom = await fetchXml(request, "/nhan-vat/dong-quan/atom.xml", /application\/atom\+xml/);
    expect(children(atom, "entry")).toHaveLength(items.length);
  });

  test("the sitemap index covers every public article and entity; the news sitemap has the last 48 hours", async ({ request }) => {
    const index = await fetchXml(request, "/sitemap.xml", /xml/);
    expect(index.name).toBe("sitemapindex");
    const locations = children(index, "sitemap").map((sitemap) => new URL(text(child(sitemap, "loc"))).pathname);
    expect(locations).toEqual(expect.arrayContaining(["/sitemaps/pages.xml", "/sitemaps/news.xml", "/sitemaps/articles/1.xml", "/sitemaps/entities/1.xml"]));

    const urls: string[] = [];
    for (const location of locations) {
      const urlset = await fetchXml(request, location, /xml/);
      expect(urlset.name, location).toBe("urlset");
      urls.push(...children(urlset, "url").map((url) => new URL(text(child(url, "loc"))).pathname));
    }
    expect(urls).toContain("/");
    expect(urls.some((url) => url.startsWith("/bai-viet/"))).toBe(true);
    expect(urls).toContain("/nhan-vat/dong-quan");
    // No draft in any sitemap: every article URL listed opens.
    const articleUrls = [...new Set(urls.filter((url) => url.startsWith("/bai-viet/")))];
    for (const url of articleUrls.slice(0, 15)) expect((await request.get(url)).status(), url).toBe(200);

    const news = await fetchXml(request, "/sitemaps/news.xml", /xml/);
    expect(news.attributes?.["xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    for (const url of children(news, "url")) {
      const item = child(url, "news:news");
      expect(text(child(child(item, "news:publication"), "news:language"))).toBe("vi");
      const published = Date.parse(text(child(item, "news:publication_date")));
      expect(Date.now() - published).toBeLessThan(48 * 3600 * 1000 + 60_000);
    }

    const robots = await request.get("/robots.txt");
    expect(await robots.text()).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });

  test("the article page's JSON-LD parses as a NewsArticle about its people, places and events", async ({ page }) => {
    await page.goto("/");
    await page.goto((await page.locator('main a[href^="/bai-viet/"]').first().getAttribute("href"))!);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((block) => [JSON.parse(block)].flat()).flatMap((item) => item["@graph"] ?? [item]) as Record<string, unknown>[];
    const article = data.find((item) => item["@type"] === "NewsArticle");
    expect(article).toBeTruthy();
    expect(article!.headline).toBe(await page.getByRole("heading", { level: 1 }).textContent());
    expect(Date.parse(String(article!.datePublished))).not.toBeNaN();
    expect(data.some((item) => item["@type"] === "BreadcrumbList")).toBe(true);
  });
});
