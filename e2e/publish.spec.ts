import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

test.describe("an editor publishes; a reader finds it", () => {
  test.use({ storageState: authFile("editor") });

  test("write, tag with a person, a place and an event, publish, then read it everywhere", async ({ page, articleEditor, browser }) => {
    const title = uniqueTitle("Hai Bộ trưởng trồng cây hữu nghị tại Lào Cai");
    const sapo = "Sapo viết cho kiểm thử đầu cuối: hai đoàn trồng cây hữu nghị gần cột mốc biên giới.";

    await articleEditor.gotoNew();
    await articleEditor.fill({
      title,
      sapo,
      section: "Biên giới",
      paragraphs: ["Đoạn mở đầu của bài kiểm thử.", "Đoạn thứ hai, có nhắc Đổng Quân."],
    });
    // Make the second paragraph's first words bold with the toolbar.
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+End");
    await page.getByRole("button", { name: "Đậm" }).click();
    await expect(page.getByRole("button", { name: "Đậm" })).toHaveAttribute("aria-pressed", "true");

    // Pickers search without diacritics.
    await articleEditor.tag("Nhân vật", "dong quan", "Đổng Quân");
    await articleEditor.tag("Địa danh", "lao cai", /^Lào Cai/);
    await articleEditor.tag("Sự kiện", "lan thu 8", /lần thứ 8/);

    await articleEditor.save();
    await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
    await articleEditor.publish();
    await expect(page.getByText("Trạng thái: Đã xuất bản").first()).toBeVisible();

    // An anonymous reader, in a fresh context with no cookies.
    const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await reader.goto("/");
    await reader.getByRole("link", { name: title }).click();
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(reader.getByText(sapo)).toBeVisible();
    await expect(reader.locator("article time").first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect(reader.locator(".prose strong")).toHaveText("Đoạn thứ hai, có nhắc Đổng Quân.");
    const articleUrl = reader.url();

    // A person's tag carries the title held on the article's date.
    await expect(reader.getByRole("region", { name: "Chủ đề liên quan" }).getByRole("link", { name: /^Đổng Quân/ })).toContainText("Bộ trưởng Bộ Quốc phòng Trung Quốc");
    for (const [link, heading] of [
      [/^Đổng Quân/, "Đổng Quân"],
      [/^Lào Cai$/, "Lào Cai"],
    ] as const) {
      await reader.goto(articleUrl);
      await reader.getByRole("region", { name: "Chủ đề liên quan" }).getByRole("link", { name: link }).click();
      await expect(reader.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(reader.getByRole("link", { name: title })).toBeVisible();
    }
    await reader.goto(articleUrl);
    await reader.getByRole("region", { name: "Chủ đề liên quan" }).getByRole("link", { name: /lần thứ 8/ }).click();
    await expect(reader).toHaveURL(/\/su-kien\//);
    await expect(reader.getByRole("link", { name: title })).toBeVisible();
    await reader.close();
  });

  test("invalid input shows field messages, not an error page", async ({ page, articleEditor }) => {
    await articleEditor.gotoNew();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vui lòng kiểm tra các trường được đánh dấu.");
    await expect(page.getByText("Cần có tiêu đề.")).toBeVisible();
    await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });
});
