import { doc } from "./authoring-helpers";
import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

const READERS = [
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 readership-e2e-1",
  "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36 readership-e2e-2",
  "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1 readership-e2e-3",
];
const CRAWLER = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)";

test.describe("readership, for the newsroom", () => {
  test.use({ storageState: authFile("editor") });

  test("an editor sees today's views per article and per day, and a writer sees them too", async ({ page, browser }) => {
    const title = uniqueTitle("Bài đo lượt đọc");
    const created = await page.request.post("/api/admin/v1/articles", { data: { title, body: doc("Nội dung."), publish: true } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // Three readers, one of them twice (counted once), and a crawler (not counted).
    for (const userAgent of [...READERS, READERS[0]!, CRAWLER]) {
      expect((await page.request.post("/api/views", { data: { articleId: id }, headers: { "user-agent": userAgent } })).status()).toBe(204);
    }

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Điều hướng quản trị" }).getByRole("link", { name: "Lượt đọc" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lượt đọc" })).toBeVisible();
    const periods = page.getByRole("navigation", { name: "Khoảng thời gian" });
    await expect(periods.getByRole("link", { name: "7 ngày" })).toHaveAttribute("aria-current", "page");

    // Views reach the database in batches (every 5 s).
    const top = page.getByRole("region", { name: "Bài được đọc nhiều nhất" });
    const row = top.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
    await expect(async () => {
      await page.reload();
      await expect(row).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(row.getByRole("cell").nth(3)).toHaveText("3");
    await expect(row.getByRole("cell").nth(2)).toHaveText("Đã xuất bản");

    await periods.getByRole("link", { name: "30 ngày" }).click();
    await expect(page).toHaveURL(/ky=30/);
    const days = page.getByRole("region", { name: "Theo ngày" }).getByRole("row");
    await expect(days).toHaveCount(31); // the header and 30 days
    const today = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
    await expect(days.nth(1).getByRole("rowheader")).toHaveText(today);
    await page.screenshot({ path: test.info().outputPath("readership.png"), fullPage: true });

    // Today alone: no per-day table; an odd period in the address shows the week.
    await periods.getByRole("link", { name: "Hôm nay" }).click();
    await expect(page.getByRole("region", { name: "Theo ngày" })).toHaveCount(0);
    await expect(row).toBeVisible();
    await page.goto("/admin/readership?ky=365");
    await expect(periods.getByRole("link", { name: "7 ngày" })).toHaveAttribute("aria-current", "page");

    // The article's own figures, beside its workflow.
    await page.goto(`/admin/articles/${id}`);
    // (The stored body's word count shows on opening, before any edit.)
    await expect(page.getByText("2 từ · khoảng 1 phút đọc")).toBeVisible();
    const panel = page.getByRole("region", { name: "Lượt đọc" });
    await expect(panel.getByRole("definition")).toHaveText(["3", "3", "3", "3"]);
    await expect(panel.getByRole("term")).toHaveText(["Hôm nay", "7 ngày", "30 ngày", "Tổng"]);
    await page.screenshot({ path: test.info().outputPath("article-readership.png"), fullPage: true });

    const writer = await browser.newContext({ storageState: authFile("writer") });
    const writerPage = await writer.newPage();
    await writerPage.goto("/admin/readership");
    await expect(writerPage.getByRole("region", { name: "Bài được đọc nhiều nhất" }).getByRole("link", { name: title })).toBeVisible();
    await writer.close();
  });

  test("is not shown to a reader who is not signed in", async ({ browser }) => {
    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await reader.newPage();
    await page.goto("/admin/readership");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Freadership/);
    await reader.close();
  });
});
