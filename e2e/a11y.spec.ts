import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./env";

/** WCAG 2.1 A and AA rules; a failure lists each rule with the offending elements. */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const report = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(" ")).join("\n  ")}`);
  expect(report, report.join("\n")).toEqual([]);
}

async function firstArticlePath(page: Page) {
  await page.goto("/");
  return (await page.locator('main a[href^="/bai-viet/"]').first().getAttribute("href"))!;
}

test.describe("the reader's site is accessible", () => {
  test("home, article, section, author, entity, search and 404 pages pass axe", async ({ page }) => {
    const article = await firstArticlePath(page);
    await page.goto(article);
    const authorLink = page.locator('main a[href^="/tac-gia/"]').first();
    const author = (await authorLink.count()) ? await authorLink.getAttribute("href") : null;
    const paths = ["/", article, "/chuyen-muc/bien-gioi", "/nhan-vat/dong-quan", "/dia-danh/lao-cai", "/tim-kiem?q=phan+van+giang", "/khong-co-trang-nay", ...(author ? [author] : [])];
    for (const path of paths) {
      await page.goto(path);
      await test.step(path, () => expectNoAxeViolations(page));
    }
  });

  test("landmarks and headings are in order, and the skip link works from the keyboard", async ({ page }) => {
    await page.goto(await firstArticlePath(page));
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    // Heading levels never skip one going down.
    const levels = await page.locator("main :is(h1,h2,h3,h4,h5,h6)").evaluateAll((nodes) => nodes.map((node) => Number(node.tagName[1])));
    levels.reduce((previous, level) => {
      expect(level - previous, `heading levels ${levels.join(",")}`).toBeLessThanOrEqual(1);
      return level;
    });
    // Every image has alt text (empty only when decorative).
    for (const image of await page.locator("main img").all()) expect(await image.getAttribute("alt")).not.toBeNull();

    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Bỏ qua đến nội dung chính" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe("the newsroom is accessible", () => {
  test.use({ storageState: authFile("editor") });

  test("the dashboard, article list, editor and readership pass axe", async ({ page }) => {
    for (const path of ["/admin", "/admin/articles", "/admin/articles/new", "/admin/readership?ky=30"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await test.step(path, () => expectNoAxeViolations(page));
    }
  });
});
