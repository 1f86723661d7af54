import "../support/fresh-database";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { articleViewCounts, articleViewDays, articles } from "@/db/schema";
import { createArticle } from "@/lib/articles";
import { transitionArticle } from "@/lib/articles/workflow";
import { FLUSH_AT_KEYS, FLUSH_INTERVAL_MS, HOURLY_VIEWS_KEPT_DAYS, REPEAT_VIEW_WINDOW_MS, flushViews, hourOf, mostRead, pendingViewCount, recordView, rollUpViewCounts } from "@/lib/readership";
import { makeSection, makeUser, paragraphs } from "./helpers";

type Editor = Awaited<ReturnType<typeof makeUser>>;
let editor: Editor;
let sectionId: string;

const HOUR = 3_600_000;
const publish = async (title: string) => (await createArticle({ actor: editor, publish: true, input: { title, sectionId, body: paragraphs("Nội dung.") } })).id;

async function countsOf(articleId: string) {
  return getDb()
    .select({ hour: articleViewCounts.hour, views: articleViewCounts.views })
    .from(articleViewCounts)
    .where(eq(articleViewCounts.articleId, articleId))
    .orderBy(articleViewCounts.hour);
}

/** Views written straight into an hour bucket `hoursAgo` hours before the current one. */
async function seedViews(articleId: string, hoursAgo: number, views: number) {
  await getDb()
    .insert(articleViewCounts)
    .values({ articleId, hour: sql`date_trunc('hour', now()) - make_interval(hours => ${hoursAgo}::int)`, views })
    .onConflictDoUpdate({ target: [articleViewCounts.articleId, articleViewCounts.hour], set: { views: sql`${articleViewCounts.views} + excluded.views` } });
}

beforeAll(async () => {
  editor = await makeUser("editor");
  sectionId = (await makeSection("Quốc phòng")).id;
});

beforeEach(async () => {
  await flushViews();
  await getDb().delete(articleViewCounts).where(sql`true`);
});

