import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { articleViewCounts, articleViewDays, articles, sections } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/policy";
import type { ArticleStatus } from "@/db/schema";
import { NEWSROOM_TIME_ZONE } from "@/lib/text/dates";

/**
 * The newsroom's view of readership: views per day and the most-read articles
 * over the last 1, 7 or 30 days (Vietnamese calendar days, today included).
 * Recent days come from the hourly buckets, older ones from the daily totals
 * they are rolled up into (lib/readership rollUpViewCounts); a bucket is in one
 * table or the other, never both, so the two add up.
 */

export const READERSHIP_PERIODS = [1, 7, 30] as const;
export type ReadershipPeriod = (typeof READERSHIP_PERIODS)[number];

/** `?ky=` from the address: anything else shows the week. */
export const ReadershipPeriodParam = z.coerce.number().pipe(z.literal(READERSHIP_PERIODS)).catch(7);

/** Today in the newsroom's time zone, as an SQL date. */
const today = sql`(now() at time zone ${NEWSROOM_TIME_ZONE})::date`;

/**
 * Views as (article_id, day, views) rows, days in the newsroom's time zone, from
 * both tables, from `sinceDay` on and/or for one article.
 */
function viewsByDay({ sinceDay, articleId }: { sinceDay?: SQL; articleId?: string }): SQL {
  const hourly: SQL[] = [];
  const daily: SQL[] = [];
  if (sinceDay) {
    hourly.push(sql`hour >= ${sinceDay}::timestamp at time zone ${NEWSROOM_TIME_ZONE}`);
    daily.push(sql`day >= ${sinceDay}`);
  }
  if (articleId) {
    hourly.push(sql`article_id = ${articleId}`);
    daily.push(sql`article_id = ${articleId}`);
  }
  const where = (conditions: SQL[]) => (conditions.length ? sql` where ${sql.join(conditions, sql` and `)}` : sql``);
  return sql`
    select article_id, (hour at time zone ${NEWSROOM_TIME_ZONE})::date as day, views from ${articleViewCounts}${where(hourly)}
    union all
    select article_id, day, views from ${articleViewDays}${where(daily)}`;
}

export interface ReadershipReport {
  days: ReadershipPeriod;
  /** First day of the period, yyyy-MM-dd (Asia/Ho_Chi_Minh). */
  from: string;
  totalViews: number;
  /** Every day of the period, oldest first, days without views included. */
  daily: { day: string; views: number }[];
  /** Most-read first; any status, since an unpublished article keeps its history. */
  articles: { id: string; title: string; status: ArticleStatus; sectionName: string | null; publishedAt: Date | null; views: number }[];
}

const TOP_ARTICLES = 20;

export async function readershipReport({ actor, days }: { actor: Actor; days: ReadershipPeriod }): Promise<ReadershipReport> {
  assertCan(actor, "readership.read");
  const db = getDb();
  const firstDay = sql`(${today} - ${days - 1}::int)`;
  const views = sql`with views as (${viewsByDay({ sinceDay: firstDay })})`;
  const [perDay, top] = await Promise.all([
    db.execute<{ day: string; views: number }>(sql`${views}
      select to_char(series.day, 'YYYY-MM-DD') as day, coalesce(sum(views.views), 0)::int as views
      from generate_series(${firstDay}, ${today}, interval '1 day') as series(day)
      left join views on views.day = series.day::date
      group by series.day
      order by series.day`),
    db.execute<{ id: string; title: string; status: ArticleStatus; section_name: string | null; published_at: string | null; views: number }>(sql`${views},
    totals as (select article_id, sum(views)::int as views from views group by article_id)
      select ${articles.id} as id, ${articles.title} as title, ${articles.status} as status, ${sections.name} as section_name,
        ${articles.publishedAt} as published_at, totals.views
      from totals
      join ${articles} on ${articles.id} = totals.article_id
      left join ${sections} on ${sections.id} = ${articles.sectionId}
      order by totals.views desc, ${articles.publishedAt} desc nulls last, ${articles.id}
      limit ${TOP_ARTICLES}`),
  ]);
  const daily = perDay.map((row) => ({ day: row.day, views: Number(row.views) }));
  return {
    days,
    from: daily[0]?.day ?? "",
    totalViews: daily.reduce((sum, row) => sum + row.views, 0),
    daily,
    articles: top.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      sectionName: row.section_name,
      publishedAt: row.published_at ? new Date(row.published_at) : null,
      views: Number(row.views),
    })),
  };
}

export interface ArticleReadership {
  today: number;
  week: number;
  month: number;
  total: number;
}

/** One article's views today, over the last 7 and 30 Vietnamese days, and since it was first read. */
export async function articleReadership({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ArticleReadership> {
  assertCan(actor, "readership.read");
  if (!z.uuid().safeParse(articleId).success) return { today: 0, week: 0, month: 0, total: 0 };
  const [row] = await getDb().execute<{ today: number; week: number; month: number; total: number }>(sql`
    with views as (${viewsByDay({ articleId })})
    select
      coalesce(sum(views) filter (where day >= ${today}), 0)::int as today,
      coalesce(sum(views) filter (where day > ${today} - 7), 0)::int as week,
      coalesce(sum(views) filter (where day > ${today} - 30), 0)::int as month,
      coalesce(sum(views), 0)::int as total
    from views`);
  return { today: Number(row?.today ?? 0), week: Number(row?.week ?? 0), month: Number(row?.month ?? 0), total: Number(row?.total ?? 0) };
}
