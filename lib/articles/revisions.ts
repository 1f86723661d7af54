import "server-only";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { articleAuthors, articleEntities, articleRevisions, articles, entities, sections, users, type EntityType } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { ForbiddenError, assertCan, canEditArticle, type Actor, type ArticleStatus } from "@/lib/policy";
import type { RichTextNode } from "@/lib/richtext/validate";
// A cycle (index.ts records revisions, restore saves through updateArticle): only used inside functions.
import { ArticleInputSchema, updateArticle, type Cover, type SavedArticle } from "./index";

/**
 * Revisions: a saved state of an article — every field, every tag, the
 * bylines — written in the same transaction as the save that made it.
 *
 * - "save" and "publish": each manual save / publish makes one.
 * - "autosave": consecutive autosaves by one author update one revision
 *   (the latest, while it is that author's autosave); any other revision ends the run.
 * - "restore": an older revision saved again as the article's new state.
 * - "conflict": a losing side of a conflict, kept so no words are lost —
 *   the other side's state when a user overwrites it, or the user's own
 *   unsaved text when they take the other side's version instead.
 */
export const REVISION_KINDS = ["save", "autosave", "publish", "restore", "conflict"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/**
 * Statuses whose text is not public, so autosave may write it directly.
 * Published and scheduled articles keep unsaved edits in the browser until an
 * explicit save ("Cập nhật"). Mirrored in components/editor/useAutosave.ts.
 */
export const AUTOSAVE_STATUSES: readonly ArticleStatus[] = ["draft", "in_review", "archived"];

export interface TagRef {
  id: string;
  type: EntityType;
  name: string;
}

export interface BylineRef {
  id: string;
  displayName: string;
}

/** What a revision holds: the article as a reader and an editor see it. */
export interface ArticleState {
  title: string;
  sapo: string;
  slug: string;
  status: ArticleStatus;
  section: { id: string; name: string } | null;
  body: RichTextNode;
  tags: TagRef[];
  authors: BylineRef[];
  source: string;
  sourceUrl: string | null;
  cover: Cover | null;
  seoTitle: string;
  seoDescription: string;
}

export interface RevisionSummary {
  id: string;
  version: number;
  kind: RevisionKind;
  author: BylineRef | null;
  createdAt: Date;
}

export interface Revision extends RevisionSummary {
  snapshot: ArticleState;
}

type Reader = Pick<ReturnType<typeof getDb>, "select">;

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** The stored state of an article (inside a transaction when given one). */
export async function articleStateOf(
  db: Reader,
  articleId: string,
): Promise<{ state: ArticleState; version: number; authorId: string | null; status: ArticleStatus } | null> {
  const [row] = await db
    .select({ article: articles, sectionName: sections.name })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, articleId));
  if (!row) return null;
  const { article } = row;
  const [tags, authors] = await Promise.all([
    db
      .select({ id: entities.id, type: entities.type, name: entities.name })
      .from(articleEntities)
      .innerJoin(entities, eq(entities.id, articleEntities.entityId))
      .where(eq(articleEntities.articleId, articleId))
      .orderBy(asc(articleEntities.position)),
    db
      .select({ id: users.id, displayName: users.displayName })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(eq(articleAuthors.articleId, articleId))
      .orderBy(asc(articleAuthors.position)),
  ]);
  return {
    version: article.version,
    authorId: article.authorId,
    status: article.status,
    state: {
      title: article.title,
      sapo: article.sapo,
      slug: article.slug,
      status: article.status,
      section: article.sectionId && row.sectionName !== null ? { id: article.sectionId, name: row.sectionName } : null,
      body: article.body as RichTextNode,
      tags,
      authors,
      source: article.source,
      sourceUrl: article.sourceUrl,
      cover: article.cover as Cover | null,
      seoTitle: article.seoTitle,
      seoDescription: article.seoDescription,
    },
  };
}

/**
 * Records the article's state, as just written by the caller's transaction, as
 * a revision. Autosaves coalesce: while the latest revision is this author's
 * autosave, it is updated instead of adding another.
 */
export async function recordRevision(tx: Transaction, entry: { articleId: string; kind: Exclude<RevisionKind, "conflict">; authorId: string | null }) {
  const current = await articleStateOf(tx, entry.articleId);
  if (!current) return;
  if (entry.kind === "autosave") {
    const [latest] = await tx
      .select({ id: articleRevisions.id, kind: articleRevisions.kind, authorId: articleRevisions.authorId })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, entry.articleId))
      .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
      .limit(1);
    if (latest && latest.kind === "autosave" && latest.authorId === entry.authorId) {
      await tx
        .update(articleRevisions)
        .set({ version: current.version, snapshot: current.state, createdAt: sql`clock_timestamp()` })
        .where(eq(articleRevisions.id, latest.id));
      return;
    }
  }
  await tx.insert(articleRevisions).values({
    articleId: entry.articleId,
    version: current.version,
    kind: entry.kind,
    authorId: entry.authorId,
    snapshot: current.state,
    // Several revisions may be written in one transaction (a conflict, then the save): keep their order.
    createdAt: sql`clock_timestamp()`,
  });
}

