import "server-only";
import { and, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { articleRevisions, articles, sections, users } from "@/db/schema";
import type { EntitySummary } from "@/lib/entities";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, canEditArticle, type Actor, type ArticleStatus } from "@/lib/policy";
import { createArticle, getArticleForEdit, updateArticle, type ArticleForEdit, type SavedArticle } from "./index";
import type { ArticleState, BylineRef } from "./revisions";

/**
 * The JSON API's view of articles (app/api/admin/v1/articles/**): the shape
 * of an article, the list, and the create / patch services with the API's rules
 * on top of lib/articles (same policy, same validation, same transactions).
 */

/** An article as GET, POST, PATCH and a 409's `current` return it. Dates are ISO 8601 strings. */
export interface ArticleJson extends Omit<ArticleState, "tags"> {
  id: string;
  version: number;
  sectionId: string | null;
  /** The tags with their names, in order; the `…Ids` lists are what a PATCH sends back. */
  tags: EntitySummary[];
  personIds: string[];
  placeIds: string[];
  organizationIds: string[];
  eventIds: string[];
  seriesIds: string[];
  authorIds: string[];
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Who made the latest save and when (from the revisions), when known. */
  lastSaved: { by: BylineRef | null; at: string; kind: string } | null;
  canEdit: boolean;
  canPublish: boolean;
}

export interface ArticleListItem {
  id: string;
  slug: string;
  title: string;
  status: ArticleStatus;
  version: number;
  sectionId: string | null;
  sectionName: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  canEdit: boolean;
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;
const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The request body as JSON: 400 (never 500) when it is not a JSON object. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ValidationError("Nội dung yêu cầu phải là JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new ValidationError("Nội dung yêu cầu phải là một đối tượng JSON.");
  return body as Record<string, unknown>;
}

function toJson(article: ArticleForEdit, meta: { createdAt: Date; updatedAt: Date; sectionName: string | null; lastSaved: ArticleJson["lastSaved"] }): ArticleJson {
  const idsOf = (type: EntitySummary["type"]) => article.tags.filter((tag) => tag.type === type).map((tag) => tag.id);
  return {
    id: article.id,
    version: article.version,
    title: article.title,
    sapo: article.sapo,
    slug: article.slug,
    status: article.status,
    sectionId: article.sectionId,
    section: article.sectionId && meta.sectionName !== null ? { id: article.sectionId, name: meta.sectionName } : null,
    body: article.body,
    tags: article.tags,
    personIds: idsOf("person"),
    placeIds: idsOf("place"),
    organizationIds: idsOf("organization"),
    eventIds: idsOf("event"),
    seriesIds: idsOf("series"),
    authors: article.authors,
    authorIds: article.authors.map((author) => author.id),
    source: article.source,
    sourceUrl: article.sourceUrl,
    cover: article.cover,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    publishedAt: iso(article.publishedAt),
    createdAt: meta.createdAt.toISOString(),
    updatedAt: meta.updatedAt.toISOString(),
    lastSaved: meta.lastSaved,
    canEdit: article.canEdit,
    canPublish: article.canPublish,
  };
}

/** One article as JSON, for whoever may edit it: 404 for unknown or malformed ids, 403 otherwise. */
export async function getArticleJson({ actor, id }: { actor: Actor; id: string }): Promise<ArticleJson> {
  assertCan(actor, "article.create");
  const article = await getArticleForEdit({ actor, id });
  const db = getDb();
  const [[meta], [last]] = await Promise.all([
    db
      .select({ createdAt: articles.createdAt, updatedAt: articles.updatedAt, sectionName: sections.name })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articles.id, id)),
    db
      .select({ kind: articleRevisions.kind, at: articleRevisions.createdAt, authorId: articleRevisions.authorId, authorName: users.displayName })
      .from(articleRevisions)
      .leftJoin(users, eq(users.id, articleRevisions.authorId))
      .where(and(eq(articleRevisions.articleId, id), ne(articleRevisions.kind, "conflict")))
      .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
      .limit(1),
  ]);
  if (!meta) throw new NotFoundError("Bài viết không tồn tại.");
  return toJson(article, {
    ...meta,
    lastSaved: last
      ? { kind: last.kind, at: last.at.toISOString(), by: last.authorId && last.authorName !== null ? { id: last.authorId, displayName: last.authorName } : null }
      : null,
  });
}

export const ListQuerySchema = z
  .object({
    limit: z.coerce.number("Giới hạn phải là số.").int().min(1).max(100).default(20),
    /** The id of the last article of the previous page. */
    cursor: z.uuid("Con trỏ trang không hợp lệ.").optional(),
    /** 1-based page number, for clients that prefer pages to cursors. */
    page: z.coerce.number("Số trang phải là số.").int().min(1).max(10_000).optional(),
  })
  .refine((query) => !(query.cursor && query.page), { message: "Dùng cursor hoặc page, không dùng cả hai.", path: ["cursor"] });

/**
 * Articles newest first (by creation, then id: a stable order for cursors).
 * `nextCursor` is the id to pass as `cursor` for the next page, null at the end.
 */
