import "../support/fresh-database";
import { eq, sql } from "drizzle-orm";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articlePresence, articleRevisions, articles, entities } from "@/db/schema";
import { createArticle, getArticleForEdit, updateArticle } from "@/lib/articles";
import { leavePresence, touchPresence } from "@/lib/articles/presence";
import { getRevision, keepConflictCopy, listRevisions, restoreRevision } from "@/lib/articles/revisions";
import { createEntity } from "@/lib/entities/records";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/policy";
import { diffWords, hasChanges, tokenize } from "@/lib/text/diff";
import { SYSTEM } from "@/lib/users";
import { makeGraph, makeSection, makeUser, paragraphs } from "./helpers";

let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let graph: Awaited<ReturnType<typeof makeGraph>>;
let sectionId: string;

beforeAll(async () => {
  editor = await makeUser("editor");
  admin = await makeUser("admin");
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  graph = await makeGraph();
  sectionId = (await makeSection("Biên giới")).id;
});

const input = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  sapo: "Sapo của bài.",
  sectionId,
  body: paragraphs("Đại tướng Phan Văn Giang đón Thượng tướng Đổng Quân."),
  personIds: [graph.person.id],
  placeIds: [graph.province.id],
  eventIds: [graph.event.id],
  source: "TTXVN",
  sourceUrl: "https://example.vn/bai-goc",
  cover: { src: "https://example.vn/anh.jpg", alt: "Hai bộ trưởng", caption: "Trồng cây hữu nghị", credit: "Ảnh: TTXVN" },
  seoTitle: "Tiêu đề SEO",
  seoDescription: "Mô tả SEO",
  ...extra,
});

const versionOf = async (id: string) => (await getDb().select({ version: articles.version }).from(articles).where(eq(articles.id, id)))[0]!.version;

