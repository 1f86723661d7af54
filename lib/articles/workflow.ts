import "server-only";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { articleAuthors, articleNotes, articleTransitions, articles, users } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { publicPathsOf } from "./index";
import { recordRevision } from "./revisions";
import { addToSearchVocabulary } from "@/lib/search/vocabulary";
import { ARTICLE_STATUSES, ForbiddenError, TRANSITIONS, assertCan, canEditArticle, canTransition, type Actor, type ArticleStatus } from "@/lib/policy";


export const TransitionSchema = z.object({
  to: z.enum(ARTICLE_STATUSES, "Trạng thái đích không hợp lệ."),
  /** For "scheduled": when the article goes live (ISO 8601 with offset). */
  at: z.iso.datetime({ offset: true, error: "Thời điểm phải theo ISO 8601, ví dụ 2026-12-01T08:00:00+07:00." }).optional(),
  note: z.string().trim().max(2000, "Ghi chú tối đa 2000 ký tự.").default(""),
});
export type TransitionInput = z.input<typeof TransitionSchema>;

export interface TransitionResult {
  id: string;
  from: ArticleStatus;
  to: ArticleStatus;
  version: number;
  publishedAt: Date | null;
  /** Public paths whose pages changed: the caller revalidates them. */
  changedPaths: string[];
}

const AUDITED: Partial<Record<ArticleStatus, string>> = {
  published: "article.publish",
  scheduled: "article.schedule",
  archived: "article.archive",
};

/** Records a transition (and its audit entry) inside the caller's transaction. */
export async function recordTransition(
  tx: Transaction,
  entry: { articleId: string; from: ArticleStatus; to: ArticleStatus; actorId: string | null; note?: string; details?: Record<string, unknown> },
) {
  await tx.insert(articleTransitions).values({
    articleId: entry.articleId,
    fromStatus: entry.from,
    toStatus: entry.to,
    actorId: entry.actorId,
    note: entry.note ?? "",
  });
  const action = entry.from === "published" && entry.to === "draft" ? "article.unpublish" : AUDITED[entry.to];
  if (action) {
    await recordAudit(tx, {
      actor: entry.actorId ? { id: entry.actorId } : "system",
      action,
      targetType: "article",
      targetId: entry.articleId,
      details: { from: entry.from, to: entry.to, ...entry.details },
    });
  }
}

/**
 * Moves an article through the workflow under the policy: 403 when the role
 * may not, 409 when the move is impossible from the current state. Scheduling
 * needs a future time; the article is public from then on (publiclyVisible).
 */
export async function transitionArticle({ actor, id, input }: { actor: Actor; id: string; input: TransitionInput }): Promise<TransitionResult> {
  assertCan(actor, "article.create");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("Bài viết không tồn tại.");
  const data = TransitionSchema.parse(input);
  return getDb().transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, id)).for("update");
    if (!article) throw new NotFoundError("Bài viết không tồn tại.");
    const from = article.status;
    if (!TRANSITIONS[from].includes(data.to)) {
      throw new ConflictError(`Không thể chuyển bài từ "${from}" sang "${data.to}".`, { status: from, allowed: TRANSITIONS[from] });
    }
    if (!canTransition(actor, article, data.to)) throw new ForbiddenError();
    let publishedAt = article.publishedAt;
    let scheduledAt = article.scheduledAt;
    if (data.to === "scheduled") {
      if (!data.at) throw new ValidationError("Cần chọn thời điểm đăng.", "at");
      const at = new Date(data.at);
      if (at.getTime() <= Date.now()) throw new ValidationError("Thời điểm đăng phải ở tương lai.", "at");
      scheduledAt = at;
      publishedAt = at;
    } else if (data.to === "published") {
      publishedAt = from === "scheduled" && article.publishedAt && article.publishedAt.getTime() <= Date.now() ? article.publishedAt : (article.status === "published" ? article.publishedAt : new Date());
      scheduledAt = null;
    } else if (data.to === "draft" || data.to === "in_review") {
      scheduledAt = null;
    }
    const [row] = await tx
      .update(articles)
      .set({ status: data.to, publishedAt, scheduledAt, version: sql`${articles.version} + 1`, updatedAt: new Date() })
      .where(eq(articles.id, id))
      .returning({ version: articles.version });
    await recordTransition(tx, { articleId: id, from, to: data.to, actorId: actor.id, note: data.note, details: scheduledAt ? { at: scheduledAt.toISOString() } : undefined });
    // Each publish is a revision, whichever button did it; its words become searchable (corrections, lib/search).
    if (data.to === "published") {
      await recordRevision(tx, { articleId: id, kind: "publish", authorId: actor.id });
      await addToSearchVocabulary(tx, { articleIds: [id] });
    }
    const wasPublic = from === "published" || (from === "scheduled" && (article.publishedAt?.getTime() ?? Infinity) <= Date.now());
    const affectsPublic = wasPublic || data.to === "published" || data.to === "scheduled";
    return {
      id,
      from,
      to: data.to,
      version: row!.version,
      publishedAt,
      changedPaths: affectsPublic ? await publicPathsOf(tx, id) : [],
    };
  });
}

/**
 * Scheduled articles whose time has come become "published" for the record.
 * They are already public (publiclyVisible counts them); this only writes the
 * transition. Safe on many instances at once: rows are claimed with SKIP LOCKED.
 */
