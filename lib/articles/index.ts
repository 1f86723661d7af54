import "server-only";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { articleAuthors, articleEntities, articles, entities, sections, users } from "@/db/schema";
import { entityPath, existingEntityIds, summarize, type EntitySummary } from "@/lib/entities";
import { titlesOn } from "@/lib/entities/pages";
import { recordTransition } from "./workflow";
import { assertAutosaveAllowed, keepOverwrittenState, recordRevision } from "./revisions";
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from "@/lib/errors";
import { ForbiddenError, assertCan, canEditArticle, canPublishArticle, type Actor, type ArticleStatus } from "@/lib/policy";
import { publiclyVisible } from "@/lib/policy/visibility";
import { addToSearchVocabulary } from "@/lib/search/vocabulary";
import { isAllowedImageSrc } from "@/lib/richtext/urls";
import { validateArticleBody, type RichTextNode } from "@/lib/richtext/validate";
import { slugify, uniqueSlug } from "@/lib/text/slug";

/** The cover figure: an image with alt text, caption and credit ("Ảnh: TTXVN"). */
export const CoverSchema = z.object({
  src: z.string().trim().refine(isAllowedImageSrc, "Ảnh bìa phải là địa chỉ http(s) hoặc đường dẫn trong trang."),
  // Readers on screen readers get the cover through its description: required.
  alt: z.string({ error: "Cần mô tả ảnh bìa." }).trim().min(1, "Cần mô tả ảnh bìa.").max(300, "Mô tả ảnh tối đa 300 ký tự."),
  caption: z.string().trim().max(500, "Chú thích tối đa 500 ký tự.").default(""),
  credit: z.string().trim().max(200, "Nguồn ảnh tối đa 200 ký tự.").default(""),
  width: z.number().int().positive().max(20_000).optional(),
  height: z.number().int().positive().max(20_000).optional(),
});
export type Cover = z.infer<typeof CoverSchema>;

const idList = z.array(z.uuid("Thẻ không hợp lệ.")).max(50, "Tối đa 50 thẻ mỗi loại.").default([]);

/** What the article form and the API submit. The body is checked against the editor schema. */
export const ArticleInputSchema = z.object({
  title: z.string().trim().min(1, "Cần có tiêu đề.").max(300, "Tiêu đề tối đa 300 ký tự."),
  sapo: z.string().trim().max(1000, "Sapo tối đa 1000 ký tự.").default(""),
  slug: z
    .string()
    .trim()
    .max(96, "Đường dẫn tối đa 96 ký tự.")
    .regex(/^[\p{Ll}\p{N}-]*$/u, "Đường dẫn chỉ gồm chữ thường, số và dấu gạch ngang.")
    .optional(),
  sectionId: z.uuid("Chuyên mục không hợp lệ.").nullable().default(null),
  body: z.unknown().transform((value, ctx) => {
    const result = validateArticleBody(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    return { doc: result.doc, text: result.text };
  }),
  personIds: idList,
  placeIds: idList,
  organizationIds: idList,
  eventIds: idList,
  seriesIds: idList,
  /** Bylines, in order; the saving user when none are given. */
  authorIds: z.array(z.uuid("Tác giả không hợp lệ.")).max(10, "Tối đa 10 tác giả.").optional(),
  source: z.string().trim().max(200, "Nguồn tối đa 200 ký tự.").default(""),
  sourceUrl: z
    .string()
    .trim()
    .max(2048)
    .refine((value) => value === "" || /^https?:\/\//i.test(value), "Liên kết nguồn phải bắt đầu bằng http:// hoặc https://.")
    .nullable()
    .default(null)
    .transform((value) => value || null),
  cover: CoverSchema.nullable().default(null),
  seoTitle: z.string().trim().max(120, "Tiêu đề SEO tối đa 120 ký tự.").default(""),
  seoDescription: z.string().trim().max(320, "Mô tả SEO tối đa 320 ký tự.").default(""),
});
export type ArticleInput = z.input<typeof ArticleInputSchema>;
type ParsedArticle = z.output<typeof ArticleInputSchema>;

async function pickSlug(tx: Transaction, wanted: string, exceptId?: string) {
  return uniqueSlug(wanted, async (candidate) => {
    const rows = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(exceptId ? and(eq(articles.slug, candidate), ne(articles.id, exceptId)) : eq(articles.slug, candidate));
    return rows.length > 0;
  });
}

async function replaceTags(tx: Transaction, articleId: string, data: ParsedArticle) {
  const ids = [...new Set([...data.personIds, ...data.placeIds, ...data.organizationIds, ...data.eventIds, ...data.seriesIds])];
  const known = await existingEntityIds(tx, ids);
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw new ValidationError("Một thẻ đã chọn không còn tồn tại.", "tags");
  await tx.delete(articleEntities).where(eq(articleEntities.articleId, articleId));
  if (ids.length) {
    await tx.insert(articleEntities).values(ids.map((entityId, position) => ({ articleId, entityId, position })));
  }
}

/** Replaces the bylines; every author must be an existing account. */
async function replaceAuthors(tx: Transaction, articleId: string, authorIds: string[]) {
  const ids = [...new Set(authorIds)];
  if (ids.length) {
    const found = await tx.select({ id: users.id }).from(users).where(inArray(users.id, ids));
    if (found.length !== ids.length) throw new ValidationError("Một tác giả đã chọn không còn tồn tại.", "authorIds");
  }
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  if (ids.length) await tx.insert(articleAuthors).values(ids.map((userId, position) => ({ articleId, userId, position })));
}

/** The columns every save writes from the parsed input. */
function editableColumns(data: ParsedArticle) {
  return {
    title: data.title,
    sapo: data.sapo,
    body: data.body.doc,
    bodyText: data.body.text,
    sectionId: data.sectionId,
    source: data.source,
    sourceUrl: data.sourceUrl,
    cover: data.cover,
    seoTitle: data.seoTitle,
    seoDescription: data.seoDescription,
  };
}

async function checkSection(tx: Transaction, sectionId: string | null) {
  if (!sectionId) return;
  const rows = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId));
  if (rows.length === 0) throw new ValidationError("Chuyên mục không tồn tại.", "sectionId");
}

