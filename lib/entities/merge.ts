import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import {
  articleEntities,
  articles,
  entities,
  entityRedirects,
  eventParticipants,
  eventPlaces,
  eventStatusChanges,
  events,
  organizations,
  people,
  placeSuccessors,
  places,
  positions,
  type Entity,
  type EntityType,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/policy";
import { foldText } from "@/lib/text/slug";
import { entityPath } from "./paths";
import { isInSubtree, recordRedirect } from "./records";

export const MergeInputSchema = z.object({
  sourceId: z.uuid("Mục cần gộp không hợp lệ."),
  targetId: z.uuid("Hãy chọn mục để gộp vào."),
});
export type MergeInput = z.input<typeof MergeInputSchema>;

export interface MergeResult {
  source: { id: string; type: EntityType; slug: string; name: string };
  target: { id: string; type: EntityType; slug: string; name: string };
  /** Articles that were tagged with the source and now are with the target. */
  movedArticles: number;
  /** The source's page (now a redirect), the target's, and the published articles whose tags changed. */
  changedPaths: string[];
}

/**
 * Merges a duplicate (`sourceId`, e.g. "Feng Guangqing") into the record that
 * stays (`targetId`, "Phùng Quang Thanh"): tags, aliases, positions, event
 * places and participants, children, successors and country references move;
 * the source's slug and old slugs redirect to the target; the source is deleted.
 * All in one transaction.
 */
export async function mergeEntities({ actor, input }: { actor: Actor; input: MergeInput | Record<string, unknown> }): Promise<MergeResult> {
  assertCan(actor, "entity.merge");
  const data = MergeInputSchema.parse(input);
  return getDb().transaction(async (tx) => {
    const merged = await mergeInTransaction(tx, data);
    await recordAudit(tx, { actor, action: "entity.merge", targetType: merged.target.type, targetId: merged.target.id, details: { source: merged.source, target: merged.target.name, movedArticles: merged.movedArticles } });
    return merged;
  });
}

const fold = (value: string) => foldText(value).replace(/\s+/g, " ").trim();

/** The target's aliases, then the source's name and aliases unless one folds to a name or alias already kept. */
export function mergeAliases(target: { name: string; aliases: string[] }, source: { name: string; aliases: string[] }): string[] {
  const seen = new Set([target.name, ...target.aliases].map(fold));
  const out = [...target.aliases];
  for (const candidate of [source.name, ...source.aliases]) {
    const key = fold(candidate);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(candidate.trim());
  }
  return out;
}

/** The merge itself, inside the caller's transaction (deleting with a "merge" strategy runs it too). */
export async function mergeInTransaction(tx: Transaction, { sourceId, targetId }: { sourceId: string; targetId: string }): Promise<MergeResult> {
  if (sourceId === targetId) throw new ValidationError("Không thể gộp một mục vào chính nó.", "targetId");
  // Lock both in a fixed order, so two merges of the same pair cannot deadlock.
  const locked = await tx
    .select()
    .from(entities)
    .where(inArray(entities.id, [sourceId, targetId]))
    .orderBy(entities.id)
    .for("update");
  const source = locked.find((row) => row.id === sourceId);
  const target = locked.find((row) => row.id === targetId);
  if (!source) throw new NotFoundError("Mục cần gộp không còn tồn tại.");
  if (!target) throw new ValidationError("Mục được gộp vào không còn tồn tại.", "targetId");
  if (source.type !== target.type) throw new ValidationError("Chỉ gộp được hai mục cùng loại.", "targetId");
  if ((source.type === "place" || source.type === "organization") && (await isInSubtree(tx, source.type, sourceId, targetId))) {
    throw new ValidationError(
      source.type === "place" ? "Không thể gộp một địa danh vào địa danh cấp dưới của nó." : "Không thể gộp một tổ chức vào tổ chức cấp dưới của nó.",
      "targetId",
    );
  }
  if (source.type === "series") await refuseEditionClash(tx, sourceId, targetId);

  const tagged = await tx
    .select({ slug: articles.slug, status: articles.status })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .where(eq(articleEntities.entityId, sourceId));

  await moveArticleLinks(tx, sourceId, targetId);
  await moveGraph(tx, source.type, sourceId, targetId);
  await fillBlanks(tx, source, target);

  await tx.update(entityRedirects).set({ entityId: targetId }).where(eq(entityRedirects.entityId, sourceId));
  await tx.delete(entities).where(eq(entities.id, sourceId));
  // After the delete: the source's slug is free, and its redirect row is not cascaded away.
  await recordRedirect(tx, source, targetId);
  const [saved] = await tx
    .update(entities)
    .set({ aliases: mergeAliases(target, source), updatedAt: new Date() })
    .where(eq(entities.id, targetId))
    .returning();

  const articlePaths = tagged.filter((row) => row.status === "published").map((row) => `/bai-viet/${row.slug}`);
  return {
    source: { id: source.id, type: source.type, slug: source.slug, name: source.name },
    target: { id: saved!.id, type: saved!.type, slug: saved!.slug, name: saved!.name },
    movedArticles: tagged.length,
    changedPaths: [...new Set([entityPath(source), entityPath(saved!), ...articlePaths])],
  };
}

/** Two series that both have an edition N cannot become one series. */
async function refuseEditionClash(tx: Transaction, sourceId: string, targetId: string) {
  const [clash] = await tx.execute<{ edition: number; a: string; b: string }>(sql`
    select a.edition, ea.name as a, eb.name as b
    from ${events} a
    join ${events} b on b.series_id = ${targetId} and b.edition = a.edition
    join ${entities} ea on ea.id = a.entity_id
    join ${entities} eb on eb.id = b.entity_id
    where a.series_id = ${sourceId} and a.edition is not null
    order by a.edition limit 1`);
  if (clash) {
    throw new ValidationError(
      `Hai chuỗi cùng có lần thứ ${clash.edition} (“${clash.a}” và “${clash.b}”). Sửa số lần trước khi gộp.`,
      "targetId",
    );
  }
}

/** Tags: an article tagged with both keeps one link to the target, at the lower position. */
async function moveArticleLinks(tx: Transaction, sourceId: string, targetId: string) {
  await tx.execute(sql`
    update ${articleEntities} t set position = least(t.position, s.position)
    from ${articleEntities} s
    where s.entity_id = ${sourceId} and t.entity_id = ${targetId} and s.article_id = t.article_id`);
  await tx.execute(sql`
    delete from ${articleEntities} s
    using ${articleEntities} t
    where s.entity_id = ${sourceId} and t.entity_id = ${targetId} and s.article_id = t.article_id`);
  await tx.update(articleEntities).set({ entityId: targetId }).where(eq(articleEntities.entityId, sourceId));
}

/** Everything else that points at the source, per type. */
async function moveGraph(tx: Transaction, type: EntityType, sourceId: string, targetId: string) {
  if (type === "person") {
    // Positions: identical ones (same title, rank, organization and dates) are kept once.
    await tx.execute(sql`
      delete from ${positions} s
      using ${positions} t
      where s.person_id = ${sourceId} and t.person_id = ${targetId}
        and immutable_unaccent(lower(s.title)) = immutable_unaccent(lower(t.title))
        and s.rank = t.rank
        and s.organization_id is not distinct from t.organization_id
        and s.from_date is not distinct from t.from_date and s.from_precision is not distinct from t.from_precision
        and s.to_date is not distinct from t.to_date and s.to_precision is not distinct from t.to_precision`);
    await tx.update(positions).set({ personId: targetId }).where(eq(positions.personId, sourceId));
    // Participation: one row per event; the target's role wins unless it is empty.
    await tx.execute(sql`
      update ${eventParticipants} t
      set role = case when t.role = '' then s.role else t.role end, position = least(t.position, s.position)
      from ${eventParticipants} s
      where s.person_id = ${sourceId} and t.person_id = ${targetId} and s.event_id = t.event_id`);
    await tx.execute(sql`
      delete from ${eventParticipants} s
      using ${eventParticipants} t
      where s.person_id = ${sourceId} and t.person_id = ${targetId} and s.event_id = t.event_id`);
    await tx.update(eventParticipants).set({ personId: targetId }).where(eq(eventParticipants.personId, sourceId));
  }

  if (type === "place") {
    await tx.update(places).set({ parentId: targetId }).where(eq(places.parentId, sourceId));
    await tx.update(people).set({ countryId: targetId }).where(eq(people.countryId, sourceId));
    await tx.update(organizations).set({ countryId: targetId }).where(eq(organizations.countryId, sourceId));
    await tx.execute(sql`
      delete from ${eventPlaces} s
      using ${eventPlaces} t
      where s.place_id = ${sourceId} and t.place_id = ${targetId} and s.event_id = t.event_id`);
    await tx.update(eventPlaces).set({ placeId: targetId }).where(eq(eventPlaces.placeId, sourceId));
    // Successors, both ways; a place never succeeds itself.
    await tx.execute(sql`
      delete from ${placeSuccessors} s
      where s.place_id = ${sourceId}
        and (s.successor_id = ${targetId}
          or exists (select 1 from ${placeSuccessors} t where t.place_id = ${targetId} and t.successor_id = s.successor_id))`);
    await tx.update(placeSuccessors).set({ placeId: targetId }).where(eq(placeSuccessors.placeId, sourceId));
    await tx.execute(sql`
      delete from ${placeSuccessors} s
      where s.successor_id = ${sourceId}
        and (s.place_id = ${targetId}
          or exists (select 1 from ${placeSuccessors} t where t.successor_id = ${targetId} and t.place_id = s.place_id))`);
    await tx.update(placeSuccessors).set({ successorId: targetId }).where(eq(placeSuccessors.successorId, sourceId));
  }

  if (type === "organization") {
    await tx.update(organizations).set({ parentId: targetId }).where(eq(organizations.parentId, sourceId));
    await tx.update(positions).set({ organizationId: targetId }).where(eq(positions.organizationId, sourceId));
  }

  if (type === "series") {
    await tx.update(events).set({ seriesId: targetId }).where(eq(events.seriesId, sourceId));
  }

  if (type === "event") {
    await tx.execute(sql`
      delete from ${eventPlaces} s
      using ${eventPlaces} t
      where s.event_id = ${sourceId} and t.event_id = ${targetId} and s.place_id = t.place_id`);
    await tx.update(eventPlaces).set({ eventId: targetId }).where(eq(eventPlaces.eventId, sourceId));
    await tx.execute(sql`
      delete from ${eventParticipants} s
      using ${eventParticipants} t
      where s.event_id = ${sourceId} and t.event_id = ${targetId} and s.person_id = t.person_id`);
    // The source's rows go after the target's, in their own order.
    await tx.execute(sql`
      update ${eventParticipants}
      set event_id = ${targetId},
          position = position + (select coalesce(max(position) + 1, 0) from ${eventParticipants} where event_id = ${targetId})
      where event_id = ${sourceId}`);
    await tx.execute(sql`
      update ${eventStatusChanges}
      set event_id = ${targetId},
          position = position + (select coalesce(max(position) + 1, 0) from ${eventStatusChanges} where event_id = ${targetId})
      where event_id = ${sourceId}`);
  }
}

/** What the target lacks and the source knows: description, portrait, import key, country, coordinates, dates. */
async function fillBlanks(tx: Transaction, source: Entity, target: Entity) {
  const patch: Partial<Pick<Entity, "description" | "imageUrl" | "key">> = {};
  if (!target.description && source.description) patch.description = source.description;
  if (!target.imageUrl && source.imageUrl) patch.imageUrl = source.imageUrl;
  if (!target.key && source.key) {
    // The key is unique per type: free it first. Imports then update the merged record instead of re-creating the duplicate.
    await tx.update(entities).set({ key: null }).where(eq(entities.id, source.id));
    patch.key = source.key;
  }
  if (Object.keys(patch).length) await tx.update(entities).set(patch).where(eq(entities.id, target.id));

  if (source.type === "person") {
    await tx.execute(sql`
      update ${people} t set country_id = s.country_id
      from ${people} s where t.entity_id = ${target.id} and s.entity_id = ${source.id} and t.country_id is null`);
  }
  if (source.type === "organization") {
    await tx.execute(sql`
      update ${organizations} t set country_id = s.country_id
      from ${organizations} s where t.entity_id = ${target.id} and s.entity_id = ${source.id} and t.country_id is null`);
  }
  if (source.type === "place") {
    await tx.execute(sql`
      update ${places} t
      set latitude = coalesce(t.latitude, s.latitude), longitude = coalesce(t.longitude, s.longitude),
          valid_from = coalesce(t.valid_from, s.valid_from), valid_to = coalesce(t.valid_to, s.valid_to)
      from ${places} s where t.entity_id = ${target.id} and s.entity_id = ${source.id}`);
  }
  if (source.type === "event") {
    await tx.execute(sql`
      update ${events} t
      set start_date = s.start_date, start_precision = s.start_precision, end_date = s.end_date, end_precision = s.end_precision
      from ${events} s where t.entity_id = ${target.id} and s.entity_id = ${source.id} and t.start_date is null and t.end_date is null`);
  }
}
