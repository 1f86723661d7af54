import "../support/fresh-database";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createArticle,
  getArticleForEdit,
  getPublishedArticleBySlug,
  listArticlesForAdmin,
  listLatestArticles,
  updateArticle,
} from "@/lib/articles";
import { listTimeline } from "@/lib/entities/pages";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { ForbiddenError, UnauthenticatedError } from "@/lib/policy";
import { makeGraph, makeSection, makeUser, paragraphs } from "./helpers";

let editor: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let graph: Awaited<ReturnType<typeof makeGraph>>;
let sectionId: string;

beforeAll(async () => {
  editor = await makeUser("editor");
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  graph = await makeGraph();
  sectionId = (await makeSection()).id;
});

const input = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  sapo: "Sapo của bài.",
  sectionId,
  body: paragraphs("Đại tướng Phan Văn Giang đón Thượng tướng Đổng Quân."),
  personIds: [graph.person.id],
  placeIds: [graph.province.id],
  eventIds: [graph.event.id],
  ...extra,
});

describe("creating and publishing", () => {
  it("an editor writes, tags and publishes; readers then see it everywhere it belongs", async () => {
    const saved = await createArticle({ actor: editor, input: input("Đón đoàn Trung Quốc tại Lào Cai") });
    expect(saved.slug).toBe("don-doan-trung-quoc-tai-lao-cai");
    expect(saved.status).toBe("draft");
    expect(await getPublishedArticleBySlug(saved.slug)).toBeNull();

    const published = await updateArticle({ actor: editor, id: saved.id, input: input("Đón đoàn Trung Quốc tại Lào Cai"), publish: true });
    expect(published.status).toBe("published");
    expect(published.version).toBe(saved.version + 1);
    expect(published.changedPaths).toEqual(
      expect.arrayContaining(["/", `/bai-viet/${saved.slug}`, "/nhan-vat/dong-quan", "/dia-danh/lao-cai", `/su-kien/${graph.event.slug}`]),
    );

    const article = await getPublishedArticleBySlug(saved.slug);
    expect(article?.title).toBe("Đón đoàn Trung Quốc tại Lào Cai");
    expect(article?.tags.map((tag) => tag.name).sort()).toEqual(["Giao lưu hữu nghị quốc phòng biên giới lần thứ 8", "Lào Cai", "Đổng Quân"].sort());
    expect((await listLatestArticles()).map((a) => a.id)).toContain(saved.id);
    for (const entity of [graph.person, graph.province, graph.event]) {
      const { articles } = await listTimeline([entity.id], 1);
      expect(articles.map((a) => a.id)).toContain(saved.id);
    }
  });

  it("keeps drafts off every public list", async () => {
    const draft = await createArticle({ actor: writer, input: input("Bản nháp chưa đăng") });
    expect(await getPublishedArticleBySlug(draft.slug)).toBeNull();
    expect((await listLatestArticles(100)).map((a) => a.id)).not.toContain(draft.id);
    expect((await listTimeline([graph.person.id], 1)).articles.map((a) => a.id)).not.toContain(draft.id);
  });

  it("makes slugs unique", async () => {
    const a = await createArticle({ actor: editor, input: input("Cùng một tiêu đề") });
    const b = await createArticle({ actor: editor, input: input("Cùng một tiêu đề") });
    expect(a.slug).toBe("cung-mot-tieu-de");
    expect(b.slug).toBe("cung-mot-tieu-de-2");
  });

  it("orders an entity's coverage newest first", async () => {
    const first = await createArticle({ actor: editor, input: input("Bài cũ hơn"), publish: true });
    const second = await createArticle({ actor: editor, input: input("Bài mới hơn"), publish: true });
    const ids = (await listTimeline([graph.person.id], 1)).articles.map((a) => a.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
  });
});

describe("the policy, enforced by the services", () => {
  it("a writer cannot publish, not even their own draft, and nothing changes", async () => {
    await expect(createArticle({ actor: writer, input: input("Bài của phóng viên"), publish: true })).rejects.toBeInstanceOf(ForbiddenError);
    const draft = await createArticle({ actor: writer, input: input("Bài nháp của phóng viên") });
    await expect(updateArticle({ actor: writer, id: draft.id, input: input("Đổi tiêu đề"), publish: true })).rejects.toBeInstanceOf(ForbiddenError);
    const after = await getArticleForEdit({ actor: writer, id: draft.id });
    expect(after.status).toBe("draft");
    expect(after.title).toBe("Bài nháp của phóng viên");
    expect(after.canPublish).toBe(false);
  });

  it("a writer edits their own draft but not another writer's", async () => {
    const draft = await createArticle({ actor: writer, input: input("Bài A") });
    await expect(updateArticle({ actor: writer, id: draft.id, input: input("Bài A sửa") })).resolves.toMatchObject({ status: "draft" });
    await expect(updateArticle({ actor: otherWriter, id: draft.id, input: input("Chiếm bài") })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getArticleForEdit({ actor: otherWriter, id: draft.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a writer cannot edit their article once it is published", async () => {
    const draft = await createArticle({ actor: writer, input: input("Bài sẽ được đăng") });
    await updateArticle({ actor: editor, id: draft.id, input: input("Bài sẽ được đăng"), publish: true });
    await expect(updateArticle({ actor: writer, id: draft.id, input: input("Sửa sau khi đăng") })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the admin list marks what each role may edit", async () => {
    const mine = await createArticle({ actor: otherWriter, input: input("Bài riêng") });
    const list = await listArticlesForAdmin({ actor: writer });
    expect(list.find((a) => a.id === mine.id)?.canEdit).toBe(false);
    const asEditor = await listArticlesForAdmin({ actor: editor });
    expect(asEditor.find((a) => a.id === mine.id)?.canEdit).toBe(true);
  });

  it("refuses anonymous callers", async () => {
    await expect(createArticle({ actor: null as never, input: input("x") })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("bad input", () => {
  it("names the field for a missing title", async () => {
    const error = await createArticle({ actor: editor, input: input("   ") }).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.path).toEqual(["title"]);
  });

  it("refuses a body with a javascript: link or an unknown node", async () => {
    const badLink = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    const error = await createArticle({ actor: editor, input: input("Liên kết xấu", { body: badLink }) }).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.path).toEqual(["body"]);
    await expect(createArticle({ actor: editor, input: input("Nút lạ", { body: { type: "doc", content: [{ type: "iframe" }] } }) })).rejects.toBeInstanceOf(ZodError);
  });

  it("refuses tags that do not exist and writes nothing", async () => {
    const before = (await listArticlesForAdmin({ actor: editor })).length;
    await expect(
      createArticle({ actor: editor, input: input("Thẻ ma", { personIds: ["00000000-0000-4000-8000-000000000000"] }) }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await listArticlesForAdmin({ actor: editor })).length).toBe(before);
  });

  it("refuses an unknown section", async () => {
    await expect(createArticle({ actor: editor, input: input("Chuyên mục ma", { sectionId: "00000000-0000-4000-8000-000000000000" }) })).rejects.toBeInstanceOf(ValidationError);
  });

  it("answers not found for unknown or malformed ids", async () => {
    await expect(getArticleForEdit({ actor: editor, id: "not-a-uuid" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateArticle({ actor: editor, id: "00000000-0000-4000-8000-000000000000", input: input("x") })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a save based on an outdated version", async () => {
    const saved = await createArticle({ actor: editor, input: input("Phiên bản") });
    await updateArticle({ actor: editor, id: saved.id, input: input("Phiên bản 2"), expectedVersion: saved.version });
    await expect(updateArticle({ actor: editor, id: saved.id, input: input("Phiên bản cũ"), expectedVersion: saved.version })).rejects.toBeInstanceOf(ConflictError);
    expect((await getArticleForEdit({ actor: editor, id: saved.id })).title).toBe("Phiên bản 2");
  });
});

describe("bylines, source, cover and SEO", () => {
  it("saves them and shows them on the public article", async () => {
    const saved = await createArticle({
      actor: editor,
      publish: true,
      input: input("Bài có ảnh bìa", {
        authorIds: [writer.id, editor.id],
        source: "TTXVN",
        sourceUrl: "https://example.vn/bai-goc",
        cover: { src: "https://example.vn/anh.jpg", alt: "Hai đoàn tại cửa khẩu", caption: "Lễ đón tại Lào Cai.", credit: "Ảnh: TTXVN", width: 1200, height: 800 },
        seoTitle: "Tiêu đề cho tìm kiếm",
        seoDescription: "Mô tả cho tìm kiếm.",
      }),
    });
    const article = await getPublishedArticleBySlug(saved.slug);
    expect(article?.authors.map((a) => a.id)).toEqual([writer.id, editor.id]);
    expect(article).toMatchObject({ source: "TTXVN", sourceUrl: "https://example.vn/bai-goc", seoTitle: "Tiêu đề cho tìm kiếm" });
    expect(article?.cover).toMatchObject({ credit: "Ảnh: TTXVN", width: 1200 });
  });

  it("defaults the byline to the author and keeps it when a save does not say", async () => {
    const saved = await createArticle({ actor: writer, input: input("Bài của tôi") });
    await updateArticle({ actor: writer, id: saved.id, input: input("Bài của tôi, sửa") });
    expect((await getArticleForEdit({ actor: writer, id: saved.id })).authors.map((a) => a.id)).toEqual([writer.id]);
  });

  it.each([
    ["a javascript: cover", { cover: { src: "javascript:alert(1)" } }, "cover"],
    ["a data: cover", { cover: { src: "data:image/png;base64,AAAA" } }, "cover"],
    ["a cover without a description", { cover: { src: "https://example.vn/anh.jpg", alt: " " } }, "cover"],
    ["a non-web source link", { sourceUrl: "ftp://example.vn" }, "sourceUrl"],
    ["an unknown byline", { authorIds: ["00000000-0000-4000-8000-000000000000"] }, "authorIds"],
  ])("refuses %s", async (_label, extra, field) => {
    const error = await createArticle({ actor: editor, input: input("Sai", extra) }).catch((e) => e);
    const path = error instanceof ZodError ? error.issues[0]?.path[0] : (error as ValidationError).field;
    expect(path).toBe(field);
  });
});
