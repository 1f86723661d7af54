import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import { articles } from "@/db/schema";

/**
 * The one condition that makes an article public. Every public read (pages,
 * entity timelines, later feeds, sitemaps and search) filters with it in SQL,
 * so no list can forget to hide drafts.
 */
export function publiclyVisible() {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, sql`now()`));
}
