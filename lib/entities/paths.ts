import type { EntityType } from "@/db/schema";

export const ENTITY_TYPES = ["person", "place", "organization", "event", "series"] as const satisfies readonly EntityType[];

/** Public URL prefix of each type's page. An event series shares /su-kien with its editions. */
export const ENTITY_PATHS: Record<EntityType, string> = {
  person: "/nhan-vat",
  place: "/dia-danh",
  organization: "/to-chuc",
  event: "/su-kien",
  series: "/su-kien",
};

export function entityPath(entity: { type: EntityType; slug: string }) {
  return `${ENTITY_PATHS[entity.type]}/${entity.slug}`;
}
