import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { entities, events, places, positions, type EntityType } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/policy";
import { entityNameMatch } from "./name-match";
import { ENTITY_TYPES } from "./paths";

export { ENTITY_PATHS, ENTITY_TYPES, entityPath } from "./paths";

export interface EntitySummary {
  id: string;
  type: EntityType;
  slug: string;
  name: string;
  /** A short line that tells two namesakes apart: a person's title, a place's kind, an event's date. */
  hint: string;
}

export const EntitySearchSchema = z.object({
  type: z.enum(ENTITY_TYPES),
  q: z.string().trim().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/**
 * Search-as-you-type for the tag pickers: diacritics- and case-insensitive,
 * on the name and every alias, best matches (prefix, then similarity) first.
 */
export async function searchEntities({ actor, input }: { actor: Actor; input: z.input<typeof EntitySearchSchema> }) {
  assertCan(actor, "entity.read");
  const { type, q, limit } = EntitySearchSchema.parse(input);
  const db = getDb();
  const match = entityNameMatch(q);
  const rows = await db
    .select({ id: entities.id })
    .from(entities)
    .where(and(eq(entities.type, type), q ? match.where : undefined))
    .orderBy(...match.orderBy)
    .limit(limit);
  return summarize(rows.map((row) => row.id));
}

/** Summaries with their hints, in the order of `ids`. */
export async function summarize(ids: string[], db: Pick<ReturnType<typeof getDb>, "select"> = getDb()): Promise<EntitySummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: entities.id,
      type: entities.type,
      slug: entities.slug,
      name: entities.name,
      title: sql<string | null>`(select ${positions.title} from ${positions} where ${positions.personId} = ${entities.id}
        order by (${positions.toDate} is null) desc, ${positions.toDate} desc nulls first, ${positions.fromDate} desc nulls last limit 1)`,
      kind: places.kind,
      startDate: events.startDate,
    })
    .from(entities)
    .leftJoin(places, eq(places.entityId, entities.id))
    .leftJoin(events, eq(events.entityId, entities.id))
    .where(inArray(entities.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const hint = row.type === "person" ? (row.title ?? "") : row.type === "place" ? (row.kind ?? "") : (row.startDate ?? "");
    return [{ id: row.id, type: row.type, slug: row.slug, name: row.name, hint }];
  });
}

/** The ids among `ids` that exist with the given type: tags must point at real entities. */
export async function existingEntityIds(tx: Transaction, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: entities.id }).from(entities).where(inArray(entities.id, ids));
  return new Set(rows.map((row) => row.id));
}
