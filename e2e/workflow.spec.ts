import { authFile } from "./env";
import { expect, test, uniqueTitle } from "./fixtures";

/** "YYYY-MM-DDTHH:MM:SS" in Vietnam time (UTC+7, no daylight saving), for a datetime-local input. */
function vietnamLocal(date: Date) {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
}

test("a writer files and submits; an editor returns it with a note, then schedules it; it goes public at its time", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = uniqueTitle("Bài theo quy trình");
  const writer = await browser.newPage({ storageState: authFile("writer") });
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await writer.getByLabel("Sapo").fill("Sapo của bài theo quy trình.");
  await writer.getByRole("textbox", { name: "Nội dung" }).click();
  await writer.keyboard.type("Nội dung bài viết gửi duyệt.");
  await writer.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(writer).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const articleUrl = writer.url();
  const slug = await writer.getByLabel("Đường dẫn").inputValue();

  // The writer may submit, but not publish or schedule.
  const workflow = writer.getByRole("region", { name: "Quy trình" });
  await expect(workflow.getByRole("button", { name: "Đăng ngay" })).toHaveCount(0);
  await expect(workflow.getByRole("button", { name: "Lên lịch đăng" })).toHaveCount(0);
  await workflow.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(workflow.getByText("Chờ duyệt").first()).toBeVisible();

  // The editor returns it with a note.
  const editor = await browser.newPage({ storageState: authFile("editor") });
  await editor.goto("/admin");
  await editor.getByRole("region", { name: "Chờ duyệt" }).getByRole("link", { name: title }).click();
  await expect(editor).toHaveURL(articleUrl);
  const editorWorkflow = editor.getByRole("region", { name: "Quy trình" });
  await editorWorkflow.getByLabel("Ghi chú kèm thao tác").fill("Cần thêm ý kiến của người dân xã Bản Phiệt.");
  await editorWorkflow.getByRole("button", { name: "Trả lại phóng viên" }).click();
  await expect(editorWorkflow.getByText("Cần thêm ý kiến của người dân xã Bản Phiệt.")).toBeVisible();

  // The writer sees the note and resubmits.
  await writer.reload();
  await expect(workflow.getByText("Cần thêm ý kiến của người dân xã Bản Phiệt.")).toBeVisible();
  await workflow.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(workflow.getByText("Chờ duyệt").first()).toBeVisible();

  // The editor schedules it a few seconds ahead, in Vietnam time.
  await editor.reload();
  const goLive = new Date(Date.now() + 15_000);
  await editorWorkflow.getByLabel("Thời điểm đăng").fill(vietnamLocal(goLive));
  await editorWorkflow.getByRole("button", { name: "Lên lịch đăng" }).click();
  await expect(editorWorkflow.getByText("Đã lên lịch").first()).toBeVisible();

  // Not public before its time …
  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  expect((await reader.goto(`/bai-viet/${slug}`))?.status()).toBe(404);
  // … public once it has passed, with nothing outside the app.
  await expect
    .poll(async () => (await reader.goto(`/bai-viet/${slug}`))?.status(), { timeout: 60_000, intervals: [2_000] })
    .toBe(200);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await Promise.all([writer.close(), editor.close(), reader.close()]);
});
