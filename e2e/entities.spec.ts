import type { Page } from "@playwright/test";
import { authFile } from "./env";
import { expect, test } from "./fixtures";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Creates a person through /admin/entities/person/new and returns its edit URL. */
async function createPerson(page: Page, { name, aliases = [] }: { name: string; aliases?: string[] }) {
  await page.goto("/admin/entities/person/new");
  await expect(page.getByRole("heading", { name: "Thêm nhân vật" })).toBeVisible();
  await page.getByLabel("Tên", { exact: true }).fill(name);
  for (const [index, alias] of aliases.entries()) {
    await page.getByRole("button", { name: "Thêm tên gọi khác" }).click();
    await page.getByLabel(`Tên gọi khác ${index + 1}`, { exact: true }).fill(alias);
  }
}

test.describe("the knowledge graph admin", () => {
  test.use({ storageState: authFile("editor") });

  test("an editor creates a person with an alias and a position, edits it, merges a duplicate into it; a writer cannot merge or delete", async ({
    page,
    browser,
  }) => {
    const token = Date.now().toString(36);
    const name = `Phùng Quang Thanh ${token}`;
    const duplicateName = `Feng Guangqing ${token}`;
    const duplicateAlias = `馮光青 ${token}`;

    // The index lists every type with its count and a way to add one.
    await page.goto("/admin/entities");
    await expect(page.getByRole("heading", { level: 1, name: "Dữ liệu tri thức" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Loại dữ liệu" }).getByRole("link", { name: /Nhân vật/ })).toBeVisible();

    // Create: one alias, one position; an end before the start is refused with a field message first.
    await createPerson(page, { name, aliases: [duplicateName] });
    await page.getByRole("button", { name: "Thêm chức vụ" }).click();
    const position = page.getByRole("group", { name: "Chức vụ 1", exact: true });
    await position.getByLabel("Chức danh", { exact: true }).fill("Bộ trưởng Bộ Quốc phòng");
    await position.getByLabel("Cấp bậc", { exact: true }).fill("Đại tướng");
    await position.getByLabel("Từ", { exact: true }).fill("2006-08");
    await position.getByLabel("Đến", { exact: true }).fill("2005");
    await page.getByRole("button", { name: "Tạo", exact: true }).click();
    await expect(page.getByText("Vui lòng kiểm tra các trường được đánh dấu.")).toBeVisible();
    await expect(position.getByText("Chức vụ 1: ngày kết thúc không được trước ngày bắt đầu.")).toBeVisible();
    await expect(position.getByLabel("Đến", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await position.getByLabel("Đến", { exact: true }).fill("2016-04");
    await page.getByRole("button", { name: "Tạo", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/entities\/person\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole("status")).toHaveText("Đã tạo.");
    const targetUrl = page.url().replace(/\?.*$/, "");
    await expect(page.getByRole("group", { name: "Chức vụ 1", exact: true }).getByLabel("Từ", { exact: true })).toHaveValue("2006-08");

    // Edit: a bio and a second alias.
    await page.getByLabel("Tiểu sử ngắn").fill("Đại tướng, Bộ trưởng Bộ Quốc phòng 2006–2016. Bản kiểm thử đầu cuối.");
    await page.getByRole("button", { name: "Thêm tên gọi khác" }).click();
    await page.getByLabel("Tên gọi khác 2", { exact: true }).fill(`Phung Quang Thanh ${token}`);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu.");
    await page.reload();
    await expect(page.getByLabel("Tiểu sử ngắn")).toHaveValue(/Bản kiểm thử đầu cuối/);
    await expect(page.getByLabel("Tên gọi khác 2", { exact: true })).toHaveValue(`Phung Quang Thanh ${token}`);

    // A duplicate under the romanised name: the person's alias now names another entity, which the edit page points out.
    await createPerson(page, { name: duplicateName, aliases: [duplicateAlias] });
    await page.getByRole("button", { name: "Tạo", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Đã tạo.");
    const duplicateSlug = await page.getByLabel("Đường dẫn", { exact: true }).inputValue();
    const duplicateUrl = page.url();
    await page.goto(targetUrl);
    await expect(page.getByRole("region", { name: "Lưu ý" })).toContainText(duplicateName);

    // Merge the duplicate into the person, from the duplicate's page.
    await page.goto(duplicateUrl);
    const combobox = page.getByRole("combobox", { name: "Gộp vào" });
    await combobox.fill(`phung quang thanh ${token}`);
    await page.getByRole("option", { name: new RegExp(escape(name)) }).click();
    await page.getByRole("button", { name: "Gộp…" }).click();
    await expect(page.getByRole("alertdialog")).toContainText(`Gộp “${duplicateName}” vào “${name}”?`);
    await page.getByRole("button", { name: "Xác nhận gộp" }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(targetUrl)}\\?merged=`));
    await expect(page.getByRole("status")).toHaveText(`Đã gộp “${duplicateName}” vào mục này.`);
    // The duplicate's name was already an alias; its own alias moved over.
    await expect(page.getByLabel("Tên gọi khác 3", { exact: true })).toHaveValue(duplicateAlias);
    await expect(page.getByLabel("Tên gọi khác 4", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Lưu ý" })).toHaveCount(0);
    await expect(page.getByText(duplicateSlug, { exact: true })).toBeVisible();

    // The duplicate's public URL now leads to the person's page.
    const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await reader.goto(`/nhan-vat/${duplicateSlug}`);
    await expect(reader.getByRole("heading", { level: 1, name })).toBeVisible();
    await reader.close();

    // A writer may edit the record but sees neither merge nor delete.
    const writerContext = await browser.newContext({ storageState: authFile("writer") });
    const writer = await writerContext.newPage();
    await writer.goto(targetUrl);
    await expect(writer.getByRole("heading", { level: 1, name: new RegExp(escape(name)) })).toBeVisible();
    await expect(writer.getByRole("button", { name: "Lưu", exact: true })).toBeVisible();
    await expect(writer.getByRole("button", { name: "Gộp…" })).toHaveCount(0);
    await expect(writer.getByRole("button", { name: "Xóa…" })).toHaveCount(0);
    await expect(writer.getByRole("combobox", { name: "Gộp vào" })).toHaveCount(0);
    await writerContext.close();

    // Clean up: no article uses the person, so it deletes after one confirmation.
    await page.getByRole("button", { name: "Xóa…" }).click();
    await expect(page.getByRole("alertdialog")).toContainText(`Xóa vĩnh viễn “${name}”?`);
    await page.getByRole("button", { name: "Xác nhận xóa" }).click();
    await expect(page).toHaveURL(/\/admin\/entities\/person\?deleted=/);
    await expect(page.getByRole("status")).toHaveText(`Đã xóa “${name}”.`);
  });

  test("a search ignores diacritics", async ({ page }) => {
    await page.goto("/admin/entities/person");
    await page.getByLabel("Tìm theo tên hoặc tên gọi khác").fill("dong quan");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page.getByRole("link", { name: "Đổng Quân", exact: true })).toBeVisible();
  });
});
