import type { Page } from "@playwright/test";
import { authFile } from "./env";
import { expect, test as base, uniqueTitle } from "./fixtures";
import { RichEditor } from "./pages/RichEditor";

const test = base.extend<{ richEditor: RichEditor }>({
  richEditor: async ({ page }, provide) => provide(new RichEditor(page)),
});

/** The public page of the article just published (the form's "view" link). */
async function openPublic(page: Page, reader: Page) {
  const href = await page.getByRole("link", { name: "Xem bài trên trang" }).getAttribute("href");
  expect(href).toMatch(/^\/bai-viet\//);
  await reader.goto(href!);
}

/** A reader's page that records any dialog (alert, confirm, prompt) a script would open. */
async function newReader(browser: import("@playwright/test").Browser) {
  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  const dialogs: string[] = [];
  reader.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return { reader, dialogs };
}

const noScriptRan = async (page: Page) => expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

test.describe("the article body editor", () => {
  test.use({ storageState: authFile("editor") });

  test("formats with the toolbar, Markdown shortcuts, keyboard and the slash menu; counts words", async ({ page, articleEditor, richEditor, browser }) => {
    const title = uniqueTitle("Định dạng nội dung");
    await articleEditor.gotoNew();
    await articleEditor.fill({ title, sapo: "Sapo kiểm thử định dạng.", paragraphs: [] });

    // Markdown-style shortcuts.
    await richEditor.type("## Tiêu đề bằng Markdown");
    await expect(richEditor.surface.locator("h2")).toHaveText("Tiêu đề bằng Markdown");
    await expect(richEditor.button("Tiêu đề 2")).toHaveAttribute("aria-pressed", "true");
    await richEditor.newParagraph();
    await richEditor.type("- Ý thứ nhất");
    await richEditor.newParagraph();
    await richEditor.type("Ý thứ hai");
    await richEditor.newParagraph();
    await richEditor.newParagraph(); // leaves the list
    await expect(richEditor.surface.locator("ul > li")).toHaveText(["Ý thứ nhất", "Ý thứ hai"]);
    await richEditor.type("1. Bước đầu");
    await richEditor.newParagraph();
    await richEditor.newParagraph();
    await expect(richEditor.surface.locator("ol > li")).toHaveText(["Bước đầu"]);
    await richEditor.type("> Trích lời phát biểu");
    await expect(richEditor.surface.locator("blockquote")).toHaveText("Trích lời phát biểu");
    await richEditor.newParagraph();
    await richEditor.newParagraph();
    await richEditor.type("Chữ **đậm** và *nghiêng* ");
    await expect(richEditor.surface.locator("strong")).toHaveText("đậm");
    await expect(richEditor.surface.locator("em")).toHaveText("nghiêng");

    // Toolbar on a selection, and the keyboard shortcut for underline.
    await richEditor.newParagraph();
    await richEditor.type("Gạch chân bằng bàn phím");
    await richEditor.selectLine("Gạch chân bằng bàn phím");
    await page.keyboard.press("ControlOrMeta+u");
    await expect(richEditor.surface.locator("u")).toHaveText("Gạch chân bằng bàn phím");
    await richEditor.button("Gạch ngang").click();
    await expect(richEditor.button("Gạch ngang")).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("End");

    // Undo and redo.
    await richEditor.button("Hoàn tác").click();
    await expect(richEditor.surface.locator("s")).toHaveCount(0);
    await richEditor.button("Làm lại").click();
    await expect(richEditor.surface.locator("s")).toHaveText("Gạch chân bằng bàn phím");

    // The slash menu is a listbox driven from the keyboard; Escape closes it.
    await page.keyboard.press("End");
    await richEditor.newParagraph();
    await richEditor.type("/");
    const blocks = page.getByRole("listbox", { name: "Chèn khối" });
    await expect(blocks).toBeVisible();
    await expect(blocks.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(blocks.getByRole("option", { name: "Tiêu đề 3" })).toHaveAttribute("aria-selected", "true");
    await expect(richEditor.surface).toHaveAttribute("aria-activedescendant", /rte-slash-list-option-1/);
    await page.keyboard.press("Escape");
    await expect(blocks).toBeHidden();
    await page.keyboard.press("Backspace");
    await richEditor.slash("bang", "Bảng");
    await expect(richEditor.surface.locator("table th")).toHaveCount(3);
    await richEditor.type("Năm");
    await page.keyboard.press("Tab");
    await richEditor.type("Nơi");
    await expect(richEditor.toolbar.getByRole("group", { name: "Bảng" })).toBeVisible();
    await richEditor.button("Xóa cột").click();
    await expect(richEditor.surface.locator("table tr").first().locator("th")).toHaveCount(2);

    // Word count and reading time.
    await expect(richEditor.stats).toBeVisible();
    await expect(richEditor.stats).toHaveText(/^\d+ từ · khoảng 1 phút đọc$/);

    await articleEditor.save();
    await articleEditor.publish();
    const { reader } = await newReader(browser);
    await openPublic(page, reader);
    const body = reader.locator(".prose");
    await expect(body.getByRole("heading", { level: 2, name: "Tiêu đề bằng Markdown" })).toBeVisible();
    await expect(body.locator("ul > li")).toHaveText(["Ý thứ nhất", "Ý thứ hai"]);
    await expect(body.locator("strong")).toHaveText("đậm");
    await expect(body.getByRole("table").getByRole("columnheader", { name: "Năm" })).toHaveAttribute("scope", "col");
    await reader.close();
  });

  test("a figure with a caption and a credit appears on the public page", async ({ page, articleEditor, richEditor, browser }) => {
    const title = uniqueTitle("Ảnh có chú thích");
    await articleEditor.gotoNew();
    await articleEditor.fill({ title, sapo: "Sapo bài có ảnh.", paragraphs: ["Đoạn trước ảnh."] });
    await richEditor.newParagraph();
    await richEditor.insertFigure({ src: "/anh-kiem-thu/le-don.jpg", caption: "Lễ đón", alt: "Hai đoàn tại cửa khẩu", width: 1200, height: 800 });
    // Caption and credit are edited in place, under the image.
    const figure = richEditor.surface.locator("figure").first();
    await expect(figure.getByLabel("Chú thích")).toHaveValue("Lễ đón");
    await figure.getByLabel("Nguồn ảnh").fill("Ảnh: TTXVN");

    await articleEditor.save();
    await articleEditor.publish();
    const { reader } = await newReader(browser);
    await openPublic(page, reader);
    const published = reader.locator(".prose figure");
    // A site-local image is served through the image optimizer (components/site/ResponsiveImage.tsx).
    await expect(published.locator("img")).toHaveAttribute("src", /^\/_next\/image\?url=%2Fanh-kiem-thu%2Fle-don\.jpg&/);
    await expect(published.locator("img")).toHaveAttribute("alt", "Hai đoàn tại cửa khẩu");
    await expect(published.locator("img")).toHaveAttribute("loading", "lazy");
    await expect(published.locator("img")).toHaveAttribute("width", "1200");
    await expect(published.locator("figcaption")).toHaveText("Lễ đón Ảnh: TTXVN");
    await reader.close();
  });

  test("a mention via @dong links the person on the public page and tags the article", async ({ page, articleEditor, richEditor, browser }) => {
    const title = uniqueTitle("Nhắc tên trong bài");
    await articleEditor.gotoNew();
    await articleEditor.fill({ title, sapo: "Sapo bài có nhắc tên.", paragraphs: ["Đại tướng Phan Văn Giang đón "] });
    await richEditor.mention("dong", "Đổng Quân");
    await richEditor.type("tại Lào Cai.");
    await expect(richEditor.surface.locator('[data-type="mention"]')).toHaveText("Đổng Quân");

    // TAG ASSERTION — needs the lead's wiring: ArticleForm passes onMention to RichTextEditor and adds the entity to the tags.
    await expect(page.getByRole("list", { name: "Nhân vật" }).getByText("Đổng Quân")).toBeVisible();

    await articleEditor.save();
    await articleEditor.publish();
    const { reader } = await newReader(browser);
    await openPublic(page, reader);
    await expect(reader.locator(".prose").getByRole("link", { name: "Đổng Quân" })).toHaveAttribute("href", "/nhan-vat/dong-quan");
    await reader.close();
  });

  test("links, a YouTube video and a related article are inserted from their dialogs", async ({ page, articleEditor, richEditor, browser }) => {
    const title = uniqueTitle("Video và bài liên quan");
    await articleEditor.gotoNew();
    await articleEditor.fill({ title, sapo: "Sapo bài có video.", paragraphs: ["Theo "] });

    // Mod-K opens the link dialog; unsafe addresses are refused there; a bare domain becomes https.
    const dialog = await richEditor.addLink("javascript:alert(1)");
    await expect(dialog.getByRole("alert")).toHaveText("Chỉ chấp nhận liên kết http, https, mailto hoặc đường dẫn trong trang.");
    await dialog.getByLabel("Địa chỉ liên kết").fill("qdnd.vn");
    await dialog.getByLabel("Chữ hiển thị").fill("Báo Quân đội nhân dân");
    await dialog.getByRole("button", { name: "Chèn liên kết" }).click();
    await expect(dialog).toBeHidden();
    await expect(richEditor.surface.getByRole("link", { name: "Báo Quân đội nhân dân" })).toHaveAttribute("href", "https://qdnd.vn");
    // Inside the link, the bubble edits it.
    await page.keyboard.press("ArrowLeft");
    const bubble = page.getByRole("group", { name: "Liên kết" });
    await expect(bubble).toBeVisible();
    await expect(bubble.getByLabel("Địa chỉ liên kết")).toHaveValue("https://qdnd.vn");
    await page.keyboard.press("ControlOrMeta+k");
    await expect(bubble.getByLabel("Địa chỉ liên kết")).toBeFocused();
    await bubble.getByLabel("Địa chỉ liên kết").fill("https://www.qdnd.vn/");
    await page.keyboard.press("Enter");
    await expect(richEditor.surface.getByRole("link", { name: "Báo Quân đội nhân dân" })).toHaveAttribute("href", "https://www.qdnd.vn/");

    await page.keyboard.press("End");
    await richEditor.type(".");
    await richEditor.newParagraph();
    await richEditor.insertYoutube("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10s");
    await expect(richEditor.surface.locator("[data-youtube-video-id]")).toHaveAttribute("data-youtube-video-id", "dQw4w9WgXcQ");
    await richEditor.insertRelated("hoi dam", /hội đàm/);
    await expect(richEditor.surface.locator('[data-type="related-article"]')).toContainText(/hội đàm/);

    await articleEditor.save();
    await articleEditor.publish();
    const { reader } = await newReader(browser);
    await openPublic(page, reader);
    const body = reader.locator(".prose");
    await expect(body.getByRole("link", { name: "Báo Quân đội nhân dân" })).toHaveAttribute("href", "https://www.qdnd.vn/");
    await expect(body.getByRole("link", { name: "Xem video trên YouTube" })).toHaveAttribute("href", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    await expect(body.locator("iframe")).toHaveCount(0);
    await expect(body.locator(".rt-related a")).toHaveAttribute("href", /^\/bai-viet\//);
    await reader.close();
  });

  test("pasting from Google Docs keeps headings, lists, links, bold and italics and drops styles and scripts", async ({ page, articleEditor, richEditor }) => {
    const pageErrors: string[] = [];
    page.on("dialog", async (dialog) => {
      pageErrors.push(dialog.message());
      await dialog.dismiss();
    });
    await articleEditor.gotoNew();
    await articleEditor.fill({ title: uniqueTitle("Dán từ Google Docs"), sapo: "Sapo bài dán.", paragraphs: [] });
    await richEditor.pasteHtml(
      `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-0000-1111-222233334444">` +
        `<style>.ProseMirror{display:none}</style><script>window.__xss = 1</script>` +
        `<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;"><span style="font-size:16pt;font-family:Arial;font-weight:400;">Lễ đón tại cửa khẩu</span></h2>` +
        `<p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;font-weight:700;">Đại tướng Phan Văn Giang</span><span style="font-weight:400;"> đón </span>` +
        `<span style="font-weight:400;font-style:italic;">Thượng tướng Đổng Quân</span><span style="font-weight:400;"> tại </span>` +
        `<a href="https://www.qdnd.vn/lao-cai" style="text-decoration:none;"><span style="color:#1155cc;text-decoration:underline;">Lào Cai</span></a>` +
        `<img src="x" onerror="window.__xss = 1"></p>` +
        `<ul style="margin-top:0;"><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Trồng cây hữu nghị</span></p></li>` +
        `<li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">Tuần tra chung</span></p></li></ul>` +
        `<p><a href="javascript:window.__xss=1">liên kết xấu</a></p></b><br class="Apple-interchange-newline">`,
      "Lễ đón tại cửa khẩu",
    );
    await expect(richEditor.surface.locator("h2")).toHaveText("Lễ đón tại cửa khẩu");
    await expect(richEditor.surface.locator("strong")).toHaveText("Đại tướng Phan Văn Giang");
    await expect(richEditor.surface.locator("em")).toHaveText("Thượng tướng Đổng Quân");
    await expect(richEditor.surface.getByRole("link", { name: "Lào Cai" })).toHaveAttribute("href", "https://www.qdnd.vn/lao-cai");
    await expect(richEditor.surface.locator("ul > li")).toHaveText(["Trồng cây hữu nghị", "Tuần tra chung"]);
    await expect(richEditor.surface.getByText("liên kết xấu")).toBeVisible();
    await expect(richEditor.surface.locator("a[href^='javascript']")).toHaveCount(0);
    const html = await richEditor.html();
    for (const junk of ["style=", "<script", "<style", "<img", "onerror", "docs-internal-guid", "<u>"]) expect(html, junk).not.toContain(junk);
    await noScriptRan(page);
    expect(pageErrors).toEqual([]);
    // What was pasted passes the server's validation.
    await articleEditor.save();
  });
});

test.describe("XSS: hostile content stays inert on the public page", () => {
  test.use({ storageState: authFile("editor") });

  const SCRIPT = "<script>window.__xss = 1; alert(1)</script>";
  const IMG = '"><img src=x onerror="window.__xss = 1; alert(1)">';

  test("payloads typed, pasted and put in captions through the UI", async ({ page, articleEditor, richEditor, browser }) => {
    await articleEditor.gotoNew();
    await articleEditor.fill({ title: uniqueTitle("XSS qua giao diện"), sapo: SCRIPT, paragraphs: [SCRIPT, IMG, "javascript:alert(1)"] });
    await richEditor.newParagraph();
    await richEditor.pasteHtml(`<p onclick="window.__xss=1">dán <a href="JaVaScRiPt:alert(1)">xấu</a><svg onload="window.__xss=1"></svg><iframe src="javascript:alert(1)"></iframe></p>`);
    await richEditor.focusEnd();
    await richEditor.newParagraph();
    await richEditor.insertFigure({ src: "/anh-kiem-thu/xss.jpg", caption: SCRIPT, credit: IMG, alt: '" onerror="alert(1)' });
    await articleEditor.save();
    await articleEditor.publish();
    await noScriptRan(page);

    const { reader, dialogs } = await newReader(browser);
    await openPublic(page, reader);
    const body = reader.locator(".prose");
    await expect(body.getByText(SCRIPT).first()).toBeVisible(); // shown as text
    await expect(body.getByText(IMG).first()).toBeVisible();
    await expect(body.locator("script, iframe, svg, object, embed")).toHaveCount(0);
    await expect(body.locator("[onerror], [onload], [onclick], [style]")).toHaveCount(0);
    await expect(body.locator("a[href^='javascript' i], a[href^='data' i]")).toHaveCount(0);
    await expect(body.locator("figcaption")).toContainText(SCRIPT);
    await reader.waitForLoadState("load");
    await noScriptRan(reader);
    expect(dialogs).toEqual([]);
    await reader.close();
  });

  test("payloads sent to the JSON API are refused or rendered inert", async ({ page, browser }) => {
    const uuid = "0b7e1a52-3c7b-4d8e-9a1f-2c3d4e5f6a7b";
    const doc = (...content: unknown[]) => ({ type: "doc", content });
    const p = (...content: unknown[]) => ({ type: "paragraph", content });
    const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
    const post = (body: unknown) =>
      page.request.post("/api/admin/v1/articles", { data: { title: uniqueTitle("XSS qua API"), sapo: "", body, publish: true }, failOnStatusCode: false });

    const probe = await post(doc(p(text("thử"))));
    // The JSON API arrives with its own issue; until then this half of the spec has nothing to call.
    test.skip(probe.status() === 404 || probe.status() === 405, "POST /api/admin/v1/articles is not available in this build");

    for (const refused of [
      doc(p(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))),
      doc(p(text("x", [{ type: "link", attrs: { href: "\tjavascript:alert(1)" } }]))),
      doc(p(text("x", [{ type: "link", attrs: { href: "&#106;avascript:alert(1)" } }]))),
      doc(p(text("x", [{ type: "link", attrs: { href: "data:text/html,<script>alert(1)</script>" } }]))),
      doc(p(text("x", [{ type: "link", attrs: { href: "vbscript:msgbox(1)" } }]))),
      doc({ type: "figure", attrs: { src: "javascript:alert(1)" } }),
      doc({ type: "figure", attrs: { src: "/a.jpg", onerror: "alert(1)" } }),
      doc({ type: "youtube", attrs: { videoId: 'x" onload="alert(1)' } }),
      doc({ type: "relatedArticle", attrs: { articleId: uuid, title: "x", slug: "javascript:alert(1)" } }),
      doc(p({ type: "mention", attrs: { id: uuid, type: "person", label: "x", slug: "//evil.example" } })),
      doc({ type: "rawHtml", attrs: { html: SCRIPT } }),
    ]) {
      const response = await post(refused);
      expect(response.status(), JSON.stringify(refused)).toBe(400);
    }

    const accepted = await post(
      doc(
        p(text(SCRIPT), text(IMG, [{ type: "bold" }])),
        p(text("liên kết", [{ type: "link", attrs: { href: "https://toasoan.vn/", class: '" onclick="alert(1)', title: IMG } }])),
        { type: "figure", attrs: { src: '/a.jpg" onerror="alert(1)', caption: SCRIPT, credit: IMG, alt: '" onload="alert(1)' } },
        { type: "pullQuote", attrs: { attribution: IMG }, content: [text(SCRIPT)] },
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableHeader", content: [p(text(SCRIPT))] }, { type: "tableCell", content: [p(text(IMG))] }] }] },
        { type: "relatedArticle", attrs: { articleId: uuid, title: SCRIPT, slug: "bai-lien-quan" } },
        p({ type: "mention", attrs: { id: uuid, type: "person", label: IMG, slug: "dong-quan" } }),
        { type: "youtube", attrs: { videoId: "dQw4w9WgXcQ" } },
      ),
    );
    expect(accepted.status()).toBe(201);
    const { slug } = (await accepted.json()) as { slug: string };

    const { reader, dialogs } = await newReader(browser);
    await reader.goto(`/bai-viet/${slug}`);
    const body = reader.locator(".prose");
    await expect(body.getByText(SCRIPT).first()).toBeVisible();
    await expect(body.locator("script, iframe, svg, object, embed")).toHaveCount(0);
    await expect(body.locator("[onerror], [onload], [onclick], [onmouseover], [style]")).toHaveCount(0);
    await reader.waitForLoadState("load");
    await noScriptRan(reader);
    expect(dialogs).toEqual([]);
    await reader.close();
  });
});
