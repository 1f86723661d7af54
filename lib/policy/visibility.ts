import "server-only";
import { and, lte, sql } from "drizzle-orm";
import { articles } from "@/db/schema";

/**
 * The one condition that makes an article public. Every public read (pages,
 * entity timelines, later feeds, sitemaps and search) filters with it in SQL,
 * so no list can forget to hide drafts.
 */
export function publiclyVisible() {
  // A scheduled article is public from its time on, on every instance, with no job
  // needing to run first: the promotion to "published" is only bookkeeping.
  // Literal values, not parameters: the planner can then prove the partial indexes' predicate (articles_public_*_idx).
  return and(sql`${articles.status} in ('published', 'scheduled')`, lte(articles.publishedAt, sql`now()`));
}
