import { expect, type Page } from "@playwright/test";

/** /admin/users and an account's page, as an admin uses them. */
export class UsersAdminPage {
  constructor(private readonly page: Page) {}

  /** Creates an account and returns the temporary password shown once. */
  async create({ email, displayName, role }: { email: string; displayName: string; role: "Quản trị viên" | "Biên tập viên" | "Phóng viên" }) {
    await this.page.goto("/admin/users");
    await this.page.getByLabel("Email", { exact: true }).fill(email);
    await this.page.getByLabel("Tên hiển thị").fill(displayName);
    await this.page.getByLabel("Vai trò").selectOption({ label: role });
    await this.page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(this.page.getByText(`Đã tạo tài khoản ${email}.`)).toBeVisible();
    const secret = (await this.page.getByTestId("one-time-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^\S{12,}$/);
    return secret;
  }

  async open(displayName: string) {
    await this.page.goto(`/admin/users?q=${encodeURIComponent(displayName)}`);
    await this.page.getByRole("link", { name: `Quản lý ${displayName}` }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: displayName })).toBeVisible();
  }

  async disable(displayName: string) {
    await this.open(displayName);
    await this.page.getByRole("button", { name: "Vô hiệu hóa tài khoản" }).click();
    await expect(this.page.getByText("Đã vô hiệu hóa tài khoản.")).toBeVisible();
  }

  /** Deletes the account, handing its articles to `heir` (the option's label starts with the heir's name). */
  async remove(displayName: string, heir = "Quản trị viên (admin@toasoan.local)") {
    await this.open(displayName);
    await this.page.getByLabel("Chuyển bài viết cho").selectOption({ label: heir });
    await this.page.getByRole("button", { name: "Xóa tài khoản…" }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Xóa tài khoản" }).click();
    await expect(this.page).toHaveURL(/\/admin\/users\?deleted=/);
  }
}

/** The forced password change after signing in with a temporary password. */
export async function chooseOwnPassword(page: Page, current: string, next: string) {
  await expect(page).toHaveURL(/\/admin\/change-password$/);
  await page.getByLabel("Mật khẩu hiện tại").fill(current);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(next);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(next);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
}
