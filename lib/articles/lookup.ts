import "server-only";
import { and, desc, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { escapeLike, foldedSql } from "@/db/folded";
import { articles, type ArticleStatus } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/policy";
import { publiclyVisible } from "@/lib/policy/visibility";
import { isUuid, type RelatedArticles } from "@/lib/richtext/rules";
import { slugify } from "@/lib/text/slug";

export interface ArticleLookupResult {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
}

export const ArticleLookupSchema = z.object({
  q: z.string().trim().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(20).default(8),
  /** The article being edited: not offered as related to itself. */
  exclude: z.uuid().optional(),
});

/**
 * Search-as-you-type over our articles for the editor's related-article block:
 * title or slug, diacritics- and case-insensitive; title prefix matches first,
 * then published before drafts, newest first. An empty query lists the latest
 * published articles.
 */
export async function lookupArticles({ actor, input }: { actor: Actor; input: z.input<typeof ArticleLookupSchema> }): Promise<ArticleLookupResult[]> {
  assertCan(actor, "article.create");
  const { q, limit, exclude } = ArticleLookupSchema.parse(input);
  const needle = escapeLike(q);
  const slugNeedle = slugify(q);
  const conditions = [];
  if (q) {
    conditions.push(
      slugNeedle
        ? sql`(${articles.titleFolded} like ${foldedSql(`%${needle}%`)} or ${articles.slug} like ${`%${slugNeedle}%`})`
        : sql`${articles.titleFolded} like ${foldedSql(`%${needle}%`)}`,
    );
  } else {
    conditions.push(publiclyVisible());
  }
  if (exclude) conditions.push(sql`${articles.id} <> ${exclude}`);
  return getDb()
    .select({ id: articles.id, title: articles.title, slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(...conditions))
    .orderBy(
      ...(q ? [sql`(${articles.titleFolded} like ${foldedSql(`${needle}%`)}) desc`] : []),
      sql`(${articles.status} = 'published') desc`,
      desc(articles.publishedAt),
      desc(articles.updatedAt),
    )
    .limit(limit);
}

/** Ids of the related-article cards in a body. */
export function relatedArticleIds(doc: unknown): string[] {
  const ids = new Set<string>();
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== "object" || depth > 40) return;
    const { type, attrs, content } = node as { type?: unknown; attrs?: { articleId?: unknown }; content?: unknown };
    if (type === "relatedArticle" && isUuid(attrs?.articleId)) ids.add(attrs.articleId);
    if (Array.isArray(content)) for (const child of content) walk(child, depth + 1);
  };
  walk(doc, 0);
  return [...ids];
}

/**
 * The public article page's view of its related-article cards: the current
 * slug and title of those that are public now (pass to `<RichText related>`).
 * Cards for drafts or unpublished articles are then left out, and a changed
 * slug does not break the link.
 */
export async function resolveRelatedArticles(doc: unknown): Promise<RelatedArticles> {
  const ids = relatedArticleIds(doc);
  if (ids.length === 0) return {};
  const rows = await getDb()
    .select({ id: articles.id, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(and(inArray(articles.id, ids), publiclyVisible()));
  return Object.fromEntries(rows.map((row) => [row.id, { slug: row.slug, title: row.title }]));
}
