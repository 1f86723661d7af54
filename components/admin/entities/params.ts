import type { EntityType } from "@/db/schema";
import { ENTITY_TYPES } from "@/lib/entities/paths";

/** The `[type]` segment of /admin/entities/[type]: one of the entity types, or null (the page answers 404). */
export function entityTypeParam(raw: string): EntityType | null {
  return (ENTITY_TYPES as readonly string[]).includes(raw) ? (raw as EntityType) : null;
}

/** A search parameter's first value. */
export function firstParam(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw;
}
