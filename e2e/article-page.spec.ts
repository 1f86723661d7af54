import type { APIRequestContext, Page } from "@playwright/test";
import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

/*
 * The public article page as an anonymous reader sees it, on the demo
 * newsroom. The demo articles have no cover, so the spec files one more story
 * through the editor's API: the tags, section and bylines of a demo article,
 * plus a cover figure (the demo article's own share image, a real PNG on this
 * site). It is archived at the end.
 */

interface ArticleJson {
  id: string;
  slug: string;
  title: string;
  status: string;
  sectionId: string | null;
  personIds: string[];
  placeIds: string[];
  organizationIds: string[];
  eventIds: string[];
  seriesIds: string[];
  authorIds: string[];
  tags: unknown[];
}

const CAPTION = "Hai đoàn tại cửa khẩu quốc tế Lào Cai";
const CREDIT = "Ảnh: Tòa Soạn";
const SAPO = "Sapo của bài có ảnh bìa, viết cho kiểm thử trang bài viết.";

let editor: APIRequestContext;
let demo: ArticleJson;
let story: ArticleJson;

/** The og:image URL a page announces, as a path on this site (the absolute URL names SITE_URL's host). */
async function ogImagePath(request: APIRequestContext, articlePath: string) {
  const html = await (await request.get(articlePath)).text();
  const content = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  expect(content, `og:image of ${articlePath}`).toBeTruthy();
  const url = new URL(content!.replaceAll("&amp;", "&"));
  return url.pathname + url.search;
}

