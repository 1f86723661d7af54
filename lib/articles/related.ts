import "server-only";
import { and, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/db";
import { articleEntities, articles, sections } from "@/db/schema";
import { publiclyVisible } from "@/lib/policy/visibility";
import { cardColumns, type PublicArticleCard } from "./index";

/**
 * "Bài liên quan" and "Cùng chuyên mục" under an article.
 *
 * Related articles are the public articles that share the most tags (people,
 * places, organizations, events, series) with the article; ties go to the
 * newer one. On a large archive a popular tag ("Việt Nam") sits on tens of
 * thousands of articles, so candidates are capped: from each shared tag only
 * its PER_TAG newest public articles are considered, and each candidate is then
 * scored on all the tags it really shares.
 *
 * The newest articles of a tag come from `article_entities_entity_published_idx`
 * (tag, the article's date copied onto the tag row by triggers), walked newest
 * first with each row's article checked for visibility: PER_TAG rows and a
 * few skipped ones (scheduled for later, archived), however popular the tag.
 * `publiclyVisible()` filters every branch.
 */
export const PER_TAG = 50;

const Id = z.uuid();
const Limit = z.number().int().min(1).max(50);
const Ids = z.array(z.uuid()).max(200);

/** The public newest-first order. The published-date index is DESC NULLS LAST; visible rows always have a date. */
const newestFirst = sql`${articles.publishedAt} desc nulls last`;

/**
 * Ids of public articles matching `where`, newest first: published ones walking
 * the published-date index, plus scheduled ones whose time has come (a handful
 * at most, through the scheduled-time index).
 */
function newestPublicIds(where: SQL, limit: number): SQL {
  return sql`
    select newest.id from (
      (select ${articles.id}, ${articles.publishedAt} from ${articles}
        where ${articles.status} = 'published' and ${publiclyVisible()} and ${where}
        order by ${newestFirst} limit ${limit})
      union all
      (select ${articles.id}, ${articles.publishedAt} from ${articles}
        where ${articles.status} = 'scheduled' and ${articles.scheduledAt} <= now() and ${publiclyVisible()} and ${where}
        order by ${newestFirst} limit ${limit})
    ) newest
    order by newest.published_at desc, newest.id desc
    limit ${limit}`;
}

/** The ranking query: ids of up to `limit` public articles sharing tags with `articleId`, best first. Exported for the benchmark's EXPLAIN. */
export function relatedIdsQuery(articleId: string, limit: number): SQL {
  return sql`
    with mine as materialized (
      select entity_id from ${articleEntities} where article_id = ${articleId}
    ),
    candidates as (
      select candidate.id, candidate.published_at
      from mine
      cross join lateral (
        select ${articles.id}, ${articles.publishedAt}
        from ${articleEntities} tagged
        join ${articles} on ${articles.id} = tagged.article_id
        where tagged.entity_id = mine.entity_id and tagged.published_at is not null
          and tagged.article_id <> ${articleId} and ${publiclyVisible()}
        order by tagged.published_at desc nulls last, tagged.article_id desc
        limit ${PER_TAG}
      ) candidate
    ),
    ranked as (
      select candidates.id, max(candidates.published_at) as published_at,
        (select count(*) from ${articleEntities} shared
          where shared.article_id = candidates.id and shared.entity_id in (select entity_id from mine)) as shared
      from candidates
      group by candidates.id
    )
    select ranked.id from ranked
    order by ranked.shared desc, ranked.published_at desc, ranked.id desc
    limit ${limit}`;
}

/** Cards for these ids, public ones only, in the order given. */
async function cardsInOrder(ids: string[]): Promise<PublicArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await getDb()
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(inArray(articles.id, ids), publiclyVisible()));
  const byId = new Map(rows.map((row) => [row.id, row as PublicArticleCard]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function idsOf(query: SQL): Promise<string[]> {
  const rows = await getDb().execute<{ id: string }>(query);
  return rows.map((row) => row.id);
}

/**
 * The newest public articles of a section, leaving out `excludeIds` (the
 * article itself, and those already shown as related).
 */
export async function moreFromSection(sectionId: string, excludeIds: readonly string[], limit = 4): Promise<PublicArticleCard[]> {
  if (!Id.safeParse(sectionId).success) return [];
  const exclude = Ids.parse([...excludeIds]);
  const where = and(eq(articles.sectionId, sectionId), notInArray(articles.id, exclude))!;
  return cardsInOrder(await idsOf(newestPublicIds(where, Limit.parse(limit))));
}

/** The section an article is filed in, if any. */
const sectionIdOf = cache(async (articleId: string): Promise<string | null> => {
  if (!Id.safeParse(articleId).success) return null;
  const [row] = await getDb().select({ sectionId: articles.sectionId }).from(articles).where(eq(articles.id, articleId));
  return row?.sectionId ?? null;
});

/**
 * Up to `limit` public articles related to the article: most shared tags first,
 * then the newer. When fewer are related (or the article has no tags), the
 * rest are the newest of its section, so the box is not left half empty.
 * Never the article itself; never a draft, an archived article or one
 * scheduled for later.
 */
export const relatedArticles = cache(async (articleId: string, limit = 4): Promise<PublicArticleCard[]> => {
  if (!Id.safeParse(articleId).success) return [];
  const wanted = Limit.parse(limit);
  const related = await cardsInOrder(await idsOf(relatedIdsQuery(articleId, wanted)));
  if (related.length >= wanted) return related;
  const sectionId = await sectionIdOf(articleId);
  if (!sectionId) return related;
  const fill = await moreFromSection(sectionId, [articleId, ...related.map((card) => card.id)], wanted - related.length);
  return [...related, ...fill];
});
