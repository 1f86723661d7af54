import "../support/fresh-database";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/users";
import { makeGraph, makeUser, paragraphs } from "./helpers";

/**
 * The HTTP layer of /api/admin/v1/articles/**: the route handlers are called
 * directly, as Next would, with the signed-in user mocked at getCurrentUser
 * (everything under it — withAuth, the policy, the services, the database — is real).
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const collection = await import("@/app/api/admin/v1/articles/route");
const item = await import("@/app/api/admin/v1/articles/[id]/route");
const presence = await import("@/app/api/admin/v1/articles/[id]/presence/route");
const revisions = await import("@/app/api/admin/v1/articles/[id]/revisions/route");
const revision = await import("@/app/api/admin/v1/articles/[id]/revisions/[revisionId]/route");
const restore = await import("@/app/api/admin/v1/articles/[id]/revisions/[revisionId]/restore/route");

type Who = Awaited<ReturnType<typeof makeUser>>;
let editor: Who;
let admin: Who;
let writer: Who;
let otherWriter: Who;
let graph: Awaited<ReturnType<typeof makeGraph>>;

beforeAll(async () => {
  editor = await makeUser("editor");
  admin = await makeUser("admin");
  writer = await makeUser("writer");
  otherWriter = await makeUser("writer");
  graph = await makeGraph();
});
beforeEach(() => {
  session.user = null;
});

const as = (who: Who | null) => {
  session.user = who ? { id: who.id, email: who.email, role: who.role, displayName: `${who.role} ${who.email}`, sessionVersion: 1 } : null;
};

const BASE = "http://localhost/api/admin/v1/articles";
function request(method: string, url: string, body?: unknown) {
  return new Request(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
const ctx = <P,>(params: P) => ({ params: Promise.resolve(params) });
async function call<P>(handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>, method: string, url: string, params: P, body?: unknown) {
  const response = await handler(request(method, url, body), ctx(params));
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

const fields = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  sapo: "Sapo qua API.",
  body: paragraphs("Nội dung gửi qua API."),
  personIds: [graph.person.id],
  placeIds: [graph.province.id],
  ...extra,
});

const create = async (who: Who, title: string, extra: Record<string, unknown> = {}) => {
  as(who);
  const response = await call(collection.POST, "POST", BASE, {}, fields(title, extra));
  expect(response.status).toBe(201);
  return response.json as { id: string; version: number; slug: string };
};
const get = (id: string) => call(item.GET, "GET", `${BASE}/${id}`, { id });
const patch = (id: string, body: unknown) => call(item.PATCH, "PATCH", `${BASE}/${id}`, { id }, body);

describe("authentication and authorization", () => {
  it("401 without a session, on every route", async () => {
    as(null);
    const id = "00000000-0000-4000-8000-000000000000";
    const responses = await Promise.all([
      call(collection.GET, "GET", BASE, {}),
      call(collection.POST, "POST", BASE, {}, fields("x")),
      get(id),
      patch(id, { version: 1 }),
      call(presence.POST, "POST", `${BASE}/${id}/presence`, { id }),
      call(presence.DELETE, "DELETE", `${BASE}/${id}/presence`, { id }),
      call(revisions.GET, "GET", `${BASE}/${id}/revisions`, { id }),
      call(revisions.POST, "POST", `${BASE}/${id}/revisions`, { id }, {}),
      call(revision.GET, "GET", `${BASE}/${id}/revisions/${id}`, { id, revisionId: id }),
      call(restore.POST, "POST", `${BASE}/${id}/revisions/${id}/restore`, { id, revisionId: id }, { version: 1 }),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(response.json.error).toBe("Vui lòng đăng nhập.");
    }
  });

  it("403 when the policy forbids: another writer's article, publishing as a writer", async () => {
    const mine = await create(writer, "Bài của phóng viên");
    as(otherWriter);
    expect((await get(mine.id)).status).toBe(403);
    expect((await patch(mine.id, { version: mine.version, title: "Chiếm bài" })).status).toBe(403);
    expect((await call(presence.POST, "POST", `${BASE}/${mine.id}/presence`, { id: mine.id })).status).toBe(403);
    expect((await call(revisions.GET, "GET", `${BASE}/${mine.id}/revisions`, { id: mine.id })).status).toBe(403);
    as(writer);
    expect((await patch(mine.id, { version: mine.version, publish: true })).status).toBe(403);
    expect((await call(collection.POST, "POST", BASE, {}, { ...fields("Tự đăng"), publish: true })).status).toBe(403);
    // Unchanged.
    as(editor);
    expect((await get(mine.id)).json).toMatchObject({ title: "Bài của phóng viên", version: mine.version, status: "draft" });
  });

  it("404 for unknown and malformed ids", async () => {
    as(editor);
    for (const id of ["00000000-0000-4000-8000-000000000000", "khong-phai-uuid", "1"]) {
      expect((await get(id)).status).toBe(404);
      expect((await patch(id, { version: 1, title: "x" })).status).toBe(404);
      expect((await call(presence.POST, "POST", `${BASE}/${id}/presence`, { id })).status).toBe(404);
      expect((await call(revisions.GET, "GET", `${BASE}/${id}/revisions`, { id })).status).toBe(404);
    }
    const article = await create(editor, "Bài có phiên bản");
    expect((await call(revision.GET, "GET", `${BASE}/${article.id}/revisions/x`, { id: article.id, revisionId: "x" })).status).toBe(404);
  });
});

describe("creating and reading", () => {
  it("POST creates a draft: 201 with its id, version and a Location; GET returns it with its version", async () => {
    as(writer);
    const response = await call(collection.POST, "POST", BASE, {}, fields("Tạo qua API", { seoTitle: "SEO", source: "TTXVN" }));
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ title: "Tạo qua API", status: "draft", version: 1, slug: "tao-qua-api", source: "TTXVN", seoTitle: "SEO" });
    expect(response.headers.get("location")).toBe(`/api/admin/v1/articles/${response.json.id}`);
    const read = await get(response.json.id);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({
      id: response.json.id,
      version: 1,
      personIds: [graph.person.id],
      placeIds: [graph.province.id],
      authorIds: [writer.id],
      canEdit: true,
      canPublish: false,
      lastSaved: { kind: "save", by: { id: writer.id } },
    });
    expect(read.json.tags.map((tag: { name: string }) => tag.name)).toEqual(["Đổng Quân", "Lào Cai"]);
    expect(read.json.body).toMatchObject({ type: "doc" });
    expect(read.headers.get("cache-control")).toContain("no-store");
  });

  it("an editor may create and publish at once", async () => {
    as(editor);
    const response = await call(collection.POST, "POST", BASE, {}, { ...fields("Đăng ngay qua API"), publish: true });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ status: "published" });
    expect(response.json.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("GET lists newest first, by cursor or by page", async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) ids.push((await create(editor, `Bài danh sách ${n}`)).id);
    as(writer);
    const first = await call(collection.GET, "GET", `${BASE}?limit=2`, {});
    expect(first.status).toBe(200);
    expect(first.json.items.map((row: { id: string }) => row.id)).toEqual([ids[4], ids[3]]);
    expect(first.json.items[0]).toMatchObject({ title: "Bài danh sách 5", status: "draft", version: 1, canEdit: false });
    const second = await call(collection.GET, "GET", `${BASE}?limit=2&cursor=${first.json.nextCursor}`, {});
    expect(second.json.items.map((row: { id: string }) => row.id)).toEqual([ids[2], ids[1]]);
    const paged = await call(collection.GET, "GET", `${BASE}?limit=2&page=2`, {});
    expect(paged.json).toMatchObject({ page: 2, nextPage: 3 });
    expect(paged.json.items.map((row: { id: string }) => row.id)).toEqual([ids[2], ids[1]]);
    // To the end.
    let cursor: string | null = first.json.nextCursor;
    let seen = 2;
    while (cursor) {
      const page = await call(collection.GET, "GET", `${BASE}?limit=50&cursor=${cursor}`, {});
      seen += page.json.items.length;
      cursor = page.json.nextCursor;
    }
    expect(seen).toBeGreaterThanOrEqual(5);
    for (const bad of ["limit=0", "limit=1000", "limit=abc", "cursor=xyz", "cursor=00000000-0000-4000-8000-000000000000", `cursor=${ids[0]}&page=2`, "page=-1"]) {
      expect((await call(collection.GET, "GET", `${BASE}?${bad}`, {})).status, bad).toBe(400);
    }
  });
});

describe("bad input is a 400 with field errors, never a 500", () => {
  it("on POST", async () => {
    as(editor);
    const cases: [unknown, string][] = [
      ["{not json", "_"],
      ["[1,2]", "_"],
      ["null", "_"],
      [{ ...fields(""), title: "" }, "title"],
      [{ ...fields("x"), body: { type: "doc", content: [{ type: "script", content: [] }] } }, "body"],
      [
        {
          ...fields("x"),
          body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "bấm", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] },
        },
        "body",
      ],
      [{ ...fields("x"), body: "không phải tài liệu" }, "body"],
      [{ ...fields("x"), personIds: ["x"] }, "personIds"],
      [{ ...fields("x"), sectionId: "khong" }, "sectionId"],
      [{ ...fields("x"), cover: 5 }, "cover"],
      [{ ...fields("x"), sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
      [{ ...fields("x"), publish: "yes" }, "publish"],
    ];
    for (const [body, field] of cases) {
      const response = await call(collection.POST, "POST", BASE, {}, body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(typeof response.json.error).toBe("string");
      if (field !== "_") expect(Object.keys(response.json.fieldErrors ?? {}), JSON.stringify(body).slice(0, 80)).toContain(field);
    }
    // A tag that does not exist is a 400 too (a rule on the data, not its shape).
    const missingTag = await call(collection.POST, "POST", BASE, {}, fields("x", { placeIds: ["00000000-0000-4000-8000-000000000000"] }));
    expect(missingTag.status).toBe(400);
  });

  it("on PATCH: the version is required", async () => {
    const article = await create(editor, "Bài cần phiên bản");
    for (const body of [{ title: "Không có version" }, { version: "1", title: "x" }, { version: 1.5 }, { version: -1 }, { version: null }]) {
      const response = await patch(article.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(response.json.fieldErrors)).toContain("version");
    }
    expect((await patch(article.id, "{")).status).toBe(400);
    expect((await patch(article.id, { version: article.version, title: "" })).status).toBe(400);
    expect((await patch(article.id, { version: article.version, body: { type: "doc", content: [{ type: "iframe" }] } })).json.fieldErrors).toHaveProperty("body");
    expect((await patch(article.id, { version: article.version, autosave: true, publish: true })).status).toBe(400);
    expect((await get(article.id)).json.version).toBe(article.version);
  });
});

describe("saving without lost updates", () => {
  it("200 with the new version; fields left out keep their values", async () => {
    const article = await create(writer, "Bài sửa từng phần", { source: "TTXVN" });
    const saved = await patch(article.id, { version: article.version, title: "Bài sửa từng phần — tiêu đề mới" });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ version: article.version + 1, title: "Bài sửa từng phần — tiêu đề mới", sapo: "Sapo qua API.", source: "TTXVN" });
    expect(saved.json.personIds).toEqual([graph.person.id]);
    const cleared = await patch(article.id, { version: saved.json.version, personIds: [], source: "" });
    expect(cleared.json).toMatchObject({ personIds: [], source: "", placeIds: [graph.province.id] });
  });

  it("409 with the current article when someone else saved first; nothing changes; overwrite keeps theirs in the history", async () => {
    const article = await create(writer, "Bài tranh chấp");
    as(editor);
    const theirs = await patch(article.id, { version: article.version, title: "Bản của biên tập viên" });
    expect(theirs.status).toBe(200);

    as(writer);
    const conflict = await patch(article.id, { version: article.version, title: "Bản của phóng viên", sapo: "Sapo của phóng viên." });
    expect(conflict.status).toBe(409);
    expect(conflict.json.error).toBe("Bài viết đã được người khác lưu trong lúc bạn sửa.");
    expect(conflict.json.current).toMatchObject({ id: article.id, version: theirs.json.version, title: "Bản của biên tập viên", lastSaved: { by: { id: editor.id } } });
    expect(conflict.json.details).toMatchObject({ version: theirs.json.version });
    expect((await get(article.id)).json).toMatchObject({ title: "Bản của biên tập viên", sapo: "Sapo qua API.", version: theirs.json.version });

    // Overwrite: re-PATCH from the current version.
    const overwritten = await patch(article.id, { version: conflict.json.current.version, title: "Bản của phóng viên", overwrite: true });
    expect(overwritten.status).toBe(200);
    expect(overwritten.json).toMatchObject({ title: "Bản của phóng viên", version: theirs.json.version + 1 });

    const history = await call(revisions.GET, "GET", `${BASE}/${article.id}/revisions`, { id: article.id });
    expect(history.json.revisions.map((row: { kind: string }) => row.kind)).toEqual(["save", "conflict", "save", "save"]);
    const lost = await call(revision.GET, "GET", `${BASE}/${article.id}/revisions/${history.json.revisions[1].id}`, {
      id: article.id,
      revisionId: history.json.revisions[1].id,
    });
    expect(lost.status).toBe(200);
    expect(lost.json).toMatchObject({ kind: "conflict", author: { id: editor.id }, snapshot: { title: "Bản của biên tập viên" } });
  });

  it("taking theirs: the user's text is posted as a conflict revision", async () => {
    const article = await create(writer, "Bài nhường");
    as(editor);
    await patch(article.id, { version: article.version, title: "Bản thắng" });
    as(writer);
    const kept = await call(revisions.POST, "POST", `${BASE}/${article.id}/revisions`, { id: article.id }, {
      kind: "conflict",
      version: article.version,
      article: fields("Bản thua", { body: paragraphs("Chữ của phóng viên.") }),
    });
    expect(kept.status).toBe(201);
    expect(kept.json).toMatchObject({ kind: "conflict", version: article.version, author: { id: writer.id } });
    expect((await get(article.id)).json.title).toBe("Bản thắng");
    expect((await call(revisions.POST, "POST", `${BASE}/${article.id}/revisions`, { id: article.id }, { kind: "save", version: 1, article: {} })).status).toBe(400);
    expect((await call(revisions.POST, "POST", `${BASE}/${article.id}/revisions`, { id: article.id }, "nope")).status).toBe(400);
  });

  it("autosave saves drafts but is refused (409, reason live) for a published article", async () => {
    const draft = await create(editor, "Bản nháp tự lưu");
    const autosaved = await patch(draft.id, { version: draft.version, title: "Bản nháp tự lưu 2", autosave: true });
    expect(autosaved.status).toBe(200);
    as(editor);
    const live = await call(collection.POST, "POST", BASE, {}, { ...fields("Bài đang hiển thị"), publish: true });
    const refused = await patch(live.json.id, { version: live.json.version, title: "Sửa lặng lẽ", autosave: true });
    expect(refused.status).toBe(409);
    expect(refused.json.details).toMatchObject({ reason: "live" });
    expect((await get(live.json.id)).json.title).toBe("Bài đang hiển thị");
  });

  it("publishing through PATCH", async () => {
    const article = await create(writer, "Bài chờ đăng");
    as(editor);
    const published = await patch(article.id, { version: article.version, publish: true });
    expect(published.status).toBe(200);
    expect(published.json).toMatchObject({ status: "published", version: article.version + 1 });
  });
});

describe("revisions and restore over HTTP", () => {
  it("restores an older revision as the new state; a stale version is a 409", async () => {
    const article = await create(editor, "Bài khôi phục");
    const changed = await patch(article.id, { version: article.version, title: "Bài khôi phục — đã sửa", placeIds: [] });
    const history = await call(revisions.GET, "GET", `${BASE}/${article.id}/revisions`, { id: article.id });
    const first = history.json.revisions.at(-1);
    const url = `${BASE}/${article.id}/revisions/${first.id}/restore`;
    const params = { id: article.id, revisionId: first.id };
    expect((await call(restore.POST, "POST", url, params, {})).status).toBe(400);
    const stale = await call(restore.POST, "POST", url, params, { version: article.version });
    expect(stale.status).toBe(409);
    expect(stale.json.current.version).toBe(changed.json.version);
    const restored = await call(restore.POST, "POST", url, params, { version: changed.json.version });
    expect(restored.status).toBe(200);
    expect(restored.json.article).toMatchObject({ title: "Bài khôi phục", placeIds: [graph.province.id], version: changed.json.version + 1 });
    expect(restored.json.dropped).toEqual([]);
    const after = await call(revisions.GET, "GET", `${BASE}/${article.id}/revisions`, { id: article.id });
    expect(after.json.revisions[0]).toMatchObject({ kind: "restore", author: { id: editor.id } });
  });
});

describe("presence over HTTP", () => {
  it("heartbeats answer who else is there; DELETE leaves", async () => {
    const article = await create(writer, "Bài đang mở qua API");
    const url = `${BASE}/${article.id}/presence`;
    as(writer);
    expect((await call(presence.POST, "POST", url, { id: article.id })).json).toMatchObject({ others: [], heartbeatSeconds: 15, windowSeconds: 45 });
    as(admin);
    const seen = await call(presence.POST, "POST", url, { id: article.id });
    expect(seen.json.others.map((user: { id: string }) => user.id)).toEqual([writer.id]);
    as(writer);
    expect((await call(presence.POST, "POST", url, { id: article.id })).json.others.map((user: { id: string }) => user.id)).toEqual([admin.id]);
    as(admin);
    expect((await call(presence.DELETE, "DELETE", url, { id: article.id })).status).toBe(204);
    as(writer);
    expect((await call(presence.POST, "POST", url, { id: article.id })).json.others).toEqual([]);
  });
});