/** Retries once when two saves race for the same slug; the unique index is the real guard. */
async function withSlugRetry<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "articles_slug_idx")) return work();
    throw error;
  }
}

export interface SavedArticle {
  id: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  /** Public paths whose pages changed: the caller revalidates them. */
  changedPaths: string[];
}

export async function createArticle({ actor, input, publish = false }: { actor: Actor; input: ArticleInput | Record<string, unknown>; publish?: boolean }) {
  assertCan(actor, "article.create");
  if (publish) assertCan(actor, "article.publish");
  const data = ArticleInputSchema.parse(input);
  return withSlugRetry(() =>
    getDb().transaction(async (tx): Promise<SavedArticle> => {
      await checkSection(tx, data.sectionId);
      const slug = await pickSlug(tx, slugify(data.slug || data.title));
      const [row] = await tx
        .insert(articles)
        .values({
          slug,
          ...editableColumns(data),
          authorId: actor.id,
          status: publish ? "published" : "draft",
          publishedAt: publish ? new Date() : null,
        })
        .returning({ id: articles.id, slug: articles.slug, status: articles.status, version: articles.version });
      await replaceTags(tx, row!.id, data);
      await replaceAuthors(tx, row!.id, data.authorIds ?? [actor.id]);
      if (publish) {
        await recordTransition(tx, { articleId: row!.id, from: "draft", to: "published", actorId: actor.id });
        await addToSearchVocabulary(tx, { articleIds: [row!.id] });
      }
      await recordRevision(tx, { articleId: row!.id, kind: publish ? "publish" : "save", authorId: actor.id });
      return { ...row!, changedPaths: publish ? await publicPathsOf(tx, row!.id) : [] };
    }),
  );
}

/**
 * Saves an article; with `publish`, saves and publishes in the same transaction.
 * `expectedVersion`, when given, refuses a save based on an outdated copy.
 * Every save records a revision (lib/articles/revisions.ts) in the same
 * transaction: `revisionKind` says which ("publish" when publishing);
 * `overwrite` first keeps the state being replaced as a "conflict" revision.
 */