describe("recording views", () => {
  it("buffers views in memory and writes them on flush, one row per article and hour", async () => {
    const id = await publish("Bài được đọc");
    recordView(id);
    recordView(id);
    recordView(id);
    expect(pendingViewCount()).toBe(3);
    expect(await countsOf(id)).toEqual([]);

    await flushViews();
    expect(pendingViewCount()).toBe(0);
    const rows = await countsOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.views).toBe(3);
    expect(rows[0]!.hour.toISOString()).toBe(hourOf(new Date()));

    // A second batch adds to the same bucket.
    recordView(id);
    await flushViews();
    expect((await countsOf(id))[0]!.views).toBe(4);
  });

  it("counts a reader once per article in half an hour: reloads and replayed beacons add nothing", async () => {
    const [id, other] = [await publish("Bài được tải lại"), await publish("Bài khác cùng người đọc")];
    const start = Date.now();
    for (let i = 0; i < 5; i += 1) recordView(id, new Date(start + i * 1000), "reader-a");
    recordView(id, new Date(start), "reader-b");
    recordView(other, new Date(start), "reader-a");
    recordView(id, new Date(start + REPEAT_VIEW_WINDOW_MS + 1000), "reader-a"); // back after the window
    recordView(id, new Date(start)); // no reader key (a caller that cannot tell readers apart): always counted
    expect(pendingViewCount()).toBe(5);
    await flushViews();
    const views = (rows: { views: number }[]) => rows.reduce((sum, row) => sum + row.views, 0);
    expect(views(await countsOf(id))).toBe(4);
    expect(views(await countsOf(other))).toBe(1);
  });

  it("buckets views by the hour they happened in", async () => {
    const id = await publish("Bài đọc qua nhiều giờ");
    const now = Date.now();
    recordView(id, new Date(now - 2 * HOUR));
    recordView(id, new Date(now - 2 * HOUR));
    recordView(id, new Date(now - HOUR));
    recordView(id, new Date(now));
    await flushViews();
    const rows = await countsOf(id);
    expect(rows.map((row) => [row.hour.toISOString(), row.views])).toEqual([
      [hourOf(new Date(now - 2 * HOUR)), 2],
      [hourOf(new Date(now - HOUR)), 1],
      [hourOf(new Date(now)), 1],
    ]);
    for (const row of rows) expect(row.hour.getTime() % HOUR).toBe(0);
  });

  it("counts only publicly visible articles: drafts, archived, future-scheduled and unknown ids are dropped", async () => {
    const visible = await publish("Bài công khai");
    const draft = (await createArticle({ actor: editor, input: { title: "Bản nháp", body: paragraphs("x") } })).id;
    const archived = await publish("Bài đã lưu trữ");
    await transitionArticle({ actor: editor, id: archived, input: { to: "archived" } });
    const scheduled = (await createArticle({ actor: editor, input: { title: "Bài hẹn giờ", body: paragraphs("x") } })).id;
    await transitionArticle({ actor: editor, id: scheduled, input: { to: "scheduled", at: new Date(Date.now() + 24 * HOUR).toISOString() } });

    for (const id of [visible, draft, archived, scheduled, "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"]) recordView(id);
    recordView("not-a-uuid");
    expect(pendingViewCount()).toBe(5);
    await flushViews();

    const rows = await getDb().select({ articleId: articleViewCounts.articleId, views: articleViewCounts.views }).from(articleViewCounts);
    expect(rows).toEqual([{ articleId: visible, views: 1 }]);
    expect(pendingViewCount()).toBe(0);
  });

  it("flushes on its own once enough distinct buckets are waiting", async () => {
    const id = await publish("Bài được đọc rất nhiều giờ");
    const base = Date.now();
    for (let index = 0; index < FLUSH_AT_KEYS - 1; index += 1) recordView(id, new Date(base - index * HOUR));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pendingViewCount()).toBe(FLUSH_AT_KEYS - 1);
    // The last distinct bucket starts a flush at once, long before the timer (FLUSH_INTERVAL_MS) would.
    recordView(id, new Date(base - FLUSH_AT_KEYS * HOUR));
    const total = () =>
      getDb()
        .select({ views: sql<number>`coalesce(sum(${articleViewCounts.views}), 0)::int`, buckets: sql<number>`count(*)::int` })
        .from(articleViewCounts)
        .where(eq(articleViewCounts.articleId, id))
        .then((rows) => rows[0]);
    await vi.waitFor(async () => expect(await total()).toEqual({ views: FLUSH_AT_KEYS, buckets: FLUSH_AT_KEYS }), { timeout: FLUSH_INTERVAL_MS / 2, interval: 50 });
  });

  it("is safe when flushes race: concurrent upserts into the same buckets lose no view", async () => {
    const ids = await Promise.all(["Một", "Hai", "Ba"].map((name) => publish(`Bài đua ${name}`)));
    // Other instances' batches, written at the same time as this one's.
    const db = getDb();
    const otherInstance = (views: number) =>
      db.execute(sql`
        insert into ${articleViewCounts} (article_id, hour, views)
        select id, date_trunc('hour', now()), ${views}::int from ${articles} where ${articles.id} = any(${`{${ids.join(",")}}`}::uuid[])
        order by id
        on conflict (article_id, hour) do update set views = ${articleViewCounts}.views + excluded.views`);
    const rounds = 10;
    const work: Promise<unknown>[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const id of ids) recordView(id);
      work.push(flushViews(), otherInstance(2), otherInstance(3));
    }
    await Promise.all(work);
    await flushViews();
    for (const id of ids) {
      const rows = await countsOf(id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.views).toBe(rounds * (1 + 2 + 3));
    }
  });

  it("keeps the views of a failed write and writes them on the next flush", async () => {
    const id = await publish("Bài khi cơ sở dữ liệu lỗi");
    const url = process.env.DATABASE_URL;
    const { closeDb } = await import("@/db");
    recordView(id);
    recordView(id);
    await closeDb();
    process.env.DATABASE_URL = "";
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(" "));
    try {
      await flushViews();
    } finally {
      console.error = original;
      process.env.DATABASE_URL = url;
    }
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/will retry/);
    expect(pendingViewCount()).toBe(2);
    await flushViews();
    expect((await countsOf(id))[0]?.views).toBe(2);
  });
});

