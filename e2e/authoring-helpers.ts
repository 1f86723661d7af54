import { expect, type Page } from "@playwright/test";

/** A Tiptap document of plain paragraphs. */
export const doc = (...texts: string[]) => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

/** Creates a draft through the JSON API with the page's session (its request context shares the cookies). */
export async function createArticle(page: Page, data: { title: string; paragraphs?: string[]; publish?: boolean }) {
  const response = await page.request.post("/api/admin/v1/articles", {
    data: { title: data.title, sapo: "Sapo viết cho kiểm thử lưu bài.", body: doc(...(data.paragraphs ?? ["Đoạn mở đầu."])), publish: data.publish ?? false },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; version: number; slug: string };
}

/** The save status ("Đã lưu lúc 10:42", "Đang lưu…", "Mất kết nối — …"). Other panels have live regions too: filter by text. */
export const saveStatus = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/** Puts the caret at the end of the body and types. */
export async function typeAtEndOfBody(page: Page, text: string) {
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}
