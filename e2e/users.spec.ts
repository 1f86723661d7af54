import type { Browser, Page } from "@playwright/test";
import { authFile } from "./env";
import { expect, test as base } from "./fixtures";
import { LoginPage } from "./pages/LoginPage";
import { UsersAdminPage, chooseOwnPassword } from "./pages/UsersAdminPage";

/*
 * User administration and the doors: accounts created by an admin with a
 * temporary password, disabling that ends an open session, login throttling,
 * and what a writer does not see. Every account here is made by the spec and
 * deleted at its end; the demo accounts are never used to sign in, so the
 * other specs' sessions are unaffected.
 *
 * The per-address limit (20 failures in 15 minutes) is shared by every spec
 * from 127.0.0.1: playwright.config.ts raises it with LOGIN_IP_LIMIT.
 */
const test = base.extend<{ usersAdmin: UsersAdminPage }>({
  usersAdmin: async ({ page }, provide) => provide(new UsersAdminPage(page)),
});

const unique = (prefix: string) => {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  return { email: `${prefix}-${id}@e2e.toasoan.local`, displayName: `${prefix === "tv" ? "Thử việc" : "Kiểm thử"} ${id}` };
};

const adminNav = (page: Page) => page.getByRole("navigation", { name: "Điều hướng quản trị" });

/** A fresh browser context with nobody signed in: the new user's own browser. */
async function anonymousPage(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  return { page, login: new LoginPage(page), close: () => context.close() };
}

test.describe("an admin managing accounts", () => {
  test.use({ storageState: authFile("admin") });

  test("creates an account with a temporary password; the new user must change it, then reaches /admin", async ({ page, usersAdmin, browser }) => {
    const account = unique("tv");
    const temporary = await usersAdmin.create({ ...account, role: "Phóng viên" });
    await expect(page.getByRole("row", { name: new RegExp(account.email) }).getByText("Chờ đổi mật khẩu")).toBeVisible();

    const newcomer = await anonymousPage(browser);
    await newcomer.login.goto();
    await newcomer.login.login(account.email, temporary);
    await expect(newcomer.page).toHaveURL(/\/admin\/change-password$/);
    await expect(newcomer.page.getByText("Bạn đang dùng mật khẩu tạm thời.", { exact: false })).toBeVisible();
    // Nothing else opens until the password is changed.
    await newcomer.page.goto("/admin/articles");
    await expect(newcomer.page).toHaveURL(/\/admin\/change-password$/);
    // A common password is refused with a reason.
    await newcomer.page.getByLabel("Mật khẩu hiện tại").fill(temporary);
    await newcomer.page.getByLabel("Mật khẩu mới", { exact: true }).fill("matkhau123456");
    await newcomer.page.getByLabel("Nhập lại mật khẩu mới").fill("matkhau123456");
    await newcomer.page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(newcomer.page.getByText("Mật khẩu này quá phổ biến hoặc đã từng bị lộ. Hãy chọn mật khẩu khác.")).toBeVisible();

    await chooseOwnPassword(newcomer.page, temporary, "một câu dài chỉ mình tôi biết");
    await expect(newcomer.page).toHaveURL(/\/admin$/);
    await expect(newcomer.page.getByRole("heading", { name: `Xin chào, ${account.displayName}` })).toBeVisible();
    await adminNav(newcomer.page).getByRole("link", { name: "Bài viết", exact: true }).click();
    await expect(newcomer.page).toHaveURL(/\/admin\/articles$/);
    await newcomer.close();

    // The audit log has the sign-in and the password change, with who and from where.
    await page.goto(`/admin/audit?actor=${encodeURIComponent(account.email)}`);
    await expect(page.getByRole("cell", { name: "Đổi mật khẩu", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Đăng nhập", exact: true }).first()).toBeVisible();

    await usersAdmin.remove(account.displayName);
  });

  test("disabling an account ends its open session at the next click", async ({ page, usersAdmin, browser }) => {
    const account = unique("kt");
    const temporary = await usersAdmin.create({ ...account, role: "Biên tập viên" });
    const member = await anonymousPage(browser);
    await member.login.goto();
    await member.login.login(account.email, temporary);
    await chooseOwnPassword(member.page, temporary, "mật khẩu dài của biên tập viên");
    await expect(member.page).toHaveURL(/\/admin$/);

    await usersAdmin.disable(account.displayName);
    await expect(page.getByText("Đã vô hiệu hóa", { exact: true })).toBeVisible();

    await adminNav(member.page).getByRole("link", { name: "Bài viết", exact: true }).click();
    await expect(member.page).toHaveURL(/\/login/);
    // And signing in again is refused like any wrong password.
    await member.login.login(account.email, "mật khẩu dài của biên tập viên");
    await expect(member.page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
    await member.close();

    await usersAdmin.remove(account.displayName);
  });

  test("the sixth wrong password in a row is refused even with the right one", async ({ usersAdmin, browser }) => {
    const account = unique("kt");
    const temporary = await usersAdmin.create({ ...account, role: "Phóng viên" });
    const guesser = await anonymousPage(browser);
    await guesser.login.goto();
    for (let i = 1; i <= 5; i++) {
      await guesser.login.login(account.email, `sai mật khẩu lần ${i}`);
      await expect(guesser.page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
    }
    await guesser.login.login(account.email, temporary);
    await expect(guesser.page.getByRole("main").getByRole("alert")).toHaveText("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    await expect(guesser.page).toHaveURL(/\/login/);
    await guesser.page.goto("/admin");
    await expect(guesser.page).toHaveURL(/\/login/);
    await guesser.close();

    await usersAdmin.remove(account.displayName);
  });

  test("sees Người dùng and Nhật ký in the navigation", async ({ page }) => {
    await page.goto("/admin");
    const nav = adminNav(page);
    await expect(nav.getByRole("link", { name: "Người dùng" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Nhật ký" })).toBeVisible();
    await nav.getByRole("link", { name: "Người dùng" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  });
});

test.describe("a writer", () => {
  test.use({ storageState: authFile("writer") });

  test("gets no Người dùng link, and /admin/users, /admin/audit and /admin/tokens refuse them", async ({ page }) => {
    await page.goto("/admin");
    const nav = adminNav(page);
    await expect(nav.getByRole("link", { name: "Hồ sơ" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Người dùng" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Nhật ký" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/audit", "/admin/tokens"]) {
      await page.goto(path);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Bạn không có quyền truy cập trang này.");
      await expect(page.getByRole("button", { name: "Tạo tài khoản" })).toHaveCount(0);
    }
  });

  test("edits their own profile", async ({ page }) => {
    await page.goto("/admin/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của bạn" })).toBeVisible();
    const bio = `Phóng viên mảng biên giới phía Bắc. (${Date.now().toString(36)})`;
    await page.getByLabel("Giới thiệu").fill(bio);
    await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
    await expect(page.getByText("Đã lưu hồ sơ.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Giới thiệu")).toHaveValue(bio);
    // Put the demo account back as it was.
    await page.getByLabel("Giới thiệu").fill("");
    await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
    await expect(page.getByText("Đã lưu hồ sơ.")).toBeVisible();
  });
});