export async function listArticlesJson({ actor, query }: { actor: Actor; query: Record<string, string | undefined> }) {
  assertCan(actor, "article.create");
  const { limit, cursor, page } = ListQuerySchema.parse(query);
  const db = getDb();
  let after: SQL | undefined;
  if (cursor) {
    const [anchor] = await db.select({ createdAt: articles.createdAt, id: articles.id }).from(articles).where(eq(articles.id, cursor));
    if (!anchor) throw new ValidationError("Con trỏ trang không còn trỏ tới bài nào.", "cursor");
    after = sql`(${articles.createdAt}, ${articles.id}) < (select a.created_at, a.id from ${articles} a where a.id = ${cursor})`;
  }
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      version: articles.version,
      sectionId: articles.sectionId,
      sectionName: sections.name,
      authorId: articles.authorId,
      authorName: users.displayName,
      createdAt: articles.createdAt,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(after)
    .orderBy(desc(articles.createdAt), desc(articles.id))
    .limit(limit + 1)
    .offset(page ? (page - 1) * limit : 0);
  const items: ArticleListItem[] = rows.slice(0, limit).map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: iso(row.publishedAt),
    canEdit: canEditArticle(actor, row),
  }));
  const more = rows.length > limit;
  return { items, nextCursor: more ? items[items.length - 1]!.id : null, ...(page ? { page, nextPage: more ? page + 1 : null } : {}) };
}

/** Flags a POST or PATCH may carry beside the article's fields. */
const CreateFlagsSchema = z.object({
  publish: z.boolean("publish phải là true hoặc false.").default(false),
});

const PatchFlagsSchema = z
  .object({
    /** The version the edit started from: required, so no save can silently overwrite another. */
    version: z.int("Cần có số phiên bản (version) mà bản sửa dựa trên.").min(0, "Số phiên bản không hợp lệ."),
    /** An autosave: coalesced in the history, refused once the article is public. */
    autosave: z.boolean("autosave phải là true hoặc false.").default(false),
    publish: z.boolean("publish phải là true hoặc false.").default(false),
    /** After a 409: save over the current version, keeping it as a "conflict" revision. */
    overwrite: z.boolean("overwrite phải là true hoặc false.").default(false),
  })
  .refine((flags) => !(flags.autosave && flags.publish), { message: "Không thể vừa tự động lưu vừa xuất bản.", path: ["autosave"] });

const ARTICLE_FIELDS = [
  "title",
  "sapo",
  "slug",
  "sectionId",
  "body",
  "personIds",
  "placeIds",
  "organizationIds",
  "eventIds",
  "seriesIds",
  "authorIds",
  "source",
  "sourceUrl",
  "cover",
  "seoTitle",
  "seoDescription",
] as const;

function articleFields(body: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const field of ARTICLE_FIELDS) if (body[field] !== undefined) out[field] = body[field];
  return out;
}

export interface ApiSaved {
  saved: SavedArticle;
  article: ArticleJson;
}

/** POST: a new article (a draft unless `publish: true`), answered with its JSON. */
export async function createArticleFromApi({ actor, body }: { actor: Actor; body: Record<string, unknown> }): Promise<ApiSaved> {
  const { publish } = CreateFlagsSchema.parse({ publish: body.publish });
  const saved = await createArticle({ actor, input: articleFields(body), publish });
  return { saved, article: await getArticleJson({ actor, id: saved.id }) };
}

/**
 * PATCH: saves the fields present in the body over the stored ones (a field
 * left out keeps its value), if the article is still at `version`; otherwise
 * ConflictError (409) and nothing changes.
 */
export async function patchArticleFromApi({ actor, id, body }: { actor: Actor; id: string; body: Record<string, unknown> }): Promise<ApiSaved> {
  assertCan(actor, "article.create");
  if (!isUuid(id)) throw new NotFoundError("Bài viết không tồn tại.");
  const flags = PatchFlagsSchema.parse({ version: body.version, autosave: body.autosave, publish: body.publish, overwrite: body.overwrite });
  const stored = await getArticleForEdit({ actor, id });
  // Answer a stale version before anything else: the client needs the conflict, not a field error.
  if (stored.version !== flags.version) throw new ConflictError("Bài viết đã được người khác lưu trong lúc bạn sửa.", { version: stored.version });
  const idsOf = (type: EntitySummary["type"]) => stored.tags.filter((tag) => tag.type === type).map((tag) => tag.id);
  const input = {
    title: stored.title,
    sapo: stored.sapo,
    slug: stored.slug,
    sectionId: stored.sectionId,
    body: stored.body,
    personIds: idsOf("person"),
    placeIds: idsOf("place"),
    organizationIds: idsOf("organization"),
    eventIds: idsOf("event"),
    seriesIds: idsOf("series"),
    source: stored.source,
    sourceUrl: stored.sourceUrl,
    cover: stored.cover,
    seoTitle: stored.seoTitle,
    seoDescription: stored.seoDescription,
    ...articleFields(body),
  };
  const saved = await updateArticle({
    actor,
    id,
    input,
    publish: flags.publish,
    expectedVersion: flags.version,
    revisionKind: flags.autosave ? "autosave" : "save",
    overwrite: flags.overwrite,
  });
  return { saved, article: await getArticleJson({ actor, id }) };
}

/** The body of a 409: the message, the article as it is now (with its version), and the error's details. */
export async function conflictBody({ actor, id, error }: { actor: Actor; id: string; error: ConflictError }) {
  return { error: error.message, current: await getArticleJson({ actor, id }), details: error.details ?? null };
}
