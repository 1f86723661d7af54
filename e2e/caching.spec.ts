import { expect, test } from "@playwright/test";
import { createArticle } from "./authoring-helpers";
import { authFile } from "./env";
import { uniqueTitle } from "./fixtures";

/*
 * Public pages are cached (ISR, lib/cache) and shared by every reader; an
 * editor's publish or unpublish must still show at once, on every page.
 */
test.describe("cached public pages follow the newsroom at once", () => {
  test.use({ storageState: authFile("editor") });

  test("publish → visible on cached pages; unpublish → 404 and gone from lists", async ({ page, playwright, baseURL }) => {
    const reader = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });

    // The home page is served from the cache (once a render older than 60 s has been refreshed), with headers a CDN can honour.
    await expect.poll(async () => (await reader.get("/")).headers()["x-nextjs-cache"]).toBe("HIT");
    const cached = await reader.get("/");
    expect(cached.headers()["cache-control"]).toMatch(/s-maxage=60\b/);
    expect(cached.headers()["set-cookie"]).toBeUndefined();

    const title = uniqueTitle("Bài kiểm thử bộ nhớ đệm");
    const article = await createArticle(page, { title });
    const path = `/bai-viet/${article.slug}`;
    const search = `/tim-kiem?q=${encodeURIComponent(title)}`;
    // A draft is not public, and its 404 is cached like any page…
    expect((await reader.get(path)).status()).toBe(404);
    expect((await reader.get("/rss.xml")).ok()).toBe(true);
    // …and so is a search, answered from the cache the second time.
    expect(await (await reader.get(search)).text()).not.toContain(`${article.slug}"`);
    const searchAgain = await reader.get(search);
    expect(searchAgain.headers()["cache-control"]).toMatch(/s-maxage=60\b/);
    expect(searchAgain.headers().age).toBeDefined();

    // …until the editor publishes: every cached page follows at once.
    const published = await page.request.post(`/api/admin/v1/articles/${article.id}/transitions`, { data: { to: "published" } });
    expect(published.status()).toBe(200);
    const live = await reader.get(path);
    expect(live.status()).toBe(200);
    expect(await live.text()).toContain(title);
    await expect.poll(async () => (await reader.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await (await reader.get("/")).text()).toContain(title);
    expect(await (await reader.get("/rss.xml")).text()).toContain(title);
    expect(await (await reader.get(search)).text()).toContain(`/bai-viet/${article.slug}"`);

    // Unpublished: the article is gone at once, from its page and from the lists.
    const unpublished = await page.request.post(`/api/admin/v1/articles/${article.id}/transitions`, { data: { to: "draft" } });
    expect(unpublished.status()).toBe(200);
    expect((await reader.get(path)).status()).toBe(404);
    expect(await (await reader.get("/")).text()).not.toContain(title);
    expect(await (await reader.get("/rss.xml")).text()).not.toContain(title);
    expect(await (await reader.get(search)).text()).not.toContain(`/bai-viet/${article.slug}"`);
    await reader.dispose();
  });

  test("a paginated list keeps its ?trang=N address and is cached too", async ({ playwright, baseURL }) => {
    const reader = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const first = await reader.get("/chuyen-muc/bien-gioi");
    expect(first.status()).toBe(200);
    expect((await reader.get("/chuyen-muc/bien-gioi?trang=1")).status()).toBe(200);
    expect((await reader.get("/chuyen-muc/bien-gioi?trang=999")).status()).toBe(404);
    expect((await reader.get("/chuyen-muc/bien-gioi?trang=abc")).status()).toBe(404);
    await expect.poll(async () => (await reader.get("/nhan-vat/dong-quan?trang=1")).headers()["x-nextjs-cache"]).toBe("HIT");
    await reader.dispose();
  });
});
