import "server-only";
import { and, count, desc, eq, exists } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/db";
import { articleAuthors, articles, sections, users } from "@/db/schema";
import { publiclyVisible } from "@/lib/policy/visibility";

/**
 * The public author page /tac-gia/[slug]: the author's display name, bio and
 * avatar, and the articles they sign that readers may see. Only authors with
 * at least one public article have a page, so it does not list staff accounts.
 */
export interface PublicAuthor {
  id: string;
  slug: string;
  displayName: string;
  bio: string;
  avatarUrl: string | null;
}

export interface AuthorArticle {
  id: string;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  sectionName: string | null;
  sectionSlug: string | null;
}

export const AUTHOR_PAGE_SIZE = 20;

const bylineOf = (userId: string) => and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, userId));

export const getPublicAuthor = cache(async (slug: string): Promise<PublicAuthor | null> => {
  if (!slug || slug.length > 200) return null;
  const db = getDb();
  const [author] = await db
    .select({ id: users.id, slug: users.slug, displayName: users.displayName, bio: users.bio, avatarUrl: users.avatarUrl })
    .from(users)
    .where(
      and(
        eq(users.slug, slug),
        exists(
          db
            .select({ one: articleAuthors.articleId })
            .from(articleAuthors)
            .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
            .where(and(eq(articleAuthors.userId, users.id), publiclyVisible())),
        ),
      ),
    )
    .limit(1);
  return author ? { ...author, slug: author.slug! } : null;
});

const PageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The author's public articles, newest first, a page at a time. */
export const listAuthorArticles = cache(async (authorId: string, pageInput: unknown = 1) => {
  const page = PageSchema.parse(pageInput);
  const db = getDb();
  const where = and(publiclyVisible(), exists(db.select({ one: articleAuthors.articleId }).from(articleAuthors).where(bylineOf(authorId))));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        sapo: articles.sapo,
        publishedAt: articles.publishedAt,
        sectionName: sections.name,
        sectionSlug: sections.slug,
      })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(AUTHOR_PAGE_SIZE)
      .offset((page - 1) * AUTHOR_PAGE_SIZE),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  const n = total?.n ?? 0;
  return { rows: rows as AuthorArticle[], total: n, page, pageCount: Math.max(1, Math.ceil(n / AUTHOR_PAGE_SIZE)) };
});
