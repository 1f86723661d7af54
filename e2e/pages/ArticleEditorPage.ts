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

  /** The bylines, in order. */
  get bylines() {
    return this.page.getByRole("list", { name: "Thứ tự tác giả" }).locator(".byline-name");
  }

  /** Adds a byline from the keyboard: type, the first match is highlighted, Enter adds it. */
  async addByline(query: string, name: string) {
    const input = this.page.getByRole("combobox", { name: "Tác giả", exact: true });
    await input.fill(query);
    await expect(this.page.getByRole("option", { name, exact: true })).toHaveAttribute("aria-selected", "true");
    await input.press("Enter");
    await expect(this.bylines.filter({ hasText: name })).toHaveCount(1);
  }

  get cover() {
    return this.page.getByRole("group", { name: "Ảnh bìa" });
  }

  get seo() {
    return this.page.getByRole("group", { name: "Trên công cụ tìm kiếm" });
  }

  /** Opens the preview dialog; the page renders inside its frame. */
  async openPreview() {
    await this.page.getByRole("button", { name: "Xem trước", exact: true }).click();
    const dialog = this.page.getByRole("dialog", { name: "Xem trước bài viết" });
    await expect(dialog).toBeVisible();
    return { dialog, frame: dialog.frameLocator("iframe") };
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
