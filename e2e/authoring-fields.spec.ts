import type { BrowserContext, Locator } from "@playwright/test";
import { createArticle } from "./authoring-helpers";
import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

/** A remote image (served as it is, not through the image optimizer), answered by the test: 1200 × 800. */
const COVER = "https://anh.toasoan.test/2024/bia-giao-luu.svg";

async function serveCover(context: BrowserContext) {
  await context.route(COVER, (route) =>
    route.fulfill({
      contentType: "image/svg+xml",
      body: `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
        <rect width="1200" height="800" fill="#5b7553"/><rect y="520" width="1200" height="280" fill="#3c4f37"/>
        <circle cx="930" cy="190" r="90" fill="#f2d98b"/><text x="60" y="740" font-family="sans-serif" font-size="64" fill="#fff">Cửa khẩu Lào Cai</text></svg>`,
    }),
  );
}

/** Computed styles of the parts of an article page an editor controls: the preview must look like the page. */
async function articleLooks(header: Locator) {
  return header.evaluate((element) => {
    const doc = element.ownerDocument;
    const view = doc.defaultView!;
    const style = (selector: string, properties: string[]) => {
      const found = doc.querySelector(selector);
      if (!found) return null;
      const computed = view.getComputedStyle(found);
      return Object.fromEntries(properties.map((property) => [property, computed.getPropertyValue(property)]));
    };
    return {
      title: style(".article-header h1", ["font-family", "font-size", "line-height", "margin-bottom"]),
      meta: style(".article-header .meta", ["font-size", "line-height", "color"]),
      sapo: style(".sapo", ["font-size", "font-weight", "line-height"]),
      cover: style("figure.cover img", ["width", "height", "background-color", "border-radius"]),
      caption: style("figure.cover figcaption", ["font-size", "color"]),
      body: style(".prose", ["font-family", "font-size", "line-height"]),
      source: style(".source-line", ["text-align", "font-weight"]),
    };
  });
}

/** Screenshots for a person to look at, beside the test's other output. */
const screenshot = (name: string) => test.info().outputPath(name);

