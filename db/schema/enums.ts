import { pgEnum } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["admin", "editor", "writer"]);
export const articleStatus = pgEnum("article_status", ["draft", "published"]);
export const entityType = pgEnum("entity_type", ["person", "place", "event"]);
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
