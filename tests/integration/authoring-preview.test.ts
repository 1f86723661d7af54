import "../support/fresh-database";
import { count, eq } from "drizzle-orm";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articleAuthors, articleEntities, articleRevisions, articleTransitions, articles } from "@/db/schema";
import { createArticle, getArticleForEdit, updateArticle } from "@/lib/articles";
import { buildArticlePreview } from "@/lib/articles/preview";
import { createEntity } from "@/lib/entities/records";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { ForbiddenError, UnauthenticatedError, type Actor, type Role } from "@/lib/policy";
import { SYSTEM } from "@/lib/users";
import { setUserDisabled } from "@/lib/users/admin";
import { listBylineCandidates } from "@/lib/users/staff";
import { makeGraph, makeSection, makeUser, paragraphs } from "./helpers";

let admin: Actor;
let editor: Actor;
let writer: Actor;
let otherWriter: Actor;
let disabled: Actor;
let graph: Awaited<ReturnType<typeof makeGraph>>;
let section: Awaited<ReturnType<typeof makeSection>>;
/** A person whose title changed: "Thứ trưởng" until 2015, "Bộ trưởng" from 2016. */
let minister: { id: string };

beforeAll(async () => {
  admin = await makeUser("admin");
  editor = await makeUser("editor");
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  disabled = await makeUser("writer");
  await setUserDisabled({ actor: admin, input: { id: disabled.id, disabled: true } });
  graph = await makeGraph();
  section = await makeSection("Đối ngoại");
  minister = await createEntity({
    actor: SYSTEM,
    input: {
      type: "person",
      name: "Nguyễn Văn Thử",
      positions: [
        { title: "Thứ trưởng Bộ Quốc phòng", from: "2010", to: "2015" },
        { title: "Bộ trưởng Bộ Quốc phòng", from: "2016", to: null },
      ],
    },
  });
});

const input = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  sapo: "Sapo của bài xem trước.",
  sectionId: section.id,
  body: paragraphs("Đoạn đầu.", "Đoạn hai."),
  personIds: [graph.person.id, minister.id],
  placeIds: [graph.province.id],
  eventIds: [graph.event.id],
  ...extra,
});

