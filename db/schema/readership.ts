import { date, index, integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";

/**
 * How often each article was read, in hourly buckets: one row per article and
 * hour with at least one view. Each app instance batches the beacons it
 * receives and adds them here with one upsert (lib/readership), so the totals
 * live in PostgreSQL and any number of instances can count at once.
 */
export const articleViewCounts = pgTable(
  "article_view_counts",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The start of the hour (UTC) the views fall in. */
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    views: integer("views").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.hour] }),
    // "Views since X, per article" (the most-read lists) reads only this index: a range on hour, then article and views.
    index("article_view_counts_hour_idx").on(table.hour, table.articleId, table.views),
  ],
);

export type ArticleViewCount = typeof articleViewCounts.$inferSelect;

/**
 * Views per article and day (Asia/Ho_Chi_Minh), for the history: hourly buckets
 * older than the most-read lists need are rolled up into here (lib/readership
 * rollUpViewCounts), so article_view_counts stays about a week long.
 */
export const articleViewDays = pgTable(
  "article_view_days",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    views: integer("views").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.day] })],
);
