import "server-only";
import { desc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { articleViewCounts, articleViewDays, articles, sections } from "@/db/schema";
import { cardColumns, type PublicArticleCard } from "@/lib/articles";
import { publiclyVisible } from "@/lib/policy/visibility";

/**
 * Most-read counts. The article page sends a beacon (POST /api/views) that
 * lands here: recordView() only adds one to a counter in memory, so the reader
 * never waits for the database. The counters are written in batches — every
 * FLUSH_INTERVAL_MS, as soon as FLUSH_AT_KEYS distinct (article, hour) pairs are
 * waiting, and on shutdown — with one upsert into hourly buckets. Each app
 * instance keeps its own small buffer; the totals live in PostgreSQL.
 */

export const FLUSH_INTERVAL_MS = 5_000;
/** Distinct (article, hour) pairs that trigger a flush before the timer. */
export const FLUSH_AT_KEYS = 500;
/** While the database cannot be written, at most this many pairs wait in memory; views of new pairs are then dropped. */
const MAX_PENDING_KEYS = 20_000;
/** A batch that failed this many times in a row is dropped (and logged), so a broken database cannot grow the buffer forever. */
const MAX_ATTEMPTS = 3;
const ROWS_PER_STATEMENT = 5_000;
const HOUR_MS = 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One reader (address and browser) counts once per article in this long: reloads and replayed beacons add nothing. */
export const REPEAT_VIEW_WINDOW_MS = 30 * 60_000;
/** Readers remembered per instance for that; past this the oldest are forgotten. */
const MAX_REMEMBERED_READS = 100_000;

interface ViewBuffer {
  /** "articleId hourISO" → views not yet written. */
  pending: Map<string, number>;
  timer: NodeJS.Timeout | null;
  /** The flush running now (resolved when none is). Flushes never overlap. */
  running: Promise<void>;
  /** A flush queued behind the running one: it takes whatever is pending when it starts. */
  queued: Promise<void> | null;
  failures: number;
  hooked: boolean;
  /** "reader articleId" → when it was last counted, oldest first. */
  recentReads: Map<string, number>;
}

// One buffer per process, shared by every bundle that imports this module.
const holder = globalThis as unknown as { __toasoanViews?: ViewBuffer };

function buffer(): ViewBuffer {
  holder.__toasoanViews ??= { pending: new Map(), timer: null, running: Promise.resolve(), queued: null, failures: 0, hooked: false, recentReads: new Map() };
  return holder.__toasoanViews;
}

/** The start of the hour `at` falls in, as an ISO string (UTC). */
export function hourOf(at: Date): string {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS).toISOString();
}

/** True when this reader was counted on this article within the window; otherwise remembers the read. */
function isRepeatRead(state: ViewBuffer, key: string, at: number): boolean {
  const last = state.recentReads.get(key);
  if (last !== undefined && at - last >= 0 && at - last < REPEAT_VIEW_WINDOW_MS) return true;
  state.recentReads.delete(key); // re-inserted as the newest
  state.recentReads.set(key, at);
  if (state.recentReads.size > MAX_REMEMBERED_READS) state.recentReads.delete(state.recentReads.keys().next().value!);
  return false;
}

/**
 * Counts one view of an article, in memory; returns at once. Unknown, draft or
 * archived articles are filtered out when the batch is written. With `reader`
 * (an opaque key for the address and browser, see readerKey), a repeat within
 * REPEAT_VIEW_WINDOW_MS is not counted.
 */
export function recordView(articleId: string, at: Date = new Date(), reader?: string): void {
  if (!UUID.test(articleId)) return;
  const state = buffer();
  if (reader && isRepeatRead(state, `${reader} ${articleId.toLowerCase()}`, at.getTime())) return;
  const key = `${articleId.toLowerCase()} ${hourOf(at)}`;
  const current = state.pending.get(key);
  if (current === undefined && state.pending.size >= MAX_PENDING_KEYS) return;
  state.pending.set(key, (current ?? 0) + 1);
  installExitHooks(state);
  if (state.pending.size >= FLUSH_AT_KEYS) void flushViews();
  else schedule(state);
}

/** Views recorded in this process and not yet written (for tests and diagnostics). */
export function pendingViewCount(): number {
  let total = 0;
  for (const views of buffer().pending.values()) total += views;
  return total;
}

/**
 * Writes every view recorded so far. Resolves once they are in the database
 * (or, on a database error, put back for the next attempt and logged: it never
 * rejects, so callers in the background need no handler).
 */
export function flushViews(): Promise<void> {
  const state = buffer();
  if (state.queued) return state.queued;
  const next = state.running.then(async () => {
    state.queued = null;
    await writePending(state);
  });
  state.queued = next;
  state.running = next;
  return next;
}

function schedule(state: ViewBuffer) {
  if (state.timer) return;
  state.timer = setTimeout(() => {
    state.timer = null;
    void flushViews();
  }, FLUSH_INTERVAL_MS);
  state.timer.unref();
}

