import "../support/fresh-database";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articleTransitions, articles } from "@/db/schema";
import { createArticle, getPublishedArticleBySlug, listLatestArticles, updateArticle } from "@/lib/articles";
import { addNote, getDashboard, listNotes, listTransitions, promoteDueArticles, transitionArticle } from "@/lib/articles/workflow";
import { ConflictError, ValidationError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/policy";
import { makeUser, paragraphs } from "./helpers";

let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  editor = await makeUser("editor");
  admin = await makeUser("admin");
});

const draft = (actor = writer, title = "Bài quy trình") => createArticle({ actor, input: { title, body: paragraphs("Nội dung.") } });
const statusOf = async (id: string) => (await getDb().select({ status: articles.status }).from(articles).where(eq(articles.id, id)))[0]!.status;

describe("the workflow", () => {
  it("writer submits, editor returns with a note, writer resubmits, editor schedules; every step is recorded", async () => {
    const article = await draft();
    await transitionArticle({ actor: writer, id: article.id, input: { to: "in_review" } });
    await transitionArticle({ actor: editor, id: article.id, input: { to: "draft", note: "Bổ sung ý kiến người dân Bản Phiệt." } });
    await transitionArticle({ actor: writer, id: article.id, input: { to: "in_review" } });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await transitionArticle({ actor: editor, id: article.id, input: { to: "scheduled", at } });
    expect(scheduled).toMatchObject({ from: "in_review", to: "scheduled" });
    const history = await listTransitions({ actor: editor, articleId: article.id });
    expect(history.map((h) => `${h.from}>${h.to}`).reverse()).toEqual(["draft>in_review", "in_review>draft", "draft>in_review", "in_review>scheduled"]);
    expect(history.find((h) => h.to === "draft")?.note).toBe("Bổ sung ý kiến người dân Bản Phiệt.");
  });

  it("refuses what a role may not do (nothing changes) and what no one may do (409)", async () => {
    const article = await draft();
    await expect(transitionArticle({ actor: writer, id: article.id, input: { to: "published" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionArticle({ actor: otherWriter, id: article.id, input: { to: "in_review" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionArticle({ actor: writer, id: article.id, input: { to: "scheduled", at: new Date(Date.now() + 60_000).toISOString() } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await statusOf(article.id)).toBe("draft");
    await transitionArticle({ actor: editor, id: article.id, input: { to: "archived" } });
    await expect(transitionArticle({ actor: admin, id: article.id, input: { to: "published" } })).rejects.toBeInstanceOf(ConflictError);
    await expect(transitionArticle({ actor: admin, id: article.id, input: { to: "in_review" } })).rejects.toBeInstanceOf(ConflictError);
    expect(await statusOf(article.id)).toBe("archived");
  });

  it("needs a future time to schedule", async () => {
    const article = await draft(editor);
    await expect(transitionArticle({ actor: editor, id: article.id, input: { to: "scheduled" } })).rejects.toBeInstanceOf(ValidationError);
    await expect(transitionArticle({ actor: editor, id: article.id, input: { to: "scheduled", at: "2020-01-01T00:00:00+07:00" } })).rejects.toBeInstanceOf(ValidationError);
    await expect(transitionArticle({ actor: editor, id: article.id, input: { to: "scheduled", at: "ngày mai" } })).rejects.toThrow();
  });

  it("a scheduled article is invisible before its time and public after it, then promoted for the record", async () => {
    const article = await draft(editor, "Bài lên lịch");
    await transitionArticle({ actor: editor, id: article.id, input: { to: "scheduled", at: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(await getPublishedArticleBySlug(article.slug)).toBeNull();
    // Its time passes (as if an hour went by).
    await getDb().update(articles).set({ publishedAt: new Date(Date.now() - 1000) }).where(eq(articles.id, article.id));
    expect(await getPublishedArticleBySlug(article.slug)).not.toBeNull();
    expect((await listLatestArticles(100)).map((a) => a.id)).toContain(article.id);
    const dashboard = await getDashboard({ actor: editor });
    expect(dashboard.scheduled.find((item) => item.id === article.id)).toBeTruthy();
    const promoted = await promoteDueArticles();
    expect(promoted.map((p) => p.id)).toContain(article.id);
    expect(await statusOf(article.id)).toBe("published");
    const [last] = await getDb().select().from(articleTransitions).where(eq(articleTransitions.articleId, article.id)).orderBy(articleTransitions.createdAt);
    expect(last).toBeTruthy();
    expect(await promoteDueArticles()).toEqual([]);
  });

  it("unpublishing hides the article at once; archiving too", async () => {
    const article = await createArticle({ actor: editor, publish: true, input: { title: "Bài sẽ gỡ", body: paragraphs("x") } });
    expect(await getPublishedArticleBySlug(article.slug)).not.toBeNull();
    const result = await transitionArticle({ actor: editor, id: article.id, input: { to: "draft" } });
    expect(result.changedPaths).toContain(`/bai-viet/${article.slug}`);
    expect(await getPublishedArticleBySlug(article.slug)).toBeNull();
  });

  it("a writer edits their own article in review but not once it is scheduled", async () => {
    const article = await draft();
    await transitionArticle({ actor: writer, id: article.id, input: { to: "in_review" } });
    await expect(updateArticle({ actor: writer, id: article.id, input: { title: "Sửa khi chờ duyệt", body: paragraphs("y") } })).resolves.toBeTruthy();
    await transitionArticle({ actor: editor, id: article.id, input: { to: "scheduled", at: new Date(Date.now() + 3_600_000).toISOString() } });
    await expect(updateArticle({ actor: writer, id: article.id, input: { title: "Sửa khi đã lên lịch", body: paragraphs("z") } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("publishing from the editor records a transition too", async () => {
    const article = await createArticle({ actor: editor, publish: true, input: { title: "Đăng thẳng", body: paragraphs("x") } });
    expect((await listTransitions({ actor: editor, articleId: article.id })).map((h) => h.to)).toEqual(["published"]);
  });
});

describe("editorial notes", () => {
  it("staff working on the article read and write notes; other writers may not", async () => {
    const article = await draft();
    await addNote({ actor: editor, articleId: article.id, input: { body: "Kiểm tra lại chức danh." } });
    await addNote({ actor: writer, articleId: article.id, input: { body: "Đã sửa." } });
    expect((await listNotes({ actor: writer, articleId: article.id })).map((n) => n.body)).toEqual(["Kiểm tra lại chức danh.", "Đã sửa."]);
    await expect(listNotes({ actor: otherWriter, articleId: article.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addNote({ actor: otherWriter, articleId: article.id, input: { body: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addNote({ actor: editor, articleId: article.id, input: { body: "  " } })).rejects.toThrow();
  });
});
