import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { entityType, eventStatus, placeKind } from "./enums";

/**
 * Every person, place and event is an entity: one table for what they share
 * (name, slug, aliases, the tag links), one table per type for what they don't.
 * Search, tag suggestions, merges and redirects then work on one table.
 */
export const entities = pgTable(
  "entities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: entityType("type").notNull(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** Other spellings: Hán-Việt, pinyin, Chinese characters, unaccented. */
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("entities_type_slug_idx").on(table.type, table.slug),
    index("entities_name_trgm_idx").using("gin", sql`immutable_unaccent(lower(${table.name})) gin_trgm_ops`),
  ],
);

export const people = pgTable("people", {
  entityId: uuid("entity_id")
    .primaryKey()
    .references(() => entities.id, { onDelete: "cascade" }),
  /** Current title, e.g. "Đại tướng, Bộ trưởng Bộ Quốc phòng". */
  title: text("title").notNull().default(""),
  country: text("country").notNull().default(""),
});

export const places = pgTable(
  "places",
  {
    entityId: uuid("entity_id")
      .primaryKey()
      .references(() => entities.id, { onDelete: "cascade" }),
    kind: placeKind("kind").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => places.entityId, { onDelete: "set null" }),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
  },
  (table) => [index("places_parent_idx").on(table.parentId)],
);

export const events = pgTable(
  "events",
  {
    entityId: uuid("entity_id")
      .primaryKey()
      .references(() => entities.id, { onDelete: "cascade" }),
    startDate: date("start_date"),
    endDate: date("end_date"),
    status: eventStatus("status").notNull().default("planned"),
    edition: integer("edition"),
  },
  (table) => [index("events_start_idx").on(table.startDate)],
);

export type Entity = typeof entities.$inferSelect;
export type EntityType = Entity["type"];
