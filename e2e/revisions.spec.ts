import { createArticle, saveStatus, typeAtEndOfBody } from "./authoring-helpers";
import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

test.describe("revision history", () => {
  test.use({ storageState: authFile("editor") });

  test("shows who changed what, and restores an earlier revision as a new one", async ({ page }) => {
    const title = uniqueTitle("Bài có lịch sử");
    const article = await createArticle(page, { title, paragraphs: ["Đoạn văn đầu tiên."] });
    await page.goto(`/admin/articles/${article.id}`);
    await page.getByLabel("Tiêu đề", { exact: true }).fill(`${title} (sửa)`);
    await typeAtEndOfBody(page, " Thêm một câu.");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(saveStatus(page, "Đã lưu lúc")).toBeVisible();

    const history = page.getByRole("region", { name: "Lịch sử phiên bản" });
    await history.getByRole("button", { name: "Xem lịch sử phiên bản" }).click();
    const list = history.getByRole("list", { name: "Các phiên bản" });
    await expect(list.getByText(/^Phiên bản 1 · Lưu · Biên tập viên Minh Anh · \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();

    // The first revision against the text being edited: what was added, word by word.
    const { revisions } = (await (await page.request.get(`/api/admin/v1/articles/${article.id}/revisions`)).json()) as { revisions: { id: string; version: number }[] };
    const first = revisions.find((revision) => revision.version === 1)!;
    await history.getByLabel("So sánh từ").selectOption(first.id);
    await history.getByLabel("đến", { exact: true }).selectOption({ label: "Bản đang sửa" });
    await expect(history.locator("ins").filter({ hasText: "(sửa)" })).toBeVisible();
    await expect(history.locator("ins").filter({ hasText: "Thêm một câu." })).toBeVisible();

    await list.getByRole("button", { name: /^Khôi phục phiên bản 1 \(/ }).click();
    await expect(saveStatus(page, "Đã khôi phục phiên bản lúc")).toBeVisible();
    await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(title);
    await expect(page.getByRole("textbox", { name: "Nội dung" })).not.toContainText("Thêm một câu.");
    await expect(list.getByRole("listitem").first()).toContainText("Khôi phục · Biên tập viên Minh Anh");

    await page.reload();
    await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(title);
    await expect(page.getByRole("textbox", { name: "Nội dung" })).toContainText("Đoạn văn đầu tiên.");
  });

  test("a writer cannot read the history of someone else's article", async ({ page, browser }) => {
    const article = await createArticle(page, { title: uniqueTitle("Bài của biên tập viên") });
    const writer = await browser.newContext({ storageState: authFile("writer") });
    const response = await writer.request.get(`/api/admin/v1/articles/${article.id}/revisions`);
    expect(response.status()).toBe(403);
    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    expect((await anonymous.request.get(`/api/admin/v1/articles/${article.id}/revisions`)).status()).toBe(401);
    await Promise.all([writer.close(), anonymous.close()]);
  });
});
