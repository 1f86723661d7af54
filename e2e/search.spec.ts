import { expect, test, type Page } from "@playwright/test";

/** The results a search lists, in order: each one's title and snippet. */
async function search(page: Page, q: string) {
  await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeVisible();
  const results = page.getByRole("region", { name: /bài viết|Không có kết quả/ }).getByRole("listitem");
  return { titles: await results.getByRole("heading", { level: 3 }).allTextContents(), texts: await results.allTextContents() };
}

test.describe("a reader searches", () => {
  test("with or without diacritics and in any case, and finds the same articles", async ({ page }) => {
    const plain = await search(page, "phan van giang");
    expect(plain.titles.length).toBeGreaterThan(0);
    expect(plain.texts[0]).toContain("Phan Văn Giang");
    expect((await search(page, "PHAN VĂN GIANG")).titles).toEqual(plain.titles);
    expect((await search(page, "Phan Văn Giang")).titles).toEqual(plain.titles);
    // Matched words are highlighted.
    await expect(page.locator(".search-results mark").first()).toBeVisible();
  });

  test("sees the matching person first, with their title", async ({ page }) => {
    await page.goto("/tim-kiem?q=dong%20quan");
    const people = page.getByRole("region", { name: "Nhân vật, địa danh, sự kiện" });
    await expect(people.getByRole("listitem").first()).toContainText("Đổng Quân — Bộ trưởng Bộ Quốc phòng Trung Quốc");
    await people.getByRole("link", { name: "Đổng Quân" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Đổng Quân" })).toBeVisible();
  });

  test("still finds articles despite a typo", async ({ page }) => {
    const { texts } = await search(page, "Phan Vn Giang");
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((text) => text.includes("Phan Văn Giang"))).toBe(true);
    // The page says what it searched instead, as a link that makes it the query.
    await expect(page.getByText("Không có bài nào khớp “Phan Vn Giang”. Đang hiện kết quả cho:")).toBeVisible();
    await page.getByRole("link", { name: "Phan Van Giang", exact: true }).click();
    await expect(page).toHaveURL(/q=Phan\+Van\+Giang/);
    await expect(page.getByText(/Không có bài nào khớp/)).toHaveCount(0);
    await expect(page.locator(".search-results li").first()).toBeVisible();
  });

  test("types into the search form and filters by section", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tìm kiếm" }).click();
    await page.getByRole("searchbox", { name: "Từ khóa" }).fill("lao cai");
    await page.getByLabel("Chuyên mục").selectOption({ label: "Biên giới" });
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/q=lao\+cai/);
    const results = page.locator(".search-results li");
    await expect(results.first()).toBeVisible();
    for (const meta of await results.locator(".meta").allTextContents()) expect(meta).toContain("Biên giới");
  });

  test("on a phone, sees the results first: the filters fold away once there is a query", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/tim-kiem?q=phan+van+giang");
    await expect(page.getByLabel("Chuyên mục")).toBeHidden();
    await expect(page.locator(".search-results li").first()).toBeInViewport();
    await page.getByText("Bộ lọc", { exact: true }).click();
    await expect(page.getByLabel("Chuyên mục")).toBeVisible();
  });

  test("gets a page, never an error, for hostile input", async ({ page }) => {
    for (const q of ['"unclosed', "a & | ! :* <->", "'; DROP TABLE articles; --", "nul\u0000byte", "x".repeat(10_000)]) {
      const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q.slice(0, 30)).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeVisible();
    }
  });
});
