import "server-only";
import { and, asc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { articlePresence, articles, users } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { ForbiddenError, assertCan, canEditArticle, type Actor } from "@/lib/policy";

/** The editor sends a heartbeat every 15 s; someone not seen for 45 s has left. */
export const PRESENCE_HEARTBEAT_SECONDS = 15;
export const PRESENCE_WINDOW_SECONDS = 45;
/** Rows this old are deleted on the next heartbeat for the same article. */
const PRESENCE_PURGE_SECONDS = 600;

export interface PresentUser {
  id: string;
  displayName: string;
  seenAt: Date;
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/**
 * "I have this article open": records the heartbeat and answers who else has
 * it open. Only whoever may edit the article takes part (404 unknown, 403 otherwise).
 */
export async function touchPresence({ actor, articleId }: { actor: Actor; articleId: string }): Promise<PresentUser[]> {
  assertCan(actor, "article.create");
  if (!isUuid(articleId)) throw new NotFoundError("Bài viết không tồn tại.");
  const db = getDb();
  const [article] = await db.select({ authorId: articles.authorId, status: articles.status }).from(articles).where(eq(articles.id, articleId));
  if (!article) throw new NotFoundError("Bài viết không tồn tại.");
  if (!canEditArticle(actor, article)) throw new ForbiddenError();
  await db
    .insert(articlePresence)
    .values({ articleId, userId: actor.id, seenAt: sql`now()` })
    .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { seenAt: sql`now()` } });
  await db
    .delete(articlePresence)
    .where(and(eq(articlePresence.articleId, articleId), lt(articlePresence.seenAt, sql`now() - make_interval(secs => ${PRESENCE_PURGE_SECONDS})`)));
  return othersOn(articleId, actor.id);
}

/** Who else has the article open now, by name. */
export async function othersOn(articleId: string, exceptUserId: string): Promise<PresentUser[]> {
  return getDb()
    .select({ id: users.id, displayName: users.displayName, seenAt: articlePresence.seenAt })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(
      and(
        eq(articlePresence.articleId, articleId),
        ne(articlePresence.userId, exceptUserId),
        gt(articlePresence.seenAt, sql`now() - make_interval(secs => ${PRESENCE_WINDOW_SECONDS})`),
      ),
    )
    .orderBy(asc(sql`${users.displayName} collate "vi-x-icu"`));
}

/**
 * "I closed it": removes the actor's own heartbeat. Allowed even when the actor
 * may no longer edit the article (it was published meanwhile): it only
 * touches their own row.
 */
export async function leavePresence({ actor, articleId }: { actor: Actor; articleId: string }): Promise<void> {
  assertCan(actor, "article.create");
  if (!isUuid(articleId)) throw new NotFoundError("Bài viết không tồn tại.");
  await getDb()
    .delete(articlePresence)
    .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, actor.id)));
}