/**
 * Before a save overwrites someone else's version after a conflict: keep the
 * state being overwritten as a "conflict" revision, credited to whoever saved it last.
 */
export async function keepOverwrittenState(tx: Transaction, articleId: string) {
  const current = await articleStateOf(tx, articleId);
  if (!current) return;
  const [last] = await tx
    .select({ authorId: articleRevisions.authorId })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), ne(articleRevisions.kind, "conflict")))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
    .limit(1);
  await tx.insert(articleRevisions).values({
    articleId,
    version: current.version,
    kind: "conflict",
    authorId: last?.authorId ?? current.authorId,
    snapshot: current.state,
    createdAt: sql`clock_timestamp()`,
  });
}

/** Autosave never changes what readers see: refused (409) once the article is public or scheduled. */
export function assertAutosaveAllowed(article: { status: ArticleStatus; version: number }) {
  if (!AUTOSAVE_STATUSES.includes(article.status)) {
    throw new ConflictError("Bài đã xuất bản hoặc đã lên lịch: thay đổi chỉ được lưu khi bấm Lưu hoặc Cập nhật.", {
      version: article.version,
      status: article.status,
      reason: "live",
    });
  }
}

/** Loads an article for its history: 404 for unknown or malformed ids, 403 unless the actor may edit it. */
async function loadEditable(actor: Actor, articleId: string) {
  assertCan(actor, "article.create");
  if (!isUuid(articleId)) throw new NotFoundError("Bài viết không tồn tại.");
  const [article] = await getDb()
    .select({ id: articles.id, authorId: articles.authorId, status: articles.status, version: articles.version, slug: articles.slug })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) throw new NotFoundError("Bài viết không tồn tại.");
  if (!canEditArticle(actor, article)) throw new ForbiddenError();
  return article;
}

const summaryColumns = {
  id: articleRevisions.id,
  version: articleRevisions.version,
  kind: articleRevisions.kind,
  createdAt: articleRevisions.createdAt,
  authorId: articleRevisions.authorId,
  authorName: users.displayName,
};

function toSummary(row: { id: string; version: number; kind: string; createdAt: Date; authorId: string | null; authorName: string | null }): RevisionSummary {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind as RevisionKind,
    createdAt: row.createdAt,
    author: row.authorId && row.authorName !== null ? { id: row.authorId, displayName: row.authorName } : null,
  };
}

/** An article's revisions, newest first (without their snapshots). Readable by whoever may edit the article. */
export async function listRevisions({ actor, articleId, limit = 200 }: { actor: Actor; articleId: string; limit?: number }): Promise<RevisionSummary[]> {
  await loadEditable(actor, articleId);
  const rows = await getDb()
    .select(summaryColumns)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
    .limit(limit);
  return rows.map(toSummary);
}

