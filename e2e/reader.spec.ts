import { expect, test } from "./fixtures";

test.describe("an anonymous reader", () => {
  test("reads the demo newsroom from the home page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Tòa Soạn" }).first()).toBeVisible();
    const links = page.getByRole("main").getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(10);
  });

  test("gets a real 404 page for unknown slugs", async ({ page }) => {
    for (const path of ["/bai-viet/khong-co-bai-nay", "/nhan-vat/khong-co-ai", "/dia-danh/khong-co-noi-nay", "/su-kien/khong-co", "/nhan-vat/dong-quan?trang=abc"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
    }
    // A dead link is not a dead end: the 404 page searches the site.
    await page.getByRole("searchbox", { name: "Tìm bài viết trên Tòa Soạn" }).fill("dong quan");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=dong\+quan/);
    await expect(page.getByRole("link", { name: "Đổng Quân" }).first()).toBeVisible();
  });

  test("never sees the demo draft", async ({ page }) => {
    const draftTitle = /Nhìn lại Giao lưu hữu nghị quốc phòng biên giới lần thứ 8/;
    await page.goto("/");
    await expect(page.getByText(draftTitle)).toHaveCount(0);
    await page.goto("/nhan-vat/ly-thuong-phuc");
    await expect(page.getByRole("heading", { level: 1, name: "Lý Thượng Phúc" })).toBeVisible();
    await expect(page.getByText(draftTitle)).toHaveCount(0);
    const response = await page.goto("/bai-viet/nhin-lai-giao-luu-huu-nghi-quoc-phong-bien-gioi-lan-thu-8-tu-ke-hoach-thang-9-2023-den-thang-4-2024");
    expect(response?.status()).toBe(404);
  });

  test("sees a place's breadcrumb down from the country", async ({ page }) => {
    await page.goto("/dia-danh/ban-phiet");
    await expect(page.getByRole("heading", { level: 1, name: "Bản Phiệt" })).toBeVisible();
    const crumbs = page.getByRole("navigation", { name: "Đường dẫn" });
    await expect(crumbs.getByRole("link")).toHaveText(["Việt Nam", "Lào Cai", "Bảo Thắng"]);
  });
});
