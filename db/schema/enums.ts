import { pgEnum } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["admin", "editor", "writer"]);
export const articleStatus = pgEnum("article_status", ["draft", "published", "in_review", "scheduled", "archived"]);
export const entityType = pgEnum("entity_type", ["person", "place", "event", "organization", "series"]);
export const placeKind = pgEnum("place_kind", [
  "country",
  "region",
  "province",
  "city",
  "district",
  "commune",
  "border_gate",
  "landmark",
]);
export const eventStatus = pgEnum("event_status", ["planned", "postponed", "held", "cancelled"]);
/** How much of a date is known: "2014" (year), "9/2023" (month), "11/4/2024" (day). */
export const datePrecision = pgEnum("date_precision", ["year", "month", "day"]);