describe("listBylineCandidates", () => {
  it("lists the enabled staff by name, with what a byline shows and nothing more", async () => {
    const list = await listBylineCandidates({ actor: writer });
    const ids = list.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([admin.id, editor.id, writer.id, otherWriter.id]));
    expect(ids).not.toContain(disabled.id);
    expect(Object.keys(list[0]!).sort()).toEqual(["displayName", "id", "slug"]);
    expect(list.find((row) => row.id === writer.id)?.slug).toMatch(/^writer-\d+$/);
    const names = list.map((row) => row.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
  });

  it("is the same list for every role that writes", async () => {
    const [a, b, c] = await Promise.all([admin, editor, writer].map((actor) => listBylineCandidates({ actor })));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it("refuses the signed-out and any role that may not write articles", async () => {
    await expect(listBylineCandidates({ actor: null as unknown as Actor })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listBylineCandidates({ actor: { id: writer.id, role: "reader" as Role } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

/** Row counts of every table a save writes: a preview must leave them as they are. */
async function writes() {
  const db = getDb();
  const tally = async (table: typeof articles | typeof articleEntities | typeof articleAuthors | typeof articleRevisions | typeof articleTransitions) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    articles: await tally(articles),
    tags: await tally(articleEntities),
    bylines: await tally(articleAuthors),
    revisions: await tally(articleRevisions),
    transitions: await tally(articleTransitions),
  };
}

describe("buildArticlePreview", () => {
  it("resolves a new article's unsaved fields the way the public page shows them", async () => {
    const before = await writes();
    const preview = await buildArticlePreview({
      actor: editor,
      input: input("Bài chưa lưu: hai bộ trưởng gặp nhau", {
        authorIds: [writer.id, editor.id],
        source: "TTXVN",
        sourceUrl: "https://example.vn/bai-goc",
        cover: { src: "https://example.vn/anh.jpg", alt: "Hai đoàn", caption: "Lễ đón.", credit: "Ảnh: TTXVN", width: 1200, height: 800 },
        seoTitle: "Tiêu đề tìm kiếm",
      }),
    });
    expect(await writes()).toEqual(before);

    expect(preview).toMatchObject({
      title: "Bài chưa lưu: hai bộ trưởng gặp nhau",
      slug: "bai-chua-luu-hai-bo-truong-gap-nhau",
      sectionName: "Đối ngoại",
      sectionSlug: section.slug,
      source: "TTXVN",
      sourceUrl: "https://example.vn/bai-goc",
      cover: { src: "https://example.vn/anh.jpg", alt: "Hai đoàn", caption: "Lễ đón.", credit: "Ảnh: TTXVN", width: 1200, height: 800 },
      seoTitle: "Tiêu đề tìm kiếm",
      seoDescription: "",
    });
    expect(preview.authors.map((author) => author.id)).toEqual([writer.id, editor.id]);
    expect(preview.authors[0]!.slug).toMatch(/^writer-\d+$/);
    expect(preview.tags.map((tag) => tag.id)).toEqual([graph.person.id, minister.id, graph.province.id, graph.event.id]);
    // Unpublished: titles as of now.
    expect(preview.tags.find((tag) => tag.id === minister.id)?.hint).toBe("Bộ trưởng Bộ Quốc phòng");
    expect(preview.tags.find((tag) => tag.id === graph.person.id)?.hint).toBe("Bộ trưởng Bộ Quốc phòng Trung Quốc");
    expect(Math.abs(preview.publishedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(preview.body).toEqual(paragraphs("Đoạn đầu.", "Đoạn hai."));
  });

  it("signs a new article with its writer when no byline is given", async () => {
    const preview = await buildArticlePreview({ actor: writer, input: input("Không nêu tác giả") });
    expect(preview.authors.map((author) => author.id)).toEqual([writer.id]);
  });

  it("previews an article's edits without saving them: stored bylines kept, titles as of its publication", async () => {
    const saved = await createArticle({ actor: editor, publish: true, input: input("Bài đã đăng", { authorIds: [otherWriter.id] }) });
    await getDb().update(articles).set({ publishedAt: new Date("2014-06-01T03:00:00Z") }).where(eq(articles.id, saved.id));
    const before = await writes();
    const preview = await buildArticlePreview({ actor: editor, id: saved.id, input: input("Bài đã đăng, sửa chưa lưu", { slug: "duong-dan-moi" }) });
    expect(await writes()).toEqual(before);

    expect(preview.title).toBe("Bài đã đăng, sửa chưa lưu");
    expect(preview.slug).toBe("duong-dan-moi");
    expect(preview.authors.map((author) => author.id)).toEqual([otherWriter.id]);
    expect(preview.publishedAt.toISOString()).toBe("2014-06-01T03:00:00.000Z");
    expect(preview.tags.find((tag) => tag.id === minister.id)?.hint).toBe("Thứ trưởng Bộ Quốc phòng");
    const stored = await getArticleForEdit({ actor: editor, id: saved.id });
    expect(stored).toMatchObject({ title: "Bài đã đăng", slug: saved.slug, version: saved.version });
  });

  it("lets a writer preview their own draft, not someone else's, nor their own once published", async () => {
    const own = await createArticle({ actor: writer, input: input("Bản nháp của phóng viên") });
    await expect(buildArticlePreview({ actor: writer, id: own.id, input: input("Sửa bản nháp") })).resolves.toMatchObject({ title: "Sửa bản nháp" });
    await expect(buildArticlePreview({ actor: otherWriter, id: own.id, input: input("Xem trộm") })).rejects.toBeInstanceOf(ForbiddenError);
    // The editor may (they edit anything).
    await expect(buildArticlePreview({ actor: editor, id: own.id, input: input("Biên tập xem") })).resolves.toMatchObject({ title: "Biên tập xem" });
    await updateArticle({ actor: editor, id: own.id, input: input("Đã đăng"), publish: true });
    await expect(buildArticlePreview({ actor: writer, id: own.id, input: input("Sửa bài đã đăng") })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses the policy first: the signed-out, and an unknown article", async () => {
    await expect(buildArticlePreview({ actor: null as unknown as Actor, input: input("x") })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(buildArticlePreview({ actor: editor, id: "00000000-0000-4000-8000-000000000000", input: input("x") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildArticlePreview({ actor: editor, id: "not-a-uuid", input: input("x") })).rejects.toBeInstanceOf(NotFoundError);
    // Before looking at the input: someone else's article is refused whatever was sent.
    const theirs = await createArticle({ actor: writer, input: input("Của người khác") });
    await expect(buildArticlePreview({ actor: otherWriter, id: theirs.id, input: { title: "" } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  const unknown = "00000000-0000-4000-8000-000000000000";
  it.each([
    ["no title", { title: "  " }, "title"],
    ["a javascript: link in the body", { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] } }, "body"],
    ["an unknown node in the body", { body: { type: "doc", content: [{ type: "script", content: [] }] } }, "body"],
    ["a data: cover", { cover: { src: "data:image/png;base64,AAAA", alt: "x" } }, "cover"],
    ["a non-web source link", { sourceUrl: "ftp://example.vn" }, "sourceUrl"],
    ["an over-long SEO title", { seoTitle: "x".repeat(121) }, "seoTitle"],
    ["a slug with capitals", { slug: "Hoa-Binh" }, "slug"],
    ["an unknown section", { sectionId: unknown }, "sectionId"],
    ["an unknown byline", { authorIds: [unknown] }, "authorIds"],
    ["an unknown tag", { placeIds: [unknown] }, "tags"],
  ])("refuses %s with a field error and writes nothing", async (_label, extra, field) => {
    const before = await writes();
    const error = await buildArticlePreview({ actor: editor, input: input("Sai", extra) }).catch((caught: unknown) => caught);
    expect(error instanceof ZodError || error instanceof ValidationError).toBe(true);
    const path = error instanceof ZodError ? error.issues[0]?.path[0] : (error as ValidationError).field;
    expect(path).toBe(field);
    expect(await writes()).toEqual(before);
  });

});
