import { E2E_DEMO_PASSWORD, authFile } from "./env";
import { expect, test } from "./fixtures";

test.describe("signing in", () => {
  test("/admin without a session redirects to /login", async ({ page }) => {
    await page.goto("/admin/articles");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Farticles$/);
    await expect(page.getByRole("heading", { name: "Đăng nhập tòa soạn" })).toBeVisible();
  });

  test("a wrong password shows an error and no session", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.login("editor@toasoan.local", "not-the-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Email")).toHaveValue("editor@toasoan.local");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unknown account gets the same message as a wrong password", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.login("nobody@toasoan.local", E2E_DEMO_PASSWORD);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
  });

  test("logging in returns to the page asked for, and logging out ends the session", async ({ page, loginPage }) => {
    await page.goto("/admin/articles");
    await loginPage.login("admin@toasoan.local", E2E_DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/admin\/articles$/);
    await expect(page.getByRole("heading", { name: "Bài viết" })).toBeVisible();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a login page never redirects to another site", async ({ page, loginPage }) => {
    await loginPage.goto("https://evil.example/");
    await loginPage.login("writer@toasoan.local", E2E_DEMO_PASSWORD);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/);
  });
});

test.describe("a signed-in editor", () => {
  test.use({ storageState: authFile("editor") });
  test("sees the dashboard with their name and role", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: /Xin chào/ })).toBeVisible();
    await expect(page.getByText("Biên tập viên Minh Anh · Biên tập viên")).toBeVisible();
  });
});
