import "server-only";
import { and, asc, desc, eq, gte, isNotNull, lt, ne, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { cache } from "react";
import { getDb } from "@/db";
import { articles, entities, eventPlaces, events, sections, type EntityType } from "@/db/schema";
import type { Cover, PublicArticleCard } from "@/lib/articles";
import { publiclyVisible } from "@/lib/policy/visibility";
import { mostRead, type MostReadArticle } from "@/lib/readership";
import { NEWSROOM_TIME_ZONE } from "@/lib/text/dates";
import { fromColumns, type PartialDate } from "@/lib/text/partial-date";

/** How many stories each block of the home page shows. */
export const HOME_LIMITS = { topStories: 5, perSection: 4, mostRead: 5, events: 4 } as const;
/** The lead is the newest story with a cover published in this many hours; otherwise simply the newest. */
export const LEAD_COVER_HOURS = 48;
/** "Recent" events ended at most this many days ago. */
export const RECENT_EVENT_DAYS = 90;

export interface HomeArticle extends PublicArticleCard {
  cover: Cover | null;
}

export interface HomeSection {
  id: string;
  slug: string;
  name: string;
  articles: HomeArticle[];
}

export interface HomeEvent {
  id: string;
  type: EntityType;
  slug: string;
  name: string;
  edition: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
  status: "planned" | "postponed" | "held" | "cancelled";
  /** Under way: started on a known day, not over yet (newsroom calendar), neither postponed nor cancelled. */
  ongoing: boolean;
  places: { id: string; type: EntityType; slug: string; name: string }[];
}

export interface HomePage {
  lead: HomeArticle | null;
  topStories: HomeArticle[];
  /** Sections in their navigation order, each with its newest stories not shown above; sections with none are left out. */
  sections: HomeSection[];
  mostRead: { day: MostReadArticle[]; week: MostReadArticle[] };
  events: { upcoming: HomeEvent[]; recent: HomeEvent[] };
}

const articleColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  sapo: articles.sapo,
  publishedAt: articles.publishedAt,
  cover: articles.cover,
};

type ArticleRow = { id: string; slug: string; title: string; sapo: string; publishedAt: Date | null; cover: unknown; sectionName: string | null; sectionSlug: string | null };

const asHomeArticle = (row: ArticleRow): HomeArticle => ({ ...row, publishedAt: row.publishedAt!, cover: (row.cover as Cover | null) ?? null });

/** The newest publicly visible stories, with their section. */
function latest(limit: number, where?: SQL) {
  return getDb()
    .select({ ...articleColumns, sectionName: sections.name, sectionSlug: sections.slug })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(publiclyVisible(), where))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
}

/** Each section's newest stories, `perSection` of them, in one query (a lateral join per section). */
async function latestPerSection(perSection: number) {
  const db = getDb();
  const newest = db
    .select(articleColumns)
    .from(articles)
    .where(and(eq(articles.sectionId, sections.id), publiclyVisible()))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(perSection)
    .as("newest");
  return db
    .select({
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      id: newest.id,
      slug: newest.slug,
      title: newest.title,
      sapo: newest.sapo,
      publishedAt: newest.publishedAt,
      cover: newest.cover,
    })
    .from(sections)
    .innerJoinLateral(newest, sql`true`)
    .orderBy(asc(sections.position), asc(sections.name), asc(sections.id), desc(newest.publishedAt), desc(newest.id));
}

// ——— Events in focus ———

/** The last day a (date, precision) pair covers: "2026-09" → 2026-09-30. */
function lastDayOf(date: AnyPgColumn, precision: AnyPgColumn) {
  return sql`(case ${precision}
    when 'year' then (date_trunc('year', ${date}) + interval '1 year - 1 day')::date
    when 'month' then (date_trunc('month', ${date}) + interval '1 month - 1 day')::date
    else ${date} end)`;
}

const today = sql`(now() at time zone ${NEWSROOM_TIME_ZONE}::text)::date`;
/** The day an event is over: its end, or its start when it has no end, read to the end of its precision. */
const eventLastDay = sql`coalesce(${lastDayOf(events.endDate, events.endPrecision)}, ${lastDayOf(events.startDate, events.startPrecision)})`;