test.describe("bylines, source, cover and SEO fields", () => {
  test.use({ storageState: authFile("editor") });

  test("an editor sets them, they are kept, previewed unsaved, and published on the page and in its metadata", async ({ page, articleEditor, browser }) => {
    await serveCover(page.context());
    const title = uniqueTitle("Hai đoàn giao lưu hữu nghị tại cửa khẩu");
    const sapo = "Sapo kiểm thử: hai đoàn biên phòng gặp nhau tại cửa khẩu quốc tế Lào Cai trong không khí hữu nghị.";
    const seoTitle = `Giao lưu biên giới ${title.slice(-6)}`;
    const seoDescription = "Hai đoàn biên phòng Việt Nam và Trung Quốc gặp nhau tại cửa khẩu quốc tế Lào Cai.";

    await articleEditor.gotoNew();
    // A new article is signed by whoever writes it.
    await expect(articleEditor.bylines).toHaveText(["Biên tập viên Minh Anh"]);
    await articleEditor.fill({ title, sapo, section: "Biên giới", paragraphs: ["Đoạn mở đầu của bài kiểm thử các trường bên lề."] });

    // A second byline, found without diacritics, then moved first.
    await articleEditor.addByline("thu ha", "Phóng viên Thu Hà");
    await page.getByRole("button", { name: "Đưa Phóng viên Thu Hà lên trước" }).click();
    await expect(articleEditor.bylines).toHaveText(["Phóng viên Thu Hà", "Biên tập viên Minh Anh"]);
    await expect(page.getByRole("button", { name: "Đưa Phóng viên Thu Hà xuống sau" })).toBeFocused();

    // Source, and a link typed without its scheme.
    await page.getByLabel("Nguồn tin", { exact: true }).fill("TTXVN");
    const sourceUrl = page.getByLabel("Liên kết nguồn", { exact: true });
    await sourceUrl.fill("ttxvn.vn/giao-luu-huu-nghi");
    await sourceUrl.blur();
    await expect(sourceUrl).toHaveValue("https://ttxvn.vn/giao-luu-huu-nghi");

    // The cover: a thumbnail as soon as the address is in; no save without a description.
    const cover = articleEditor.cover;
    await cover.getByLabel("Địa chỉ ảnh", { exact: true }).fill(COVER);
    await expect(cover.getByRole("img", { name: "Ảnh bìa đang chọn" })).toBeVisible();
    await expect(cover.getByText("Kích thước ảnh: 1200 × 800")).toBeVisible();
    await cover.getByRole("button", { name: "Dùng kích thước này" }).click();
    await expect(cover.getByLabel("Rộng (px)")).toHaveValue("1200");
    await expect(cover.getByLabel("Cao (px)")).toHaveValue("800");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vui lòng kiểm tra các trường được đánh dấu.");
    const alt = cover.getByLabel("Mô tả ảnh (cho người khiếm thị)");
    await expect(alt).toHaveAttribute("aria-invalid", "true");
    await expect(cover.getByText("Cần mô tả ảnh bìa cho người khiếm thị.")).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);
    await alt.fill("Hai đoàn biên phòng bắt tay tại cửa khẩu");
    await expect(alt).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    await cover.getByLabel("Chú thích", { exact: true }).fill("Hai đoàn tại cửa khẩu quốc tế Lào Cai.");
    await cover.getByLabel("Nguồn ảnh", { exact: true }).fill("Ảnh: TTXVN");

    // SEO: the search result falls back to the title and sapo, then follows the fields.
    const result = page.getByRole("region", { name: "Xem trước kết quả tìm kiếm" });
    await expect(result).toContainText(`${title} — Tòa Soạn`);
    await expect(result).toContainText(sapo);
    await expect(result).toContainText(/ › bai-viet › hai-doan-giao-luu-huu-nghi-tai-cua-khau-/);
    const seo = articleEditor.seo;
    await seo.getByLabel("Tiêu đề SEO").fill(seoTitle);
    await seo.getByLabel("Mô tả SEO").fill(seoDescription);
    await expect(result.locator(".serp-title")).toHaveText(`${seoTitle} — Tòa Soạn`);
    await expect(result.locator(".serp-description")).toHaveText(seoDescription);
    await expect(seo.getByText(`${seoDescription.length}/160 ký tự`)).toBeVisible();
    // Over the length a results page shows: cut at a word, with an ellipsis, and the counter says so.
    await seo.getByLabel("Mô tả SEO").fill(`${seoDescription} `.repeat(3));
    await expect(result.locator(".serp-description")).toHaveText(/…$/);
    await expect(seo.getByText("Dài hơn 160 ký tự: có thể bị cắt trên trang kết quả.")).toBeVisible();
    await seo.getByLabel("Mô tả SEO").fill(seoDescription);

    await page.screenshot({ path: screenshot("editor.png") });
    // The whole sidebar, unrolled (it scrolls on its own beside the body).
    await page.locator(".editor-side").evaluate((side) => ((side as HTMLElement).style.maxHeight = "none"));
    await page.locator(".editor-side").screenshot({ path: screenshot("editor-sidebar.png") });
    await page.locator(".editor-side").evaluate((side) => ((side as HTMLElement).style.maxHeight = ""));
    await articleEditor.save();
    await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);

    // Kept: a reload shows what was saved.
    await page.reload();
    await expect(articleEditor.bylines).toHaveText(["Phóng viên Thu Hà", "Biên tập viên Minh Anh"]);
    await expect(page.getByLabel("Nguồn tin", { exact: true })).toHaveValue("TTXVN");
    await expect(page.getByLabel("Liên kết nguồn", { exact: true })).toHaveValue("https://ttxvn.vn/giao-luu-huu-nghi");
    await expect(cover.getByLabel("Địa chỉ ảnh", { exact: true })).toHaveValue(COVER);
    await expect(cover.getByLabel("Mô tả ảnh (cho người khiếm thị)")).toHaveValue("Hai đoàn biên phòng bắt tay tại cửa khẩu");
    await expect(cover.getByLabel("Chú thích", { exact: true })).toHaveValue("Hai đoàn tại cửa khẩu quốc tế Lào Cai.");
    await expect(cover.getByLabel("Nguồn ảnh", { exact: true })).toHaveValue("Ảnh: TTXVN");
    await expect(cover.getByLabel("Rộng (px)")).toHaveValue("1200");
    await expect(seo.getByLabel("Tiêu đề SEO")).toHaveValue(seoTitle);
    await expect(seo.getByLabel("Mô tả SEO")).toHaveValue(seoDescription);
    await expect(page.getByRole("status").filter({ hasText: "Có thay đổi chưa lưu" })).toHaveCount(0);

    // Preview the unsaved state, exactly as the public page renders it.
    const unsavedTitle = `${title} (bản chưa lưu)`;
    await page.getByLabel("Tiêu đề", { exact: true }).fill(unsavedTitle);
    await cover.getByLabel("Chú thích", { exact: true }).fill("Chú thích chưa lưu.");
    const { dialog, frame } = await articleEditor.openPreview();
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(unsavedTitle);
    await expect(frame.locator("figure.cover figcaption")).toHaveText("Chú thích chưa lưu. (Ảnh: TTXVN)");
    await expect(frame.locator("figure.cover img")).toHaveAttribute("alt", "Hai đoàn biên phòng bắt tay tại cửa khẩu");
    await expect(frame.getByRole("link", { name: "Phóng viên Thu Hà" })).toHaveAttribute("href", "/tac-gia/phong-vien-thu-ha");
    await expect(frame.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Biên giới" })).toBeVisible();
    await expect(frame.getByText("Nguồn: TTXVN")).toBeVisible();
    // The public stylesheet applies inside the frame (the serif headline), and a click on a link goes nowhere.
    await expect(frame.getByRole("heading", { level: 1 })).toHaveCSS("font-family", /Noto Serif/);
    await frame.getByRole("link", { name: "Phóng viên Thu Hà" }).click();
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
    await dialog.screenshot({ path: screenshot("preview-desktop.png") });
    const previewLooks = await articleLooks(frame.locator(".article-header"));
    await dialog.getByRole("button", { name: "Điện thoại" }).click();
    await expect(dialog.getByRole("button", { name: "Điện thoại" })).toHaveAttribute("aria-pressed", "true");
    await expect(dialog.locator("iframe")).toHaveJSProperty("clientWidth", 390);
    await dialog.screenshot({ path: screenshot("preview-mobile.png") });
    // Escape closes it, even with the focus inside the frame (on the link clicked above).
    await frame.getByRole("link", { name: "Phóng viên Thu Hà" }).focus();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Xem trước", exact: true })).toBeFocused();

    // Publish (saves the edits too), then read it as a reader would.
    await articleEditor.publish();
    const href = await page.getByRole("link", { name: "Xem bài trên trang" }).getAttribute("href");
    const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await serveCover(reader.context());
    await reader.goto(href!);
    await reader.screenshot({ path: screenshot("public-page.png") });
    // The preview (desktop width) looked exactly like the page: the public stylesheets applied in its frame.
    expect(previewLooks.cover).not.toBeNull();
    expect(await articleLooks(reader.locator(".article-header"))).toEqual(previewLooks);
    await expect(reader.getByRole("heading", { level: 1, name: unsavedTitle })).toBeVisible();
    const byline = reader.locator(".article-header .meta");
    await expect(byline.getByRole("link")).toHaveText(["Phóng viên Thu Hà", "Biên tập viên Minh Anh"]);
    await expect(byline.getByRole("link", { name: "Phóng viên Thu Hà" })).toHaveAttribute("href", "/tac-gia/phong-vien-thu-ha");
    await expect(byline.getByRole("link", { name: "Biên tập viên Minh Anh" })).toHaveAttribute("href", "/tac-gia/bien-tap-vien-minh-anh");
    await expect(reader.locator("figure.cover figcaption")).toHaveText("Chú thích chưa lưu. (Ảnh: TTXVN)");
    await expect(reader.locator("figure.cover img")).toHaveAttribute("width", "1200");
    await expect(reader.locator(".source-line")).toHaveText("Nguồn: TTXVN");
    await expect(reader.locator(".source-line").getByRole("link", { name: "TTXVN" })).toHaveAttribute("href", "https://ttxvn.vn/giao-luu-huu-nghi");
    await expect(reader).toHaveTitle(`${seoTitle} — Tòa Soạn`);
    await expect(reader.locator('meta[name="description"]')).toHaveAttribute("content", seoDescription);
    await reader.getByRole("link", { name: "Phóng viên Thu Hà" }).first().click();
    await expect(reader.getByRole("heading", { level: 1, name: "Phóng viên Thu Hà" })).toBeVisible();
    await expect(reader.getByRole("link", { name: unsavedTitle })).toBeVisible();
    await reader.close();
  });

  test("the preview shows what to fix instead of the page", async ({ page, articleEditor }) => {
    await articleEditor.gotoNew();
    // Refused by the server: no title.
    let { dialog } = await articleEditor.openPreview();
    await expect(dialog.getByRole("alert")).toContainText("Chưa xem trước được. Hãy sửa:");
    await expect(dialog.getByRole("alert")).toContainText("Tiêu đề: Cần có tiêu đề.");
    await expect(dialog.locator("iframe")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Đóng" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveAttribute("aria-invalid", "true");

    // Refused by the form's own checks: an image without its description, a byline list left empty.
    await articleEditor.fill({ title: uniqueTitle("Xem trước lỗi"), sapo: "Sapo.", paragraphs: ["Đoạn."] });
    await articleEditor.cover.getByLabel("Địa chỉ ảnh", { exact: true }).fill("https://example.vn/anh.jpg");
    await page.getByRole("button", { name: "Bỏ tác giả Biên tập viên Minh Anh" }).click();
    ({ dialog } = await articleEditor.openPreview());
    await expect(dialog.getByRole("alert")).toContainText("Ảnh bìa: Cần mô tả ảnh bìa cho người khiếm thị.");
    await expect(dialog.getByRole("alert")).toContainText("Tác giả: Cần ít nhất một tác giả.");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Tác giả", exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("the slug is edited in place; a refused or taken one is said so at the field", async ({ page }) => {
    const first = await createArticle(page, { title: uniqueTitle("Bài giữ đường dẫn") });
    const second = await createArticle(page, { title: uniqueTitle("Bài muốn cùng đường dẫn") });
    await page.goto(`/admin/articles/${second.id}`);
    const slug = page.getByLabel("Đường dẫn", { exact: true });
    await expect(slug).toHaveValue(second.slug);

    await slug.fill("Chữ Hoa");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(slug).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Đường dẫn chỉ gồm chữ thường, số và dấu gạch ngang.")).toBeVisible();

    await slug.fill(first.slug);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
    await expect(slug).toHaveValue(`${first.slug}-2`);
    await expect(page.getByText(`Đường dẫn “${first.slug}” đã có bài khác dùng nên bài này dùng “${first.slug}-2”.`)).toBeVisible();
    // The search result shows the address the article really has.
    await expect(page.getByRole("region", { name: "Xem trước kết quả tìm kiếm" })).toContainText(`bai-viet › ${first.slug}-2`);
  });
});