test.beforeAll(async ({ playwright, baseURL }) => {
  editor = await playwright.request.newContext({ baseURL, storageState: authFile("editor") });
  const { items } = (await (await editor.get("/api/admin/v1/articles?limit=100")).json()) as { items: { id: string; status: string; sectionId: string | null }[] };
  const candidates = await Promise.all(
    items.filter((item) => item.status === "published" && item.sectionId).map(async (item) => (await (await editor.get(`/api/admin/v1/articles/${item.id}`)).json()) as ArticleJson),
  );
  // The demo story with the most tags and a byline.
  demo = candidates.filter((article) => article.authorIds.length > 0).sort((a, b) => b.tags.length - a.tags.length)[0]!;
  expect(demo, "a published demo article with a section, tags and bylines").toBeTruthy();
  // Without the cache-busting query: a site-local image with a query string is not for the optimizer.
  const coverSrc = (await ogImagePath(editor, `/bai-viet/${demo.slug}`)).split("?")[0];
  const created = await editor.post("/api/admin/v1/articles", {
    data: {
      title: uniqueTitle("Đón đoàn công tác tại cửa khẩu"),
      sapo: SAPO,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Đoạn mở đầu của bài kiểm thử trang bài viết." }] }] },
      sectionId: demo.sectionId,
      personIds: demo.personIds,
      placeIds: demo.placeIds,
      organizationIds: demo.organizationIds,
      eventIds: demo.eventIds,
      seriesIds: demo.seriesIds,
      authorIds: demo.authorIds,
      source: "TTXVN",
      cover: { src: coverSrc, alt: "Ảnh chia sẻ của bài trước", caption: CAPTION, credit: CREDIT, width: 1200, height: 630 },
      publish: true,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  story = (await created.json()) as ArticleJson;
});

test.afterAll(async () => {
  await editor.post(`/api/admin/v1/articles/${story.id}/transitions`, { data: { to: "archived" } });
  await editor.dispose();
});

const main = (page: Page) => page.getByRole("main");

test.describe("the article page, for an anonymous reader", () => {
  test("shows the headline, bylines to author pages, the cover with caption and credit, and tags to entity pages", async ({ page }) => {
    await page.goto(`/bai-viet/${story.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
    await expect(main(page).getByText(SAPO)).toBeVisible();

    const header = main(page).locator(".article-header");
    const bylines = header.locator('a[href^="/tac-gia/"]');
    expect(await bylines.count()).toBe(demo.authorIds.length);
    const author = (await bylines.first().textContent())!;
    await bylines.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(author);
    await page.goto(`/bai-viet/${story.slug}`);

    const cover = main(page).locator("figure.cover");
    await expect(cover.getByRole("img", { name: "Ảnh chia sẻ của bài trước" })).toBeVisible();
    await expect(cover.locator("figcaption")).toHaveText(`${CAPTION} (${CREDIT})`);
    const img = cover.locator("img");
    // A site-local cover comes in several widths from the image optimizer, its box reserved, loaded first.
    await expect(img).toHaveAttribute("srcset", /\/_next\/image\?url=%2Fbai-viet%2F.*&w=750&q=75 750w/);
    await expect(img).toHaveAttribute("sizes", "(max-width: 752px) 100vw, 720px");
    await expect(img).toHaveAttribute("width", "1200");
    await expect(img).toHaveAttribute("height", "630");
    await expect(img).toHaveAttribute("fetchpriority", "high");
    await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);

    await expect(main(page).getByText("Nguồn: TTXVN")).toBeVisible();

    const tags = main(page).getByRole("region", { name: "Chủ đề liên quan" }).getByRole("link");
    expect(await tags.count()).toBe(demo.tags.length);
    for (const href of await tags.evaluateAll((links) => links.map((link) => link.getAttribute("href")!))) {
      expect(href).toMatch(/^\/(nhan-vat|dia-danh|to-chuc|su-kien)\/[\p{Ll}\p{N}-]+$/u);
    }
    const tag = tags.first();
    const tagName = (await tag.evaluate((link) => link.firstChild?.textContent ?? ""))!.trim();
    await tag.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tagName);
  });

  test("offers related articles (by shared tags) and more from the section, whose links open", async ({ page, request }) => {
    await page.goto(`/bai-viet/${story.slug}`);
    const related = page.getByRole("complementary", { name: "Bài liên quan" });
    const relatedLinks = related.getByRole("heading").getByRole("link");
    await expect(relatedLinks.first()).toBeVisible();
    // The demo story shares every tag with this one.
    await expect(related.getByRole("link", { name: demo.title })).toHaveAttribute("href", `/bai-viet/${demo.slug}`);

    const more = page.getByRole("complementary", { name: "Cùng chuyên mục" });
    const moreLinks = more.getByRole("heading").getByRole("link");
    await expect(moreLinks.first()).toBeVisible();

    const hrefs = [...(await relatedLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")!))), ...(await moreLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")!)))];
    expect(hrefs).not.toContain(`/bai-viet/${story.slug}`);
    expect(new Set(hrefs).size, "no article in both lists").toBe(hrefs.length);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/bai-viet\//);
      expect((await request.get(href)).status(), href).toBe(200);
    }
    // Every "more from the section" article is in the section, as its breadcrumb says.
    const sectionLink = page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link").nth(1);
    const sectionName = (await sectionLink.textContent())!;
    await moreLinks.first().click();
    await expect(page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: sectionName })).toBeVisible();
    await page.goto(`/bai-viet/${story.slug}`);
    await more.getByRole("link", { name: `Xem tất cả bài ${sectionName}` }).click();
    await expect(page).toHaveURL(new RegExp(`/chuyen-muc/`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(sectionName);
  });

  test("has plain share links with the article's address", async ({ page }) => {
    await page.goto(`/bai-viet/${story.slug}`);
    const ld = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent!)));
    const url = (ld.flat().find((entry: { "@type"?: string }) => entry["@type"] === "NewsArticle") as { "@id": string })["@id"];
    expect(url).toMatch(new RegExp(`^https?://[^/]+/bai-viet/${story.slug}$`));
    const u = encodeURIComponent(url);

    const share = page.getByRole("region", { name: "Chia sẻ bài viết" });
    const expected: [string, string][] = [
      ["Chia sẻ lên Facebook", `https://www.facebook.com/sharer/sharer.php?u=${u}`],
      ["Chia sẻ lên X", `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(story.title)}`],
      ["Chia sẻ lên LinkedIn", `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ];
    for (const [name, href] of expected) {
      const link = share.getByRole("link", { name });
      await expect(link).toHaveAttribute("href", href);
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
      await expect(link).toHaveAccessibleName(`${name} (mở trong cửa sổ mới)`);
    }
    const zalo = new URL((await share.getByRole("link", { name: "Chia sẻ lên Zalo" }).getAttribute("href"))!);
    expect(zalo.origin + zalo.pathname).toBe("https://button-share.zalo.me/share_external");
    expect(JSON.parse(Buffer.from(zalo.searchParams.get("d")!, "base64").toString("utf8"))).toEqual({ url });

    const email = (await share.getByRole("link", { name: "Gửi qua email" }).getAttribute("href"))!;
    expect(email.startsWith("mailto:?")).toBe(true);
    const mail = new URLSearchParams(email.slice("mailto:?".length));
    expect(mail.get("subject")).toBe(story.title);
    expect(mail.get("body")).toBe(`${SAPO}\n\n${url}`);
  });

  test("has a generated 1200×630 PNG share image, and none for a draft", async ({ page, request }) => {
    await page.goto(`/bai-viet/${story.slug}`);
    const ogImage = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
    expect(ogImage).toMatch(new RegExp(`/bai-viet/${story.slug}/opengraph-image`));
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    expect(await page.locator('meta[name="twitter:image"]').getAttribute("content")).toBe(ogImage);

    const { pathname, search } = new URL(ogImage);
    const image = await request.get(pathname + search);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const draft = await editor.post("/api/admin/v1/articles", {
      data: { title: uniqueTitle("Bản nháp không có ảnh chia sẻ"), body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nháp." }] }] } },
    });
    const { id, slug } = (await draft.json()) as ArticleJson;
    // The same image address, for the draft's slug and for a slug that does not exist.
    expect((await request.get(pathname.replace(story.slug, slug))).status()).toBe(404);
    expect((await request.get(pathname.replace(story.slug, "khong-co-bai-nay"))).status()).toBe(404);
    await editor.post(`/api/admin/v1/articles/${id}/transitions`, { data: { to: "archived" } });
  });

  test("ships no framework JavaScript: HTML, JSON-LD and an inline view beacon; the newsroom keeps React", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    /** Script files a fresh visitor's browser fetches on a page. */
    const scriptFiles = async (path: string, wait?: (page: Page) => Promise<unknown>) => {
      const page = await context.newPage();
      const files: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") files.push(new URL(request.url()).pathname);
      });
      const waited = wait?.(page);
      const response = await page.goto(path, { waitUntil: "networkidle" });
      return { page, files, html: await response!.text(), waited: await waited };
    };

    const article = await scriptFiles(`/bai-viet/${story.slug}`, (page) => page.waitForRequest((request) => request.url().endsWith("/api/views") && request.method() === "POST"));
    expect(article.files).toEqual([]);
    expect(article.html).not.toContain("self.__next_f"); // no RSC payload copied into the page either
    const inline = await article.page.locator("script").evaluateAll((nodes) => nodes.map((node) => ({ type: node.getAttribute("type"), bytes: node.textContent?.length ?? 0 })));
    const code = inline.filter((script) => script.type !== "application/ld+json");
    expect(code).toHaveLength(1); // the view beacon
    expect(code[0]!.bytes).toBeLessThan(1024);
    test.info().annotations.push({ type: "JavaScript", description: `no script files; ${code[0]!.bytes} bytes inline (the view beacon)` });
    // The beacon counts this article, once.
    const beacon = article.waited as Awaited<ReturnType<Page["waitForRequest"]>>;
    expect(JSON.parse(beacon.postData() ?? "{}")).toEqual({ articleId: story.id });

    // Other reader pages: no scripts at all.
    for (const path of ["/", "/tim-kiem?q=quoc+phong", "/bai-viet/khong-co-bai-nay"]) expect((await scriptFiles(path)).files, path).toEqual([]);
    // The newsroom's sign-in page is a React app.
    expect((await scriptFiles("/login")).files.length).toBeGreaterThan(0);
    await context.close();
  });

  test("prints the article alone: no navigation, share or lists, with its address", async ({ page }) => {
    await page.goto(`/bai-viet/${story.slug}`);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    const printUrl = main(page).getByText(/^Đọc bài tại:/);
    await expect(nav).toBeVisible();
    await expect(printUrl).toBeHidden();

    await page.emulateMedia({ media: "print" });
    await expect(nav).toBeHidden();
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".site-footer")).toBeHidden();
    await expect(page.getByRole("region", { name: "Chia sẻ bài viết" })).toBeHidden();
    await expect(page.getByRole("complementary", { name: "Bài liên quan" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(printUrl).toBeVisible();
    await expect(printUrl).toContainText(`/bai-viet/${story.slug}`);
    const h1 = await page.getByRole("heading", { level: 1 }).evaluate((element) => getComputedStyle(element).color);
    expect(h1).toBe("rgb(0, 0, 0)");
    expect(await page.locator(".prose").evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/Noto Serif/);
  });
});
