import type { Browser, Page } from "@playwright/test";
import { createArticle, saveStatus } from "./authoring-helpers";
import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

/** The editor (this test's page) and an admin (a second browser context) open the same draft. */
async function openTwice(page: Page, browser: Browser, title: string) {
  const article = await createArticle(page, { title });
  const adminContext = await browser.newContext({ storageState: authFile("admin") });
  const admin = await adminContext.newPage();
  // The editor's first heartbeat is in before the admin arrives.
  const heartbeat = page.waitForResponse((response) => response.url().endsWith(`/articles/${article.id}/presence`) && response.request().method() === "POST");
  await page.goto(`/admin/articles/${article.id}`);
  await heartbeat;
  await admin.goto(`/admin/articles/${article.id}`);
  // Each sees who else has it open.
  await expect(admin.getByText("Đang mở: Biên tập viên Minh Anh")).toBeVisible();
  return { article, admin, adminContext };
}

async function editorSavesFirst(page: Page, title: string) {
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`${title} bản biên tập viên`);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page, "Đã lưu lúc")).toBeVisible();
}

async function adminSavesFromTheOldVersion(admin: Page, title: string) {
  await admin.getByLabel("Tiêu đề", { exact: true }).fill(`${title} bản quản trị`);
  await admin.getByRole("button", { name: "Lưu", exact: true }).click();
  const dialog = admin.getByRole("dialog", { name: "Bài đã được người khác lưu" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Biên tập viên Minh Anh");
  // Theirs → mine, word by word.
  await expect(dialog.locator("del").filter({ hasText: "biên tập viên" })).toBeVisible();
  await expect(dialog.locator("ins").filter({ hasText: "quản trị" })).toBeVisible();
  return dialog;
}

async function openHistory(page: Page) {
  const history = page.getByRole("region", { name: "Lịch sử phiên bản" });
  await history.getByRole("button", { name: "Xem lịch sử phiên bản" }).click();
  return history;
}

async function conflictSnapshot(page: Page, articleId: string) {
  const { revisions } = (await (await page.request.get(`/api/admin/v1/articles/${articleId}/revisions`)).json()) as { revisions: { id: string; kind: string }[] };
  const lost = revisions.find((revision) => revision.kind === "conflict");
  expect(lost).toBeTruthy();
  return (await (await page.request.get(`/api/admin/v1/articles/${articleId}/revisions/${lost!.id}`)).json()) as {
    author: { displayName: string };
    snapshot: { title: string };
  };
}

test.describe("two people save the same article", () => {
  test.use({ storageState: authFile("editor") });

  test("the second to save sees both versions, overwrites, and the other text stays in the history", async ({ page, browser }) => {
    const title = uniqueTitle("Bài hai người sửa");
    const { article, admin, adminContext } = await openTwice(page, browser, title);
    await editorSavesFirst(page, title);
    const dialog = await adminSavesFromTheOldVersion(admin, title);

    await dialog.getByRole("button", { name: "Ghi đè bằng bản của tôi" }).click();
    await expect(dialog).toBeHidden();
    await expect(saveStatus(admin, "Đã lưu lúc")).toBeVisible();
    await expect(admin.getByLabel("Tiêu đề", { exact: true })).toHaveValue(`${title} bản quản trị`);

    // The editor's words are kept, as the version replaced.
    const history = await openHistory(admin);
    await expect(history.getByRole("list", { name: "Các phiên bản" }).getByText(/Bản bị thay thế khi xung đột · Biên tập viên Minh Anh/)).toBeVisible();
    await expect(history.locator("del").filter({ hasText: "biên tập viên" })).toBeVisible();
    const lost = await conflictSnapshot(admin, article.id);
    expect(lost.snapshot.title).toBe(`${title} bản biên tập viên`);
    expect(lost.author.displayName).toBe("Biên tập viên Minh Anh");
    await adminContext.close();
  });

  test("taking the other version keeps one's own text in the history", async ({ page, browser }) => {
    const title = uniqueTitle("Bài nhường bản");
    const { article, admin, adminContext } = await openTwice(page, browser, title);
    await editorSavesFirst(page, title);
    const dialog = await adminSavesFromTheOldVersion(admin, title);

    await dialog.getByRole("button", { name: "Lấy bản của họ" }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.getByLabel("Tiêu đề", { exact: true })).toHaveValue(`${title} bản biên tập viên`);

    const history = await openHistory(admin);
    await expect(history.getByRole("list", { name: "Các phiên bản" }).getByText(/Bản bị thay thế khi xung đột · Quản trị viên/)).toBeVisible();
    await expect(history.locator("ins").filter({ hasText: "quản trị" })).toBeVisible();
    const lost = await conflictSnapshot(admin, article.id);
    expect(lost.snapshot.title).toBe(`${title} bản quản trị`);

    // The admin can keep working from the editor's version without another conflict.
    await admin.getByLabel("Sapo").fill("Sapo sửa sau khi nhường bản.");
    await admin.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(saveStatus(admin, "Đã lưu lúc")).toBeVisible();
    await adminContext.close();
  });
});