describe("revisions are written with every save", () => {
  it("a manual save and a publish each make one, holding every field, every tag and the bylines", async () => {
    const created = await createArticle({ actor: editor, input: input("Đón đoàn tại Lào Cai", { authorIds: [editor.id, writer.id] }) });
    await updateArticle({ actor: editor, id: created.id, input: input("Đón đoàn tại Lào Cai"), publish: true, expectedVersion: created.version });
    const revisions = await listRevisions({ actor: editor, articleId: created.id });
    expect(revisions.map((revision) => revision.kind)).toEqual(["publish", "save"]);
    expect(revisions.map((revision) => revision.version)).toEqual([created.version + 1, created.version]);
    expect(revisions[0]!.author?.id).toBe(editor.id);

    const { snapshot } = await getRevision({ actor: editor, articleId: created.id, revisionId: revisions[1]!.id });
    expect(snapshot).toMatchObject({
      title: "Đón đoàn tại Lào Cai",
      sapo: "Sapo của bài.",
      slug: created.slug,
      status: "draft",
      section: { id: sectionId, name: "Biên giới" },
      source: "TTXVN",
      sourceUrl: "https://example.vn/bai-goc",
      cover: { src: "https://example.vn/anh.jpg", alt: "Hai bộ trưởng", caption: "Trồng cây hữu nghị", credit: "Ảnh: TTXVN" },
      seoTitle: "Tiêu đề SEO",
      seoDescription: "Mô tả SEO",
    });
    expect(snapshot.body).toMatchObject({ type: "doc" });
    expect(snapshot.tags.map((tag) => `${tag.type}:${tag.name}`)).toEqual(["person:Đổng Quân", "place:Lào Cai", "event:Giao lưu hữu nghị quốc phòng biên giới lần thứ 8"]);
    expect(snapshot.authors.map((author) => author.id)).toEqual([editor.id, writer.id]);
  });

  it("autosaves coalesce into one revision per author while they continue; a manual save ends the run", async () => {
    const created = await createArticle({ actor: writer, input: input("Bản tự lưu") });
    let version = created.version;
    for (const word of ["một", "hai", "ba"]) {
      version = (await updateArticle({ actor: writer, id: created.id, input: input(`Bản tự lưu ${word}`), expectedVersion: version, revisionKind: "autosave" })).version;
    }
    let revisions = await listRevisions({ actor: writer, articleId: created.id });
    expect(revisions.map((revision) => revision.kind)).toEqual(["autosave", "save"]);
    expect(revisions[0]!.version).toBe(version);
    expect((await getRevision({ actor: writer, articleId: created.id, revisionId: revisions[0]!.id })).snapshot.title).toBe("Bản tự lưu ba");

    version = (await updateArticle({ actor: writer, id: created.id, input: input("Bản tự lưu — lưu tay"), expectedVersion: version })).version;
    version = (await updateArticle({ actor: writer, id: created.id, input: input("Bản tự lưu bốn"), expectedVersion: version, revisionKind: "autosave" })).version;
    // Another author's autosave breaks the writer's run too.
    version = (await updateArticle({ actor: editor, id: created.id, input: input("Biên tập tự lưu"), expectedVersion: version, revisionKind: "autosave" })).version;
    version = (await updateArticle({ actor: writer, id: created.id, input: input("Bản tự lưu năm"), expectedVersion: version, revisionKind: "autosave" })).version;
    revisions = await listRevisions({ actor: writer, articleId: created.id });
    expect(revisions.map((revision) => `${revision.kind}:${revision.author?.id === writer.id ? "writer" : "editor"}`)).toEqual([
      "autosave:writer",
      "autosave:editor",
      "autosave:writer",
      "save:writer",
      "autosave:writer",
      "save:writer",
    ]);
    expect(revisions[0]!.version).toBe(version);
  });

  it("autosave never changes a published article's live text", async () => {
    const created = await createArticle({ actor: editor, input: input("Bài đã đăng"), publish: true });
    await expect(
      updateArticle({ actor: editor, id: created.id, input: input("Sửa lặng lẽ"), expectedVersion: created.version, revisionKind: "autosave" }),
    ).rejects.toMatchObject({ name: "ConflictError", details: { reason: "live", status: "published" } });
    expect((await getArticleForEdit({ actor: editor, id: created.id })).title).toBe("Bài đã đăng");
    // An explicit save does.
    await updateArticle({ actor: editor, id: created.id, input: input("Bài đã đăng — cập nhật"), expectedVersion: created.version });
    expect((await getArticleForEdit({ actor: editor, id: created.id })).title).toBe("Bài đã đăng — cập nhật");
  });

  it("a failed save writes no revision", async () => {
    const created = await createArticle({ actor: editor, input: input("Không có phiên bản thừa") });
    await expect(updateArticle({ actor: editor, id: created.id, input: input(""), expectedVersion: created.version })).rejects.toBeInstanceOf(ZodError);
    await expect(updateArticle({ actor: editor, id: created.id, input: input("x", { placeIds: [graph.person.id, "00000000-0000-4000-8000-000000000000"] }) })).rejects.toThrow();
    expect(await listRevisions({ actor: editor, articleId: created.id })).toHaveLength(1);
  });
});

