import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { articleEntities, articles, entities, events, organizations, places, type EntityType } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/policy";
import { mergeInTransaction } from "./merge";
import { entityPath } from "./paths";

/** What to do with the articles tagged with an entity that goes away. */
export const DeleteStrategySchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("untag") }),
    z.object({ kind: z.literal("merge"), targetId: z.uuid("Hãy chọn mục để gộp vào.") }),
  ])
  .optional();
export type DeleteStrategy = z.input<typeof DeleteStrategySchema>;

export interface EntityUsage {
  articleCount: number;
  publishedCount: number;
  /** Records that point at this one as their parent or series: they are detached (set to none) when it is deleted. */
  children: { places: number; organizations: number; events: number };
}

/** How many articles use an entity, and how many records hang below it. */
export async function entityUsage(db: Pick<Transaction, "select">, id: string): Promise<EntityUsage> {
  const [tags] = await db
    .select({
      articleCount: sql<number>`count(*)::int`,
      publishedCount: sql<number>`(count(*) filter (where ${articles.status} = 'published'))::int`,
    })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .where(eq(articleEntities.entityId, id));
  const count = sql<number>`count(*)::int`;
  const [childPlaces] = await db.select({ n: count }).from(places).where(eq(places.parentId, id));
  const [childOrganizations] = await db.select({ n: count }).from(organizations).where(eq(organizations.parentId, id));
  const [childEvents] = await db.select({ n: count }).from(events).where(eq(events.seriesId, id));
  return {
    articleCount: tags?.articleCount ?? 0,
    publishedCount: tags?.publishedCount ?? 0,
    children: { places: childPlaces?.n ?? 0, organizations: childOrganizations?.n ?? 0, events: childEvents?.n ?? 0 },
  };
}

export interface DeleteResult {
  deleted: { id: string; type: EntityType; slug: string; name: string };
  outcome: "deleted" | "untagged" | "merged";
  /** With the "merge" strategy: where the articles, aliases and old URLs went. */
  mergedInto?: { id: string; type: EntityType; slug: string; name: string };
  /** Tags removed ("untag") or moved ("merge"). */
  articleCount: number;
  changedPaths: string[];
}

/**
 * Deletes an entity. When articles are tagged with it, the caller must say
 * what happens to them — `untag` or `merge` into another entity — or a
 * ConflictError says how many there are. Children (sub-places, sub-organizations,
 * a series' events) are detached, not deleted.
 */
export async function deleteEntity({ actor, id, strategy }: { actor: Actor; id: string; strategy?: DeleteStrategy }): Promise<DeleteResult> {
  assertCan(actor, "entity.delete");
  const choice = DeleteStrategySchema.parse(strategy);
  if (choice?.kind === "merge") assertCan(actor, "entity.merge");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("Mục này không tồn tại.");
  return getDb().transaction(async (tx): Promise<DeleteResult> => {
    const [entity] = await tx.select().from(entities).where(eq(entities.id, id)).for("update");
    if (!entity) throw new NotFoundError("Mục này không tồn tại.");
    const deleted = { id: entity.id, type: entity.type, slug: entity.slug, name: entity.name };
    const usage = await entityUsage(tx, id);
    if (usage.articleCount > 0 && !choice) {
      throw new ConflictError(
        `“${entity.name}” đang được gắn với ${usage.articleCount} bài viết (${usage.publishedCount} đã xuất bản). Hãy chọn gộp vào mục khác hoặc bỏ gắn thẻ khỏi các bài này.`,
        { articleCount: usage.articleCount, publishedCount: usage.publishedCount },
      );
    }
    await recordAudit(tx, { actor, action: "entity.delete", targetType: entity.type, targetId: entity.id, details: { name: entity.name, slug: entity.slug, strategy: choice ?? null, articleCount: usage.articleCount } });
    if (choice?.kind === "merge") {
      const merged = await mergeInTransaction(tx, { sourceId: id, targetId: choice.targetId });
      return { deleted, outcome: "merged", mergedInto: merged.target, articleCount: merged.movedArticles, changedPaths: merged.changedPaths };
    }
    const published = await tx
      .select({ slug: articles.slug })
      .from(articleEntities)
      .innerJoin(articles, eq(articles.id, articleEntities.articleId))
      .where(and(eq(articleEntities.entityId, id), eq(articles.status, "published")));
    await tx.delete(articleEntities).where(eq(articleEntities.entityId, id));
    // Foreign keys detach the rest: children's parent/series, positions' organization and people's country become null.
    await tx.delete(entities).where(eq(entities.id, id));
    return {
      deleted,
      outcome: usage.articleCount > 0 ? "untagged" : "deleted",
      articleCount: usage.articleCount,
      changedPaths: [entityPath(entity), ...published.map((row) => `/bai-viet/${row.slug}`)],
    };
  });
}