async function writePending(state: ViewBuffer) {
  if (state.timer) {
    clearTimeout(state.timer);
    state.timer = null;
  }
  if (state.pending.size === 0) return;
  const batch = state.pending;
  state.pending = new Map();
  try {
    await upsertCounts(batch);
    state.failures = 0;
  } catch (error) {
    state.failures += 1;
    const views = [...batch.values()].reduce((sum, n) => sum + n, 0);
    const reason = error instanceof Error ? error.message : String(error);
    if (state.failures >= MAX_ATTEMPTS) {
      state.failures = 0;
      console.error(`[readership] dropped ${views} view(s) after ${MAX_ATTEMPTS} failed writes: ${reason}`);
      return;
    }
    console.error(`[readership] could not write ${views} view(s), will retry: ${reason}`);
    for (const [key, n] of batch) {
      const current = state.pending.get(key);
      if (current !== undefined || state.pending.size < MAX_PENDING_KEYS) state.pending.set(key, (current ?? 0) + n);
    }
    schedule(state);
  }
}

/**
 * One multi-row upsert per chunk. Only publicly visible articles are counted
 * (the join filters with publiclyVisible()); rows go in key order so that
 * instances flushing at the same time lock buckets in the same order.
 */
async function upsertCounts(batch: Map<string, number>) {
  const rows = [...batch]
    .map(([key, views]) => {
      const [articleId, hour] = key.split(" ") as [string, string];
      return { article_id: articleId, hour, views };
    })
    .sort((a, b) => a.article_id.localeCompare(b.article_id) || a.hour.localeCompare(b.hour));
  const db = getDb();
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT));
    await db.execute(sql`
      insert into ${articleViewCounts} (article_id, hour, views)
      select v.article_id, v.hour, sum(v.views)::int
      from jsonb_to_recordset(${chunk}::jsonb) as v(article_id uuid, hour timestamptz, views int)
      join ${articles} on ${articles.id} = v.article_id
      where ${publiclyVisible()}
      group by v.article_id, v.hour
      order by v.article_id, v.hour
      on conflict (article_id, hour) do update set views = ${articleViewCounts}.views + excluded.views`);
  }
}

/** Best effort: write what is pending when the process is about to end. */
function installExitHooks(state: ViewBuffer) {
  if (state.hooked) return;
  state.hooked = true;
  process.on("beforeExit", () => {
    if (state.pending.size > 0) void flushViews();
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const onSignal = () => {
      // Next.js has its own handler that exits after closing the server; when ours is the only
      // one, listening has disabled the default exit, so exit with the signal once flushed.
      const alone = process.listenerCount(signal) === 1;
      const flushed = Promise.race([flushViews(), new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
      if (alone) {
        void flushed.finally(() => {
          process.removeListener(signal, onSignal);
          process.kill(process.pid, signal);
        });
      }
    };
    process.on(signal, onSignal);
  }
}

// ——— Reading the counts ———

export const READERSHIP_WINDOWS = { "24h": 24, "7d": 24 * 7 } as const;
export type ReadershipWindow = keyof typeof READERSHIP_WINDOWS;

export interface MostReadArticle extends PublicArticleCard {
  views: number;
}

/**
 * The most-read publicly visible articles over the last 24 hours or 7 days
 * (the current hour's bucket and the ones before it), most views first.
 */
export async function mostRead({ window, limit = 5 }: { window: ReadershipWindow; limit?: number }): Promise<MostReadArticle[]> {
  const hours = READERSHIP_WINDOWS[window];
  const count = Math.min(Math.max(Math.trunc(limit), 1), 50);
  const db = getDb();
  const totals = db
    .select({ articleId: articleViewCounts.articleId, views: sql<number>`sum(${articleViewCounts.views})::int`.as("views") })
    .from(articleViewCounts)
    .where(gte(articleViewCounts.hour, sql`date_trunc('hour', now()) - make_interval(hours => ${hours - 1}::int)`))
    .groupBy(articleViewCounts.articleId)
    .as("totals");
  const rows = await db
    .select({ ...cardColumns, views: totals.views })
    .from(totals)
    .innerJoin(articles, eq(articles.id, totals.articleId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(publiclyVisible())
    .orderBy(desc(totals.views), desc(articles.publishedAt), desc(articles.id))
    .limit(count);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/**
 * Hourly buckets are kept this long (the 7-day list plus a day of margin);
 * older ones are rolled up into daily totals.
 */
export const HOURLY_VIEWS_KEPT_DAYS = 8;

/**
 * Moves hourly view counts older than HOURLY_VIEWS_KEPT_DAYS into
 * article_view_days (days in Asia/Ho_Chi_Minh), in one statement: the rows are
 * deleted and added to the daily totals together, so instances running it at
 * once cannot count a bucket twice (the second waits on the first's row locks
 * and then finds them gone). Returns how many hourly rows were rolled up.
 */
export async function rollUpViewCounts(): Promise<number> {
  const [row] = await getDb().execute<{ moved: number }>(sql`
    with moved as (
      delete from ${articleViewCounts}
      where ${articleViewCounts.hour} < date_trunc('hour', now()) - make_interval(days => ${HOURLY_VIEWS_KEPT_DAYS}::int)
      returning article_id, hour, views
    ),
    daily as (
      insert into ${articleViewDays} (article_id, day, views)
      select article_id, (hour at time zone 'Asia/Ho_Chi_Minh')::date, sum(views)::int
      from moved
      group by 1, 2
      order by 1, 2
      on conflict (article_id, day) do update set views = ${articleViewDays}.views + excluded.views
    )
    select count(*)::int as moved from moved`);
  return row?.moved ?? 0;
}