describe("most read", () => {
  it("ranks the last 24 hours and the last 7 days separately, most views first", async () => {
    const [fresh, steady, old, ancient] = await Promise.all(["Tin nóng hôm nay", "Tin đọc đều cả tuần", "Tin của năm ngày trước", "Tin của tháng trước"].map(publish));
    await seedViews(fresh!, 0, 30);
    await seedViews(fresh!, 3, 20);
    await seedViews(steady!, 1, 10);
    await seedViews(steady!, 30, 100);
    await seedViews(old!, 24, 40); // just outside the 24-hour window (its 24 buckets are this hour and the 23 before)
    await seedViews(old!, 5 * 24, 35);
    await seedViews(ancient!, 24 * 7, 1_000); // just outside the 7-day window

    const day = await mostRead({ window: "24h", limit: 10 });
    expect(day.map((row) => [row.id, row.views])).toEqual([
      [fresh, 50],
      [steady, 10],
    ]);
    const week = await mostRead({ window: "7d", limit: 10 });
    expect(week.map((row) => [row.id, row.views])).toEqual([
      [steady, 110],
      [old, 75],
      [fresh, 50],
    ]);
    expect(await mostRead({ window: "7d", limit: 2 })).toHaveLength(2);
  });

  it("returns article cards with their section, and lists only publicly visible articles", async () => {
    const visible = await publish("Bài vẫn công khai");
    const unpublished = await publish("Bài bị gỡ");
    const archived = await publish("Bài bị lưu trữ");
    await seedViews(visible, 0, 1);
    await seedViews(unpublished, 0, 500);
    await seedViews(archived, 0, 400);
    await transitionArticle({ actor: editor, id: unpublished, input: { to: "draft" } });
    await transitionArticle({ actor: editor, id: archived, input: { to: "archived" } });

    const [first, ...rest] = await mostRead({ window: "24h", limit: 5 });
    expect(rest).toEqual([]);
    const [article] = await getDb().select({ slug: articles.slug, publishedAt: articles.publishedAt }).from(articles).where(and(eq(articles.id, visible)));
    expect(first).toEqual({
      id: visible,
      slug: article!.slug,
      title: "Bài vẫn công khai",
      sapo: "",
      publishedAt: article!.publishedAt,
      sectionName: "Quốc phòng",
      sectionSlug: expect.any(String),
      views: 1,
    });
  });

  it("deleting an article deletes its counts", async () => {
    const id = await publish("Bài sẽ bị xóa");
    await seedViews(id, 0, 5);
    await getDb().delete(articles).where(eq(articles.id, id));
    expect(await countsOf(id)).toEqual([]);
  });
});

describe("rolling up old view counts", () => {
  it("moves hourly buckets older than the lists need into daily totals (Vietnam's days), once, even when instances race", async () => {
    const id = await publish("Bài cũ được đọc");
    const kept = HOURLY_VIEWS_KEPT_DAYS * 24;
    await seedViews(id, 1, 5); // recent: stays hourly
    await seedViews(id, kept - 1, 7); // just inside what is kept
    // Three old buckets: two in one Vietnamese day, one in another (ten days back, at hours chosen below).
    const [old] = await getDb().execute<{ a: string; b: string; c: string }>(sql`
      select (date_trunc('day', now() at time zone 'Asia/Ho_Chi_Minh') - interval '10 days' + interval '8 hours') at time zone 'Asia/Ho_Chi_Minh' as a,
             (date_trunc('day', now() at time zone 'Asia/Ho_Chi_Minh') - interval '10 days' + interval '23 hours') at time zone 'Asia/Ho_Chi_Minh' as b,
             (date_trunc('day', now() at time zone 'Asia/Ho_Chi_Minh') - interval '9 days' + interval '1 hour') at time zone 'Asia/Ho_Chi_Minh' as c`);
    for (const [hour, views] of [[old!.a, 2], [old!.b, 3], [old!.c, 4]] as const) await getDb().insert(articleViewCounts).values({ articleId: id, hour: new Date(hour), views });

    const moved = await Promise.all([rollUpViewCounts(), rollUpViewCounts()]);
    expect(moved[0] + moved[1]).toBe(3);
    expect(await rollUpViewCounts()).toBe(0);

    expect((await countsOf(id)).map((row) => row.views)).toEqual([7, 5]);
    const days = await getDb().select({ day: articleViewDays.day, views: articleViewDays.views }).from(articleViewDays).where(eq(articleViewDays.articleId, id)).orderBy(articleViewDays.day);
    expect(days.map((row) => row.views)).toEqual([5, 4]);
    expect(new Date(`${days[1]!.day}T00:00:00Z`).getTime() - new Date(`${days[0]!.day}T00:00:00Z`).getTime()).toBe(24 * HOUR);
    // The lists read the hourly buckets of the last 7 days, all still there.
    expect((await mostRead({ window: "7d", limit: 50 })).find((article) => article.id === id)?.views).toBe(5);

    // Rolling up again later adds to the day instead of replacing it.
    await getDb().insert(articleViewCounts).values({ articleId: id, hour: new Date(old!.a), views: 10 });
    await rollUpViewCounts();
    expect((await getDb().select({ views: articleViewDays.views }).from(articleViewDays).where(eq(articleViewDays.articleId, id)).orderBy(articleViewDays.day)).map((row) => row.views)).toEqual([15, 4]);
  });
});