function eventsWhere(where: SQL, order: SQL[], limit: number) {
  return getDb()
    .select({
      id: entities.id,
      type: entities.type,
      slug: entities.slug,
      name: entities.name,
      edition: events.edition,
      startDate: events.startDate,
      startPrecision: events.startPrecision,
      endDate: events.endDate,
      endPrecision: events.endPrecision,
      status: events.status,
      ongoing: sql<boolean>`(${events.status} in ('planned', 'held') and coalesce(${events.startPrecision}, 'day') = 'day' and ${events.startDate} <= ${today} and ${eventLastDay} >= ${today})`,
      places: sql<HomeEvent["places"]>`coalesce((
        select json_agg(json_build_object('id', p.id, 'type', p.type, 'slug', p.slug, 'name', p.name) order by p.name)
        from ${eventPlaces} ep join ${entities} p on p.id = ep.place_id
        where ep.event_id = ${events.entityId}), '[]'::json)`,
    })
    .from(events)
    .innerJoin(entities, eq(entities.id, events.entityId))
    .where(and(isNotNull(events.startDate), where))
    .orderBy(...order)
    .limit(limit)
    .then((rows) =>
      rows.map(({ startDate, startPrecision, endDate, endPrecision, ...row }): HomeEvent => ({
        ...row,
        start: fromColumns(startDate, startPrecision),
        end: fromColumns(endDate, endPrecision),
      })),
    );
}

/** Editions still to come or under way (soonest first), and those over in the last RECENT_EVENT_DAYS days (latest first). */
export async function eventsInFocus(limit: number = HOME_LIMITS.events) {
  const [upcoming, recent] = await Promise.all([
    eventsWhere(and(ne(events.status, "cancelled"), gte(eventLastDay, today))!, [asc(events.startDate), asc(entities.name)], limit),
    eventsWhere(and(lt(eventLastDay, today), gte(eventLastDay, sql`${today} - ${RECENT_EVENT_DAYS}::int`))!, [desc(eventLastDay), desc(events.startDate), asc(entities.name)], limit),
  ]);
  return { upcoming, recent };
}

// ——— The page ———

/**
 * Everything the home page shows, from parallel queries that all read only
 * publicly visible articles: the lead, the top stories, each section's newest
 * stories (none repeated from the blocks above), the most-read lists and the
 * events in focus.
 */
export const getHomePage = cache(async (): Promise<HomePage> => {
  const shownAbove = 1 + HOME_LIMITS.topStories;
  const [newest, [withCover], perSection, day, week, focus] = await Promise.all([
    latest(shownAbove),
    latest(1, and(sql`${articles.cover} ->> 'src' <> ''`, gte(articles.publishedAt, sql`now() - make_interval(hours => ${LEAD_COVER_HOURS}::int)`))),
    // Enough per section to still have `perSection` after removing every story shown above.
    latestPerSection(HOME_LIMITS.perSection + shownAbove),
    mostRead({ window: "24h", limit: HOME_LIMITS.mostRead }),
    mostRead({ window: "7d", limit: HOME_LIMITS.mostRead }),
    eventsInFocus(),
  ]);

  const lead = withCover ?? newest[0];
  const topStories = newest.filter((row) => row.id !== lead?.id).slice(0, HOME_LIMITS.topStories);
  const shown = new Set([lead?.id, ...topStories.map((row) => row.id)]);

  const bySection = new Map<string, HomeSection>();
  for (const row of perSection) {
    if (shown.has(row.id)) continue;
    const section = bySection.get(row.sectionId) ?? { id: row.sectionId, slug: row.sectionSlug, name: row.sectionName, articles: [] };
    bySection.set(row.sectionId, section);
    if (section.articles.length < HOME_LIMITS.perSection) {
      section.articles.push(asHomeArticle({ ...row, sectionName: row.sectionName, sectionSlug: row.sectionSlug }));
    }
  }

  return {
    lead: lead ? asHomeArticle(lead) : null,
    topStories: topStories.map(asHomeArticle),
    sections: [...bySection.values()],
    mostRead: { day, week },
    events: focus,
  };
});
