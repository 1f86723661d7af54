import { createArticle, saveStatus, typeAtEndOfBody } from "./authoring-helpers";
import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

test.describe("autosave never loses a word", () => {
  test.use({ storageState: authFile("editor") });

  test("typing offline is kept in the browser and saved when the connection returns", async ({ page, context }) => {
    const article = await createArticle(page, { title: uniqueTitle("Bài tự lưu khi mất mạng") });
    await page.goto(`/admin/articles/${article.id}`);
    const body = page.getByRole("textbox", { name: "Nội dung" });
    await expect(body).toContainText("Đoạn mở đầu.");

    await context.setOffline(true);
    await typeAtEndOfBody(page, " Câu viết khi mất mạng.");
    await expect(page.getByText("Mất kết nối — bản nháp được giữ trên máy này")).toBeVisible();

    await context.setOffline(false);
    await expect(saveStatus(page, "Đã lưu lúc")).toBeVisible();

    await page.reload();
    await expect(body).toContainText("Câu viết khi mất mạng.");
    // Saved, so nothing is offered back.
    await expect(page.getByRole("button", { name: "Khôi phục bản nháp" })).toHaveCount(0);
  });

  test("a draft that could not be saved is offered back after a reload", async ({ page }) => {
    const article = await createArticle(page, { title: uniqueTitle("Bài có bản nháp trên máy") });
    // Saves fail (the network drops PATCH requests); pages still load.
    await page.route("**/api/admin/v1/articles/*", (route) => (route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.fallback()));
    await page.goto(`/admin/articles/${article.id}`);
    await typeAtEndOfBody(page, " Câu chưa kịp lưu.");
    await expect(page.getByText("Mất kết nối — bản nháp được giữ trên máy này")).toBeVisible();

    await page.reload();
    await expect(page.getByText(/^Khôi phục bản nháp chưa lưu từ \d{2}:\d{2}\?$/)).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Nội dung" })).not.toContainText("Câu chưa kịp lưu.");
    await page.unroute("**/api/admin/v1/articles/*");
    await page.getByRole("button", { name: "Khôi phục bản nháp" }).click();
    await expect(page.getByRole("textbox", { name: "Nội dung" })).toContainText("Câu chưa kịp lưu.");
    // The restored text is a draft's: autosave takes it from here.
    await expect(saveStatus(page, "Đã lưu lúc")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Nội dung" })).toContainText("Câu chưa kịp lưu.");
    await expect(page.getByRole("button", { name: "Khôi phục bản nháp" })).toHaveCount(0);
  });

  test("a published article is not autosaved: its edits wait in the browser for “Cập nhật”", async ({ page }) => {
    const title = uniqueTitle("Bài đã đăng không tự lưu");
    const article = await createArticle(page, { title, publish: true });
    await page.goto(`/admin/articles/${article.id}`);
    await typeAtEndOfBody(page, " Sửa chưa muốn đăng.");
    await expect(saveStatus(page, "Có thay đổi chưa cập nhật")).toBeVisible();
    await page.waitForTimeout(4_500);
    const live = await (await page.request.get(`/api/admin/v1/articles/${article.id}`)).json();
    expect(live.version).toBe(article.version);
    expect(JSON.stringify(live.body)).not.toContain("Sửa chưa muốn đăng.");

    await page.getByRole("button", { name: "Cập nhật bài đã xuất bản" }).click();
    await expect(saveStatus(page, "Đã xuất bản")).toBeVisible();
    const updated = await (await page.request.get(`/api/admin/v1/articles/${article.id}`)).json();
    expect(JSON.stringify(updated.body)).toContain("Sửa chưa muốn đăng.");
  });
});