export async function promoteDueArticles(limit = 100): Promise<{ id: string; slug: string; changedPaths: string[] }[]> {
  return getDb().transaction(async (tx) => {
    const due = await tx
      .select({ id: articles.id, slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.status, "scheduled"), lte(articles.publishedAt, sql`now()`)))
      .orderBy(asc(articles.publishedAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    const out = [];
    for (const article of due) {
      await tx
        .update(articles)
        .set({ status: "published", scheduledAt: null, version: sql`${articles.version} + 1`, updatedAt: new Date() })
        .where(eq(articles.id, article.id));
      await recordTransition(tx, { articleId: article.id, from: "scheduled", to: "published", actorId: null, note: "Tự động đăng theo lịch." });
      await recordRevision(tx, { articleId: article.id, kind: "publish", authorId: null });
      out.push({ ...article, changedPaths: await publicPathsOf(tx, article.id) });
    }
    await addToSearchVocabulary(tx, { articleIds: due.map((article) => article.id) });
    return out;
  });
}

export async function listTransitions({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "article.create");
  return getDb()
    .select({
      id: articleTransitions.id,
      from: articleTransitions.fromStatus,
      to: articleTransitions.toStatus,
      note: articleTransitions.note,
      createdAt: articleTransitions.createdAt,
      actorName: users.displayName,
    })
    .from(articleTransitions)
    .leftJoin(users, eq(users.id, articleTransitions.actorId))
    .where(eq(articleTransitions.articleId, articleId))
    .orderBy(desc(articleTransitions.createdAt));
}

// ——— Editorial notes: staff only, never public ———

export const NoteSchema = z.object({ body: z.string().trim().min(1, "Ghi chú trống.").max(5000, "Ghi chú tối đa 5000 ký tự.") });

async function loadForNotes(actor: Actor, articleId: string) {
  assertCan(actor, "article.create");
  if (!z.uuid().safeParse(articleId).success) throw new NotFoundError("Bài viết không tồn tại.");
  const [article] = await getDb().select({ authorId: articles.authorId, status: articles.status }).from(articles).where(eq(articles.id, articleId));
  if (!article) throw new NotFoundError("Bài viết không tồn tại.");
  // Whoever may work on the article may read and write its notes.
  if (!canEditArticle(actor, article) && article.authorId !== actor.id) throw new ForbiddenError();
  return article;
}

export async function addNote({ actor, articleId, input }: { actor: Actor; articleId: string; input: z.input<typeof NoteSchema> }) {
  await loadForNotes(actor, articleId);
  const data = NoteSchema.parse(input);
  const [row] = await getDb().insert(articleNotes).values({ articleId, authorId: actor.id, body: data.body }).returning();
  return row!;
}

export async function listNotes({ actor, articleId }: { actor: Actor; articleId: string }) {
  await loadForNotes(actor, articleId);
  return getDb()
    .select({ id: articleNotes.id, body: articleNotes.body, createdAt: articleNotes.createdAt, authorName: users.displayName })
    .from(articleNotes)
    .leftJoin(users, eq(users.id, articleNotes.authorId))
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(asc(articleNotes.createdAt));
}

// ——— Dashboard ———

const cardColumns = {
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  status: articles.status,
  updatedAt: articles.updatedAt,
  publishedAt: articles.publishedAt,
  authorName: users.displayName,
};

/** The newsroom at a glance: my drafts, the review queue, the schedule (with overdue items), recent publishing, recent activity. */
export async function getDashboard({ actor }: { actor: Actor }) {
  assertCan(actor, "article.create");
  const db = getDb();
  const base = () => db.select(cardColumns).from(articles).leftJoin(users, eq(users.id, articles.authorId));
  const mine = db.select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.userId, actor.id));
  const [myDrafts, inReview, scheduled, published, activity] = await Promise.all([
    base()
      .where(and(inArray(articles.status, ["draft", "in_review"]), sql`(${articles.authorId} = ${actor.id} or ${articles.id} in ${mine})`))
      .orderBy(desc(articles.updatedAt))
      .limit(10),
    base().where(eq(articles.status, "in_review")).orderBy(asc(articles.updatedAt)).limit(20),
    base().where(eq(articles.status, "scheduled")).orderBy(asc(articles.publishedAt)).limit(20),
    base().where(eq(articles.status, "published")).orderBy(desc(articles.publishedAt)).limit(10),
    db
      .select({
        id: articleTransitions.id,
        articleId: articleTransitions.articleId,
        title: articles.title,
        from: articleTransitions.fromStatus,
        to: articleTransitions.toStatus,
        note: articleTransitions.note,
        createdAt: articleTransitions.createdAt,
        actorName: users.displayName,
      })
      .from(articleTransitions)
      .innerJoin(articles, eq(articles.id, articleTransitions.articleId))
      .leftJoin(users, eq(users.id, articleTransitions.actorId))
      .orderBy(desc(articleTransitions.createdAt))
      .limit(15),
  ]);
  const now = Date.now();
  return {
    myDrafts,
    inReview,
    // A scheduled item more than two minutes past its time has not been confirmed: show it, never let it sit silently.
    scheduled: scheduled.map((item) => ({ ...item, overdue: !!item.publishedAt && item.publishedAt.getTime() < now - 120_000 })),
    published,
    activity,
  };
}
