import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { entities, events, people, places, positions, type EntityType } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/policy";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { ENTITY_PATHS } from "./paths";

export const PLACE_KINDS = ["country", "region", "province", "city", "district", "commune", "border_gate", "landmark"] as const;

/** Types whose pages share a URL prefix share a slug namespace (events and series both live under /su-kien). */
export function slugNamespace(type: EntityType): EntityType[] {
  return (Object.keys(ENTITY_PATHS) as EntityType[]).filter((other) => ENTITY_PATHS[other] === ENTITY_PATHS[type]);
}

export async function pickEntitySlug(tx: Transaction, type: EntityType, wanted: string, exceptId?: string) {
  const namespace = slugNamespace(type);
  return uniqueSlug(slugify(wanted), async (candidate) => {
    const taken = await tx
      .select({ id: entities.id })
      .from(entities)
      .where(and(inArray(entities.type, namespace), eq(entities.slug, candidate)));
    return taken.some((row) => row.id !== exceptId);
  });
}

const Common = {
  name: z.string().trim().min(1, "Cần có tên.").max(200),
  slug: z.string().trim().max(96).optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  description: z.string().trim().max(5000).default(""),
};

export const NewEntitySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("person"), ...Common, title: z.string().trim().max(300).default("") }),
  z.object({ type: z.literal("place"), ...Common, kind: z.enum(PLACE_KINDS), parentId: z.uuid().nullable().default(null) }),
  z.object({ type: z.literal("organization"), ...Common }),
  z.object({ type: z.literal("series"), ...Common }),
  z.object({
    type: z.literal("event"),
    ...Common,
    startDate: z.iso.date().nullable().default(null),
    endDate: z.iso.date().nullable().default(null),
    status: z.enum(["planned", "postponed", "held", "cancelled"]).default("planned"),
    edition: z.number().int().positive().nullable().default(null),
  }),
]);
export type NewEntity = z.input<typeof NewEntitySchema>;

/** Creates an entity with its type's details, inside the caller's transaction when given one. */
export async function createEntity({ actor, input, tx }: { actor: Actor | "system"; input: NewEntity; tx?: Transaction }) {
  if (actor !== "system") assertCan(actor, "entity.create");
  const data = NewEntitySchema.parse(input);
  const run = async (t: Transaction) => {
    const slug = await pickEntitySlug(t, data.type, data.slug || data.name);
    const [entity] = await t
      .insert(entities)
      .values({ type: data.type, slug, name: data.name, aliases: data.aliases, description: data.description })
      .returning();
    if (data.type === "person") {
      await t.insert(people).values({ entityId: entity!.id });
      if (data.title) await t.insert(positions).values({ personId: entity!.id, title: data.title });
    } else if (data.type === "place") {
      await t.insert(places).values({ entityId: entity!.id, kind: data.kind, parentId: data.parentId });
    } else if (data.type === "event") {
      await t.insert(events).values({
        entityId: entity!.id,
        startDate: data.startDate,
        startPrecision: data.startDate ? "day" : null,
        endDate: data.endDate,
        endPrecision: data.endDate ? "day" : null,
        status: data.status,
        edition: data.edition,
      });
    }
    return entity!;
  };
  return tx ? run(tx) : getDb().transaction(run);
}
