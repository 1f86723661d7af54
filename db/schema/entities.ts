import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { datePrecision, entityType, eventStatus, placeKind } from "./enums";

/**
 * Every person, place, organization, event and event series is an entity: one
 * table for what they share (name, slug, aliases, the tag links), one table per
 * type for what they don't. Search, tag suggestions, merges and redirects then
 * work on one table.
 */
export const entities = pgTable(
  "entities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: entityType("type").notNull(),
    /** Stable external key, unique per type: what imports upsert on. */
    key: text("key"),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** Other spellings: Hán-Việt, pinyin, Chinese characters, unaccented. */
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    /** A short description; a person's bio. */
    description: text("description").notNull().default(""),
    /** An image URL: a person's portrait. */
    imageUrl: text("image_url"),
    /** The name folded (lower case, no accents), stored: trigram rechecks read it instead of unaccenting every row. */
    nameFolded: text("name_folded").generatedAlwaysAs(sql`immutable_unaccent(lower(name))`),
    /** Name and aliases folded (lower case, no accents), " | " between them: one trigram index finds "dong jun" and "董军" alike. */
    searchNames: text("search_names").generatedAlwaysAs(
      sql`immutable_unaccent(lower(name || ' | ' || immutable_array_to_string(aliases, ' | ')))`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("entities_type_slug_idx").on(table.type, table.slug),
    uniqueIndex("entities_type_key_idx").on(table.type, table.key).where(sql`${table.key} is not null`),
    index("entities_name_folded_trgm_idx").using("gin", sql`${table.nameFolded} gin_trgm_ops`),
    index("entities_search_names_trgm_idx").using("gin", sql`${table.searchNames} gin_trgm_ops`),
  ],
);

/** Slugs an entity answered to before a merge or rename: they redirect permanently. */
export const entityRedirects = pgTable(
  "entity_redirects",
  {
    type: entityType("type").notNull(),
    slug: text("slug").notNull(),
    entityId: uuid("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.type, table.slug] }), index("entity_redirects_entity_idx").on(table.entityId)],
);

export const people = pgTable("people", {
  entityId: uuid("entity_id")
    .primaryKey()
    .references(() => entities.id, { onDelete: "cascade" }),
  countryId: uuid("country_id").references((): AnyPgColumn => entities.id, { onDelete: "set null" }),
});

/** A person's titles over time: the one shown beside them depends on the article's date. */
export const positions = pgTable(
  "positions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    rank: text("rank").notNull().default(""),
    organizationId: uuid("organization_id").references(() => entities.id, { onDelete: "set null" }),
    fromDate: date("from_date"),
    fromPrecision: datePrecision("from_precision"),
    toDate: date("to_date"),
    toPrecision: datePrecision("to_precision"),
  },
  (table) => [index("positions_person_idx").on(table.personId), index("positions_organization_idx").on(table.organizationId)],
);

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
    /** Administrative units come and go (Việt Nam's 2025 mergers): when this one existed. */
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
  },
  (table) => [index("places_parent_idx").on(table.parentId)],
);

/** What an abolished or merged unit became. */
export const placeSuccessors = pgTable(
  "place_successors",
  {
    placeId: uuid("place_id")
      .notNull()
      .references(() => places.entityId, { onDelete: "cascade" }),
    successorId: uuid("successor_id")
      .notNull()
      .references(() => places.entityId, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.placeId, table.successorId] }), index("place_successors_successor_idx").on(table.successorId)],
);

export const organizations = pgTable(
  "organizations",
  {
    entityId: uuid("entity_id")
      .primaryKey()
      .references(() => entities.id, { onDelete: "cascade" }),
    countryId: uuid("country_id").references((): AnyPgColumn => entities.id, { onDelete: "set null" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => organizations.entityId, { onDelete: "set null" }),
  },
  (table) => [index("organizations_parent_idx").on(table.parentId)],
);

export const events = pgTable(
  "events",
  {
    entityId: uuid("entity_id")
      .primaryKey()
      .references(() => entities.id, { onDelete: "cascade" }),
    seriesId: uuid("series_id").references((): AnyPgColumn => entities.id, { onDelete: "set null" }),
    edition: integer("edition"),
    startDate: date("start_date"),
    startPrecision: datePrecision("start_precision"),
    endDate: date("end_date"),
    endPrecision: datePrecision("end_precision"),
    status: eventStatus("status").notNull().default("planned"),
  },
  (table) => [
    index("events_start_idx").on(table.startDate),
    uniqueIndex("events_series_edition_idx").on(table.seriesId, table.edition).where(sql`${table.seriesId} is not null and ${table.edition} is not null`),
  ],
);

/** An event's dated history: "planned 7–8/9/2023 → held 11–12/4/2024". */
export const eventStatusChanges = pgTable(
  "event_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.entityId, { onDelete: "cascade" }),
    status: eventStatus("status").notNull(),
    startDate: date("start_date"),
    startPrecision: datePrecision("start_precision"),
    endDate: date("end_date"),
    endPrecision: datePrecision("end_precision"),
    note: text("note").notNull().default(""),
    /** When this state was announced or recorded. */
    recordedOn: date("recorded_on"),
    position: integer("position").notNull().default(0),
  },
  (table) => [index("event_status_changes_event_idx").on(table.eventId)],
);

export const eventPlaces = pgTable(
  "event_places",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.entityId, { onDelete: "cascade" }),
    placeId: uuid("place_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.placeId] }), index("event_places_place_idx").on(table.placeId)],
);

export const eventParticipants = pgTable(
  "event_participants",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.entityId, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    role: text("role").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.personId] }), index("event_participants_person_idx").on(table.personId)],
);

export type Entity = typeof entities.$inferSelect;
export type EntityType = Entity["type"];
export type DatePrecision = NonNullable<(typeof positions.$inferSelect)["fromPrecision"]>;