export async function updateArticle({
  actor,
  id,
  input,
  publish = false,
  expectedVersion,
  revisionKind = "save",
  overwrite = false,
}: {
  actor: Actor;
  id: string;
  input: ArticleInput | Record<string, unknown>;
  publish?: boolean;
  expectedVersion?: number;
  revisionKind?: "save" | "autosave" | "restore";
  overwrite?: boolean;
}) {
  const data = ArticleInputSchema.parse(input);
  return withSlugRetry(() =>
    getDb().transaction(async (tx): Promise<SavedArticle> => {
      const [current] = await tx.select().from(articles).where(eq(articles.id, id)).for("update");
      if (!current) throw new NotFoundError("Bài viết không tồn tại.");
      if (!canEditArticle(actor, current)) throw new ForbiddenError();
      if (publish && !canPublishArticle(actor, current)) throw new ForbiddenError("Bạn không có quyền xuất bản.");
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new ConflictError("Bài viết đã được người khác lưu trong lúc bạn sửa.", { version: current.version });
      }
      if (revisionKind === "autosave" && !publish) assertAutosaveAllowed(current);
      if (overwrite) await keepOverwrittenState(tx, id);
      await checkSection(tx, data.sectionId);
      const before = current.status === "published" ? await publicPathsOf(tx, id) : [];
      const slug = data.slug ? await pickSlug(tx, slugify(data.slug), id) : current.slug;
      const status = publish ? "published" : current.status;
      const [row] = await tx
        .update(articles)
        .set({
          slug,
          ...editableColumns(data),
          status,
          publishedAt: status === "published" ? (current.publishedAt ?? new Date()) : current.publishedAt,
          version: sql`${articles.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(articles.id, id))
        .returning({ id: articles.id, slug: articles.slug, status: articles.status, version: articles.version });
      await replaceTags(tx, id, data);
      if (data.authorIds) await replaceAuthors(tx, id, data.authorIds);
      if (publish && current.status !== "published") {
        await recordTransition(tx, { articleId: id, from: current.status, to: "published", actorId: actor.id });
      }
      await recordRevision(tx, { articleId: id, kind: publish ? "publish" : revisionKind, authorId: actor.id });
      // A published article's new title or sapo may bring new words.
      if (row!.status === "published") await addToSearchVocabulary(tx, { articleIds: [id] });
      const after = row!.status === "published" ? await publicPathsOf(tx, id) : [];
      return { ...row!, changedPaths: [...new Set([...before, ...after])] };
    }),
  );
}

/** The public pages an article appears on: its own, the home page and its tags' pages. */
export async function publicPathsOf(tx: Transaction, articleId: string): Promise<string[]> {
  const [article] = await tx.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId));
  const tagRows = await tx
    .select({ type: entities.type, slug: entities.slug })
    .from(articleEntities)
    .innerJoin(entities, eq(entities.id, articleEntities.entityId))
    .where(eq(articleEntities.articleId, articleId));
  return ["/", ...(article ? [`/bai-viet/${article.slug}`] : []), ...tagRows.map(entityPath)];
}

export interface ArticleForEdit {
  id: string;
  slug: string;
  title: string;
  sapo: string;
  body: RichTextNode;
  status: ArticleStatus;
  sectionId: string | null;
  authorId: string | null;
  version: number;
  publishedAt: Date | null;
  tags: EntitySummary[];
  authors: Byline[];
  source: string;
  sourceUrl: string | null;
  cover: Cover | null;
  seoTitle: string;
  seoDescription: string;
  canEdit: boolean;
  canPublish: boolean;
}

export interface Byline {
  id: string;
  displayName: string;
  /** The author page /tac-gia/[slug]. */
  slug: string | null;
}

/** Bylines of one article, in order. */
export async function bylinesOf(articleId: string): Promise<Byline[]> {
  return getDb()
    .select({ id: users.id, displayName: users.displayName, slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
}

export async function getArticleForEdit({ actor, id }: { actor: Actor; id: string }): Promise<ArticleForEdit> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("Bài viết không tồn tại.");
  const db = getDb();
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  if (!row) throw new NotFoundError("Bài viết không tồn tại.");
  if (!canEditArticle(actor, row) && !canPublishArticle(actor, row)) throw new ForbiddenError();
  const tagIds = await db
    .select({ id: articleEntities.entityId })
    .from(articleEntities)
    .where(eq(articleEntities.articleId, id))
    .orderBy(articleEntities.position);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    sapo: row.sapo,
    body: row.body as RichTextNode,
    status: row.status,
    sectionId: row.sectionId,
    authorId: row.authorId,
    version: row.version,
    publishedAt: row.publishedAt,
    tags: await summarize(tagIds.map((tag) => tag.id)),
    authors: await bylinesOf(row.id),
    source: row.source,
    sourceUrl: row.sourceUrl,
    cover: row.cover as Cover | null,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    canEdit: canEditArticle(actor, row),
    canPublish: canPublishArticle(actor, row),
  };
}

export async function listArticlesForAdmin({ actor, limit = 100 }: { actor: Actor; limit?: number }) {
  assertCan(actor, "article.create");
  const rows = await getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      authorId: articles.authorId,
      authorName: users.displayName,
      sectionName: sections.name,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.authorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .orderBy(desc(articles.updatedAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, canEdit: canEditArticle(actor, row) }));
}

/** Every section, in menu order; once per request (the masthead, the page and its 404 fallback all ask). */
export const listSections = cache(async () => getDb().select().from(sections).orderBy(sections.position, sections.name));

// ——— Public reads: every one filters with publiclyVisible() ———

export interface PublicArticleCard {
  id: string;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  sectionName: string | null;
  sectionSlug: string | null;
}

/** The columns of a PublicArticleCard (select with a left join on sections). */
export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  sapo: articles.sapo,
  publishedAt: articles.publishedAt,
  sectionName: sections.name,
  sectionSlug: sections.slug,
};

function asCards(rows: { publishedAt: Date | null }[]) {
  return rows as PublicArticleCard[];
}

export const listLatestArticles = cache(async (limit = 20): Promise<PublicArticleCard[]> => {
  const rows = await getDb()
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(publiclyVisible())
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return asCards(rows);
});

export interface PublicArticle extends PublicArticleCard {
  sectionId: string | null;
  body: RichTextNode;
  updatedAt: Date;
  authors: Byline[];
  source: string;
  sourceUrl: string | null;
  cover: Cover | null;
  seoTitle: string;
  seoDescription: string;
  tags: EntitySummary[];
}

export const getPublishedArticleBySlug = cache(async (slug: string): Promise<PublicArticle | null> => {
  const db = getDb();
  const [row] = await db
    .select({
      ...cardColumns,
      sectionId: articles.sectionId,
      body: articles.body,
      updatedAt: articles.updatedAt,
      source: articles.source,
      sourceUrl: articles.sourceUrl,
      cover: articles.cover,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.slug, slug), publiclyVisible()))
    .limit(1);
  if (!row) return null;
  const taggedAsOfPublication = async () => {
    const tagIds = await db
      .select({ id: articleEntities.entityId })
      .from(articleEntities)
      .where(eq(articleEntities.articleId, row.id))
      .orderBy(articleEntities.position);
    const tags = await summarize(tagIds.map((tag) => tag.id));
    // Each person is shown with the title they held when the article was published.
    const titles = await titlesOn(
      tags.filter((tag) => tag.type === "person").map((tag) => tag.id),
      row.publishedAt!,
    );
    return tags.map((tag) => (tag.type === "person" ? { ...tag, hint: titles.get(tag.id) ?? "" } : tag));
  };
  const [tags, authors] = await Promise.all([taggedAsOfPublication(), bylinesOf(row.id)]);
  return {
    ...(row as typeof row & { publishedAt: Date }),
    body: row.body as RichTextNode,
    cover: row.cover as Cover | null,
    authors,
    tags,
  };
});



export const SECTION_PAGE_SIZE = 20;

/** A section's published articles, newest first, one page at a time. */
export async function getSectionPage(slug: string, page: number) {
  const db = getDb();
  const [section] = await db.select().from(sections).where(eq(sections.slug, slug));
  if (!section) return null;
  const where = and(eq(articles.sectionId, section.id), publiclyVisible());
  const [rows, [count]] = await Promise.all([
    db
      .select(cardColumns)
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(SECTION_PAGE_SIZE)
      .offset((page - 1) * SECTION_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(articles).where(where),
  ]);
  const total = count?.n ?? 0;
  return { section, articles: asCards(rows), total, pages: Math.max(1, Math.ceil(total / SECTION_PAGE_SIZE)) };
}