/** One revision with its snapshot. */
export async function getRevision({ actor, articleId, revisionId }: { actor: Actor; articleId: string; revisionId: string }): Promise<Revision> {
  await loadEditable(actor, articleId);
  if (!isUuid(revisionId)) throw new NotFoundError("Phiên bản không tồn tại.");
  const [row] = await getDb()
    .select({ ...summaryColumns, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  if (!row) throw new NotFoundError("Phiên bản không tồn tại.");
  return { ...toSummary(row), snapshot: row.snapshot as ArticleState };
}

export const ConflictCopySchema = z.object({
  kind: z.literal("conflict", "Chỉ có thể lưu trực tiếp phiên bản loại “conflict”."),
  /** The article version the text was based on. */
  version: z.int("Cần có số phiên bản.").min(0),
  article: z.record(z.string(), z.unknown(), "Cần có nội dung bài (article)."),
});

/** A conflict copy keeps even an untitled text: only the shape is checked, not the rules for saving. */
const lenientInput = () =>
  ArticleInputSchema.extend({ title: z.string().trim().max(300, "Tiêu đề tối đa 300 ký tự.").default("") });

/**
 * Keeps a user's unsaved text as a "conflict" revision without changing the
 * article: used when they take the other side's version after a conflict.
 */
export async function keepConflictCopy({ actor, articleId, input }: { actor: Actor; articleId: string; input: unknown }): Promise<RevisionSummary> {
  const article = await loadEditable(actor, articleId);
  const { version, article: fields } = ConflictCopySchema.parse(input);
  const data = lenientInput().parse(fields);
  const db = getDb();
  const tagIds = [...new Set([...data.personIds, ...data.placeIds, ...data.organizationIds, ...data.eventIds, ...data.seriesIds])];
  const [tagRows, sectionRows, current] = await Promise.all([
    tagIds.length
      ? db.select({ id: entities.id, type: entities.type, name: entities.name }).from(entities).where(inArray(entities.id, tagIds))
      : Promise.resolve([]),
    data.sectionId ? db.select({ id: sections.id, name: sections.name }).from(sections).where(eq(sections.id, data.sectionId)) : Promise.resolve([]),
    articleStateOf(db, articleId),
  ]);
  const tagsById = new Map(tagRows.map((tag) => [tag.id, tag]));
  let authors = current?.state.authors ?? [];
  if (data.authorIds) {
    const rows = data.authorIds.length
      ? await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, data.authorIds))
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    authors = data.authorIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }
  const snapshot: ArticleState = {
    title: data.title,
    sapo: data.sapo,
    slug: data.slug || article.slug,
    status: article.status,
    section: sectionRows[0] ?? null,
    body: data.body.doc,
    tags: tagIds.flatMap((id) => (tagsById.has(id) ? [tagsById.get(id)!] : [])),
    authors,
    source: data.source,
    sourceUrl: data.sourceUrl,
    cover: data.cover,
    seoTitle: data.seoTitle,
    seoDescription: data.seoDescription,
  };
  const [row] = await db
    .insert(articleRevisions)
    .values({ articleId, version, kind: "conflict", authorId: actor.id, snapshot, createdAt: sql`clock_timestamp()` })
    .returning({ id: articleRevisions.id, version: articleRevisions.version, kind: articleRevisions.kind, createdAt: articleRevisions.createdAt });
  const me = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.id));
  return { ...toSummary({ ...row!, authorId: actor.id, authorName: me[0]?.displayName ?? null }) };
}

export const RestoreSchema = z.object({
  /** The article version the restoring user is looking at (optimistic concurrency, as for saves). */
  version: z.int("Cần có số phiên bản.").min(0),
});

/**
 * Saves a revision's snapshot as the article's new state, through updateArticle
 * (same policy, same version check), as a "restore" revision. The slug and the
 * status stay as they are now (public addresses do not move on a restore); tags,
 * bylines and a section that no longer exist are left out and reported.
 */
export async function restoreRevision({
  actor,
  articleId,
  revisionId,
  input,
}: {
  actor: Actor;
  articleId: string;
  revisionId: string;
  input: unknown;
}): Promise<SavedArticle & { dropped: TagRef[] }> {
  const revision = await getRevision({ actor, articleId, revisionId });
  const { version } = RestoreSchema.parse(input);
  const state = revision.snapshot;
  const db = getDb();
  const tagIds = state.tags.map((tag) => tag.id);
  const authorIds = state.authors.map((author) => author.id);
  const [liveTags, liveAuthors, liveSection] = await Promise.all([
    tagIds.length ? db.select({ id: entities.id, type: entities.type }).from(entities).where(inArray(entities.id, tagIds)) : Promise.resolve([]),
    authorIds.length ? db.select({ id: users.id }).from(users).where(inArray(users.id, authorIds)) : Promise.resolve([]),
    state.section ? db.select({ id: sections.id }).from(sections).where(eq(sections.id, state.section.id)) : Promise.resolve([]),
  ]);
  // Types come from the entities as they are now (a merged or retyped entity keeps its place).
  const typeOf = new Map(liveTags.map((tag) => [tag.id, tag.type]));
  const idsOf = (type: EntityType) => state.tags.filter((tag) => typeOf.get(tag.id) === type).map((tag) => tag.id);
  const liveAuthorIds = new Set(liveAuthors.map((author) => author.id));
  const keptAuthors = authorIds.filter((id) => liveAuthorIds.has(id));
  const saved = await updateArticle({
    actor,
    id: articleId,
    expectedVersion: version,
    revisionKind: "restore",
    input: {
      title: state.title,
      sapo: state.sapo,
      sectionId: liveSection.length ? state.section!.id : null,
      body: state.body,
      personIds: idsOf("person"),
      placeIds: idsOf("place"),
      organizationIds: idsOf("organization"),
      eventIds: idsOf("event"),
      seriesIds: idsOf("series"),
      ...(keptAuthors.length ? { authorIds: keptAuthors } : {}),
      source: state.source,
      sourceUrl: state.sourceUrl,
      cover: state.cover,
      seoTitle: state.seoTitle,
      seoDescription: state.seoDescription,
    },
  });
  return { ...saved, dropped: state.tags.filter((tag) => !typeOf.has(tag.id)) };
}
