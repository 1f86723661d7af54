import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

test.describe("a writer", () => {
  test.use({ storageState: authFile("writer") });

  test("files a draft but cannot reach publish, and the draft stays private", async ({ page, articleEditor, browser }) => {
    const title = uniqueTitle("Bản tin của phóng viên");
    await articleEditor.gotoNew();
    await expect(page.getByRole("button", { name: "Xuất bản" })).toHaveCount(0);
    await articleEditor.fill({ title, sapo: "Bản nháp.", paragraphs: ["Nội dung bản nháp."] });
    await articleEditor.save();
    await expect(page.getByRole("button", { name: "Xuất bản" })).toHaveCount(0);
    const slug = await page.getByLabel("Đường dẫn").inputValue();

    const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    const response = await reader.goto(`/bai-viet/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(reader.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await reader.close();
  });

  test("cannot open another author's article for editing", async ({ page }) => {
    await page.goto("/admin/articles");
    // Demo articles by the editor are listed without an edit link for a writer.
    const row = page.getByRole("row", { name: /Bộ trưởng Quốc phòng Việt Nam và Trung Quốc hội đàm/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole("link", { name: /hội đàm/ })).toHaveCount(0);
  });
});
