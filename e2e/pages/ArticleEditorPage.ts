import { expect, type Page } from "@playwright/test";

/** The article form, driven through its labels as an editor would. */
export class ArticleEditorPage {
  constructor(private readonly page: Page) {}

  async gotoNew() {
    await this.page.goto("/admin/articles/new");
    await expect(this.page.getByRole("heading", { name: "Bài viết mới" })).toBeVisible();
  }

  get body() {
    return this.page.getByRole("textbox", { name: "Nội dung" });
  }

  async fill({ title, sapo, section, paragraphs }: { title: string; sapo: string; section?: string; paragraphs: string[] }) {
    await this.page.getByLabel("Tiêu đề", { exact: true }).fill(title);
    await this.page.getByLabel("Sapo").fill(sapo);
    if (section) await this.page.getByLabel("Chuyên mục").selectOption({ label: section });
    await this.body.click();
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index > 0) await this.page.keyboard.press("Enter");
      await this.page.keyboard.type(paragraph);
    }
  }

  /** Types into a tag picker and chooses the option whose name matches. */
  async tag(picker: "Nhân vật" | "Địa danh" | "Sự kiện", query: string, optionName: string | RegExp) {
    const input = this.page.getByRole("combobox", { name: picker, exact: true });
    await input.fill(query);
    const option = this.page.getByRole("option", { name: optionName });
    await option.first().click();
    await expect(this.page.getByRole("list", { name: picker, exact: true }).getByText(optionName)).toBeVisible();
  }

  async save() {
    await this.page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
  }

  async publish() {
    await this.page.getByRole("button", { name: "Xuất bản" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Đã xuất bản" })).toBeVisible();
  }
}