describe("no lost updates", () => {
  it("a save from an outdated version is refused and changes nothing; overwriting keeps the other side as a conflict revision", async () => {
    const created = await createArticle({ actor: writer, input: input("Bài hai người sửa") });
    const start = created.version;
    // The editor saves first …
    const theirs = await updateArticle({ actor: editor, id: created.id, input: input("Bản của biên tập viên"), expectedVersion: start });
    // … the writer, still on the old version, is refused.
    const stale = updateArticle({ actor: writer, id: created.id, input: input("Bản của phóng viên"), expectedVersion: start });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ details: { version: theirs.version } });
    expect((await getArticleForEdit({ actor: editor, id: created.id })).title).toBe("Bản của biên tập viên");
    expect(await versionOf(created.id)).toBe(theirs.version);

    // The writer chooses to overwrite, from the current version.
    const mine = await updateArticle({ actor: writer, id: created.id, input: input("Bản của phóng viên"), expectedVersion: theirs.version, overwrite: true });
    expect(mine.version).toBe(theirs.version + 1);
    const revisions = await listRevisions({ actor: editor, articleId: created.id });
    expect(revisions.slice(0, 3).map((revision) => revision.kind)).toEqual(["save", "conflict", "save"]);
    const conflict = await getRevision({ actor: editor, articleId: created.id, revisionId: revisions[1]!.id });
    expect(conflict.snapshot.title).toBe("Bản của biên tập viên");
    expect(conflict.version).toBe(theirs.version);
    expect(conflict.author?.id).toBe(editor.id);
  });

  it("taking the other version keeps the user's own text as a conflict revision, without changing the article", async () => {
    const created = await createArticle({ actor: writer, input: input("Bài nhường bản") });
    const theirs = await updateArticle({ actor: editor, id: created.id, input: input("Bản được giữ"), expectedVersion: created.version });
    const kept = await keepConflictCopy({
      actor: writer,
      articleId: created.id,
      input: { kind: "conflict", version: created.version, article: input("", { body: paragraphs("Những chữ không được mất.") }) },
    });
    expect(kept).toMatchObject({ kind: "conflict", version: created.version, author: { id: writer.id } });
    expect(await versionOf(created.id)).toBe(theirs.version);
    expect((await getArticleForEdit({ actor: writer, id: created.id })).title).toBe("Bản được giữ");
    const revision = await getRevision({ actor: writer, articleId: created.id, revisionId: kept.id });
    expect(JSON.stringify(revision.snapshot.body)).toContain("Những chữ không được mất.");
    expect(revision.snapshot.tags.map((tag) => tag.name)).toContain("Đổng Quân");
    // Only conflict copies may be posted; the body is still validated.
    await expect(keepConflictCopy({ actor: writer, articleId: created.id, input: { kind: "save", version: 1, article: input("x") } })).rejects.toBeInstanceOf(ZodError);
    await expect(
      keepConflictCopy({ actor: writer, articleId: created.id, input: { kind: "conflict", version: 1, article: input("x", { body: { type: "doc", content: [{ type: "script" }] } }) } }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(keepConflictCopy({ actor: otherWriter, articleId: created.id, input: { kind: "conflict", version: 1, article: input("x") } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("restoring a revision", () => {
  it("saves the snapshot as the new state — text, tags and fields — as a restore revision", async () => {
    const created = await createArticle({ actor: editor, input: input("Bản đầu", { body: paragraphs("Đoạn văn ban đầu.") }) });
    const changed = await updateArticle({
      actor: editor,
      id: created.id,
      input: input("Bản sau", { body: paragraphs("Đoạn văn đã sửa."), personIds: [], source: "Báo Quân đội", seoTitle: "" }),
      expectedVersion: created.version,
    });
    const first = (await listRevisions({ actor: editor, articleId: created.id })).at(-1)!;
    // A restore from an outdated view is refused like any save.
    await expect(restoreRevision({ actor: editor, articleId: created.id, revisionId: first.id, input: { version: created.version } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const restored = await restoreRevision({ actor: editor, articleId: created.id, revisionId: first.id, input: { version: changed.version } });
    expect(restored.version).toBe(changed.version + 1);
    expect(restored.dropped).toEqual([]);
    const now = await getArticleForEdit({ actor: editor, id: created.id });
    expect(now).toMatchObject({ title: "Bản đầu", source: "TTXVN", seoTitle: "Tiêu đề SEO", slug: changed.slug });
    expect(now.tags.map((tag) => tag.name)).toContain("Đổng Quân");
    expect(JSON.stringify(now.body)).toContain("Đoạn văn ban đầu.");
    const revisions = await listRevisions({ actor: editor, articleId: created.id });
    expect(revisions.map((revision) => revision.kind)).toEqual(["restore", "save", "save"]);
  });

  it("leaves out tags that no longer exist and says which", async () => {
    const temporary = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Cửa khẩu tạm", kind: "border_gate" } });
    const created = await createArticle({ actor: editor, input: input("Bài có thẻ sẽ xoá", { placeIds: [graph.province.id, temporary.id] }) });
    const untagged = await updateArticle({ actor: editor, id: created.id, input: input("Bài có thẻ sẽ xoá"), expectedVersion: created.version });
    await getDb().delete(entities).where(eq(entities.id, temporary.id));
    const first = (await listRevisions({ actor: editor, articleId: created.id })).at(-1)!;
    const restored = await restoreRevision({ actor: editor, articleId: created.id, revisionId: first.id, input: { version: untagged.version } });
    expect(restored.dropped.map((tag) => tag.name)).toEqual(["Cửa khẩu tạm"]);
    expect((await getArticleForEdit({ actor: editor, id: created.id })).tags.map((tag) => tag.name)).toContain("Lào Cai");
  });

  it("is for whoever may edit the article; unknown ids are 404", async () => {
    const created = await createArticle({ actor: writer, input: input("Bài riêng của phóng viên") });
    const [revision] = await listRevisions({ actor: writer, articleId: created.id });
    await expect(listRevisions({ actor: otherWriter, articleId: created.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getRevision({ actor: otherWriter, articleId: created.id, revisionId: revision!.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(restoreRevision({ actor: otherWriter, articleId: created.id, revisionId: revision!.id, input: { version: 1 } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await listRevisions({ actor: admin, articleId: created.id })).toHaveLength(1);
    await expect(listRevisions({ actor: writer, articleId: "not-a-uuid" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRevision({ actor: writer, articleId: created.id, revisionId: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
    // A revision of another article is not reachable through this one.
    const other = await createArticle({ actor: writer, input: input("Bài khác") });
    await expect(getRevision({ actor: writer, articleId: other.id, revisionId: revision!.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("presence", () => {
  it("each sees who else has the article open; stale heartbeats and those who left drop out", async () => {
    const created = await createArticle({ actor: writer, input: input("Bài đang mở") });
    expect(await touchPresence({ actor: writer, articleId: created.id })).toEqual([]);
    const seenByEditor = await touchPresence({ actor: editor, articleId: created.id });
    expect(seenByEditor.map((user) => user.id)).toEqual([writer.id]);
    expect(seenByEditor[0]!.displayName).toMatch(/^writer /);
    expect((await touchPresence({ actor: writer, articleId: created.id })).map((user) => user.id)).toEqual([editor.id]);

    // The editor's last heartbeat is a minute old: gone.
    await getDb()
      .update(articlePresence)
      .set({ seenAt: sql`now() - interval '60 seconds'` })
      .where(eq(articlePresence.userId, editor.id));
    expect(await touchPresence({ actor: writer, articleId: created.id })).toEqual([]);

    await touchPresence({ actor: admin, articleId: created.id });
    await leavePresence({ actor: admin, articleId: created.id });
    expect(await touchPresence({ actor: writer, articleId: created.id })).toEqual([]);
  });

  it("only for whoever may edit the article", async () => {
    const created = await createArticle({ actor: writer, input: input("Bài không được xem") });
    await expect(touchPresence({ actor: otherWriter, articleId: created.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(touchPresence({ actor: writer, articleId: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(touchPresence({ actor: writer, articleId: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("revisions are deleted with their article", () => {
  it("cascades", async () => {
    const created = await createArticle({ actor: editor, input: input("Bài sẽ xoá") });
    await getDb().delete(articles).where(eq(articles.id, created.id));
    expect(await getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, created.id))).toEqual([]);
  });
});

describe("word-level diff", () => {
  const sides = (parts: ReturnType<typeof diffWords>) => ({
    from: parts.filter((part) => part.op !== "insert").map((part) => part.text).join(""),
    to: parts.filter((part) => part.op !== "delete").map((part) => part.text).join(""),
  });

  it("marks changed words, keeps the rest, and rebuilds both texts", () => {
    const a = "Đại tướng Phan Văn Giang đón Thượng tướng Đổng Quân tại Lào Cai.";
    const b = "Đại tướng Phan Văn Giang tiếp Thượng tướng Đổng Quân tại cửa khẩu Lào Cai, sáng nay.";
    const parts = diffWords(a, b);
    expect(sides(parts)).toEqual({ from: a, to: b });
    expect(parts.filter((part) => part.op === "delete").map((part) => part.text)).toEqual(["đón"]);
    expect(parts.filter((part) => part.op === "insert").map((part) => part.text)).toEqual(["tiếp", "cửa khẩu ", ", sáng nay"]);
    expect(hasChanges(diffWords(a, a))).toBe(false);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "mới")).toEqual([{ op: "insert", text: "mới" }]);
    expect(tokenize("Lào Cai, 2024-04-11")).toEqual(["Lào", " ", "Cai", ",", " ", "2024-04-11"]);
  });

  it("stays fast and correct on long, very different texts", () => {
    const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => `từ${(i * seed) % 997}`).join(" ");
    const a = words(7, 6000);
    const b = words(13, 6000);
    const started = performance.now();
    const parts = diffWords(a, b);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(sides(parts)).toEqual({ from: a, to: b });
    const at = a.indexOf(" ", 20000);
    const edited = `${a.slice(0, at)} câu mới chèn vào${a.slice(at)}`;
    const small = diffWords(a, edited);
    expect(sides(small)).toEqual({ from: a, to: edited });
    expect(small.filter((part) => part.op === "insert").map((part) => part.text.trim())).toEqual(["câu mới chèn vào"]);
  });
});
