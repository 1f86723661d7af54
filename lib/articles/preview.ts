import "server-only";
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { articles, sections, users } from "@/db/schema";
import { summarize } from "@/lib/entities";
import { titlesOn } from "@/lib/entities/pages";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { ForbiddenError, assertCan, canEditArticle, type Actor } from "@/lib/policy";
import { slugify } from "@/lib/text/slug";
import { ArticleInputSchema, bylinesOf, type ArticleInput, type Byline, type PublicArticle } from "./index";

/**
 * The unsaved state of the article form as the public page would show it:
 * the same validation as a save (ArticleInputSchema: a bad body, link or
 * cover is refused with field errors), the same policy (the actor may edit
 * this article, or create one), then resolved the way the public read
 * resolves a stored article — section, bylines in order, tags with each
 * person's title as of the publication time (now, for an unpublished
 * article). It only reads: nothing is written, no revision is made.
 *
 * Without `authorIds` the bylines are the stored ones (as a save would keep
 * them), or the actor for a new article.
 */
export async function buildArticlePreview({
  actor,
  id,
  input,
}: {
  actor: Actor;
  /** The article being edited; none for a new one. */
  id?: string;
  input: ArticleInput | Record<string, unknown>;
}): Promise<PublicArticle> {
  assertCan(actor, "article.create");
  const db = getDb();
  let stored: { id: string; slug: string; authorId: string | null; status: (typeof articles.$inferSelect)["status"]; publishedAt: Date | null } | undefined;
  if (id !== undefined) {
    if (!z.uuid().safeParse(id).success) throw new NotFoundError("Bài viết không tồn tại.");
    [stored] = await db
      .select({ id: articles.id, slug: articles.slug, authorId: articles.authorId, status: articles.status, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.id, id));
    if (!stored) throw new NotFoundError("Bài viết không tồn tại.");
    if (!canEditArticle(actor, stored)) throw new ForbiddenError();
  }

  const data = ArticleInputSchema.parse(input);

  let section: { name: string; slug: string } | undefined;
  if (data.sectionId) {
    [section] = await db.select({ name: sections.name, slug: sections.slug }).from(sections).where(eq(sections.id, data.sectionId));
    if (!section) throw new ValidationError("Chuyên mục không tồn tại.", "sectionId");
  }

  const authors = data.authorIds ? await resolveBylines(data.authorIds) : stored ? await bylinesOf(stored.id) : await resolveBylines([actor.id]);

  const tagIds = [...new Set([...data.personIds, ...data.placeIds, ...data.organizationIds, ...data.eventIds, ...data.seriesIds])];
  const tags = await summarize(tagIds);
  if (tags.length !== tagIds.length) throw new ValidationError("Một thẻ đã chọn không còn tồn tại.", "tags");

  const publishedAt = stored?.publishedAt ?? new Date();
  const titles = await titlesOn(
    tags.filter((tag) => tag.type === "person").map((tag) => tag.id),
    publishedAt,
  );

  return {
    id: stored?.id ?? "",
    slug: data.slug ? slugify(data.slug) : (stored?.slug ?? slugify(data.title)),
    title: data.title,
    sapo: data.sapo,
    publishedAt,
    updatedAt: new Date(),
    sectionId: data.sectionId ?? null,
    sectionName: section?.name ?? null,
    sectionSlug: section?.slug ?? null,
    body: data.body.doc,
    authors,
    source: data.source,
    sourceUrl: data.sourceUrl,
    cover: data.cover,
    seoTitle: data.seoTitle,
    seoDescription: data.seoDescription,
    tags: tags.map((tag) => (tag.type === "person" ? { ...tag, hint: titles.get(tag.id) ?? "" } : tag)),
  };
}

/** Accounts by id, in the order given; an id that is no account is a field error, as on save. */
async function resolveBylines(ids: string[]): Promise<Byline[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await getDb().select({ id: users.id, displayName: users.displayName, slug: users.slug }).from(users).where(inArray(users.id, wanted));
  const byId = new Map(rows.map((row) => [row.id, row]));
  if (byId.size !== wanted.length) throw new ValidationError("Một tác giả đã chọn không còn tồn tại.", "authorIds");
  return wanted.map((id) => byId.get(id)!);
}
