import { expect, type Locator, type Page } from "@playwright/test";

/** The article body editor (Tiptap), driven as an editor would: toolbar, keyboard, `/` menu, `@` mentions, dialogs, paste. */
export class RichEditor {
  constructor(private readonly page: Page) {}

  /** The editable surface, by its accessible name. */
  get surface(): Locator {
    return this.page.getByRole("textbox", { name: "Nội dung" });
  }

  get toolbar(): Locator {
    return this.page.getByRole("toolbar", { name: "Định dạng" });
  }

  /** The word count and reading time line under the editor. */
  get stats(): Locator {
    return this.page.getByText(/\d+ từ · khoảng \d+ phút đọc/);
  }

  button(name: string): Locator {
    return this.toolbar.getByRole("button", { name, exact: true });
  }

  /** Puts the cursor at the end of the body. */
  async focusEnd() {
    await this.surface.click();
    await this.page.keyboard.press("ControlOrMeta+End");
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  async newParagraph() {
    await this.page.keyboard.press("Enter");
  }

  /** Selects the current paragraph's text, and waits until the browser has (under load a shortcut can outrun the selection). */
  async selectLine(text?: string) {
    await this.page.keyboard.press("Home");
    await this.page.keyboard.press("Shift+End");
    const selected = () => this.page.evaluate(() => window.getSelection()?.toString() ?? "");
    if (text === undefined) await expect.poll(selected).not.toBe("");
    else await expect.poll(selected).toBe(text);
  }

  /** The `/` menu: opens it with `query`, checks the listbox, picks `option` with the keyboard. */
  async slash(query: string, option: string | RegExp) {
    await this.type(`/${query}`);
    const listbox = this.page.getByRole("listbox", { name: "Chèn khối" });
    await expect(listbox).toBeVisible();
    await expect(listbox.getByRole("option", { name: option }).first()).toHaveAttribute("aria-selected", "true");
    await this.page.keyboard.press("Enter");
    await expect(listbox).toBeHidden();
  }

  /** Types `@query` and picks the entity whose option starts with `name`. */
  async mention(query: string, name: string) {
    await this.type(`@${query}`);
    const listbox = this.page.getByRole("listbox", { name: "Gắn thẻ trong bài" });
    const option = listbox.getByRole("option", { name: new RegExp(`^${name}`) }).first();
    await expect(option).toBeVisible();
    while ((await option.getAttribute("aria-selected")) !== "true") await this.page.keyboard.press("ArrowDown");
    await expect(this.surface).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await this.page.keyboard.press("Enter");
    await expect(listbox).toBeHidden();
  }

  dialog(name: string): Locator {
    return this.page.getByRole("dialog", { name });
  }

  /** Inserts a figure through the toolbar's dialog. */
  async insertFigure({ src, caption, credit, alt, width, height }: { src: string; caption?: string; credit?: string; alt?: string; width?: number; height?: number }) {
    await this.button("Chèn ảnh").click();
    const dialog = this.dialog("Chèn ảnh");
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Địa chỉ ảnh").fill(src);
    if (caption !== undefined) await dialog.getByLabel("Chú thích").fill(caption);
    if (credit !== undefined) await dialog.getByLabel("Nguồn ảnh").fill(credit);
    if (alt !== undefined) await dialog.getByLabel("Mô tả ảnh (cho người khiếm thị)").fill(alt);
    if (width !== undefined) await dialog.getByLabel("Rộng (px)").fill(String(width));
    if (height !== undefined) await dialog.getByLabel("Cao (px)").fill(String(height));
    await dialog.getByRole("button", { name: "Chèn", exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Inserts a YouTube video from a pasted link. */
  async insertYoutube(url: string) {
    await this.button("Chèn video YouTube").click();
    const dialog = this.dialog("Chèn video YouTube");
    await dialog.getByLabel("Liên kết YouTube").fill(url);
    await dialog.getByRole("button", { name: "Chèn", exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Searches our articles and inserts the first whose title matches. */
  async insertRelated(query: string, title: string | RegExp) {
    await this.button("Chèn bài liên quan").click();
    const dialog = this.dialog("Chèn bài liên quan");
    await dialog.getByRole("combobox", { name: "Tìm bài viết" }).fill(query);
    await dialog.getByRole("option", { name: title }).first().click();
    await expect(dialog).toBeHidden();
  }

  /** The link dialog (Mod-K without a link under the cursor). Returns the dialog, still open when the address was refused. */
  async addLink(href: string) {
    await this.page.keyboard.press("ControlOrMeta+k");
    const dialog = this.dialog("Chèn liên kết");
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Địa chỉ liên kết").fill(href);
    await dialog.getByRole("button", { name: "Chèn liên kết" }).click();
    return dialog;
  }

  /** Pastes rich HTML where the cursor is, as the browser does for a paste from Docs, Word or a web page. */
  async pasteHtml(html: string, text = "") {
    await this.surface.evaluate(
      (element, data) => {
        const transfer = new DataTransfer();
        transfer.setData("text/html", data.html);
        transfer.setData("text/plain", data.text);
        element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
      },
      { html, text },
    );
  }

  /** The editor's current HTML (its DOM, not the stored JSON). */
  async html() {
    return this.surface.innerHTML();
  }
}
