import "../support/fresh-database";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articleViewCounts, articleViewDays } from "@/db/schema";
import { createArticle } from "@/lib/articles";
import { transitionArticle } from "@/lib/articles/workflow";
import { ReadershipPeriodParam, articleReadership, readershipReport } from "@/lib/readership/report";
import { UnauthenticatedError } from "@/lib/policy";
import { makeSection, makeUser, paragraphs } from "./helpers";

type Staff = Awaited<ReturnType<typeof makeUser>>;
let editor: Staff;
let writer: Staff;
let read: string;
let withdrawn: string;
/** Today and earlier days in Asia/Ho_Chi_Minh, yyyy-MM-dd. */
let daysAgo: (n: number) => string;

/** `views` in the hour starting `hour` hours into the Vietnamese day `n` days ago. */
async function hourly(articleId: string, n: number, hour: number, views: number) {
  await getDb()
    .insert(articleViewCounts)
    .values({ articleId, hour: sql`(${daysAgo(n)}::date::timestamp + make_interval(hours => ${hour}::int)) at time zone 'Asia/Ho_Chi_Minh'`, views });
}

beforeAll(async () => {
  editor = await makeUser("editor");
  writer = await makeUser("writer");
  const sectionId = (await makeSection("Biên giới")).id;
  const publish = async (title: string) => (await createArticle({ actor: editor, publish: true, input: { title, sectionId, body: paragraphs("Nội dung.") } })).id;
  read = await publish("Giao lưu hữu nghị Quốc phòng biên giới lần thứ 8");
  withdrawn = await publish("Bài đã gỡ");
  await transitionArticle({ actor: editor, id: withdrawn, input: { to: "draft" } });

  const [row] = await getDb().execute<{ today: string }>(sql`select ((now() at time zone 'Asia/Ho_Chi_Minh')::date)::text as today`);
  const today = new Date(`${row!.today}T00:00:00Z`);
  daysAgo = (n) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);

  // Today, hour 0 (always past): 5 + 2 views.
  await hourly(read, 0, 0, 5);
  await hourly(withdrawn, 0, 0, 2);
  // Three days ago: 11 still hourly, 4 already rolled up into the day (the roll-up works by hour, so a day can be split).
  await hourly(read, 3, 20, 11);
  await getDb().insert(articleViewDays).values([
    { articleId: read, day: daysAgo(3), views: 4 },
    { articleId: read, day: daysAgo(12), views: 7 },
    { articleId: withdrawn, day: daysAgo(29), views: 1 },
    // Outside every period.
    { articleId: withdrawn, day: daysAgo(30), views: 1000 },
  ]);
});

describe("the readership report", () => {
  it("adds hourly buckets and daily totals by Vietnamese day, every day of the period listed", async () => {
    const month = await readershipReport({ actor: writer, days: 30 });
    expect(month.from).toBe(daysAgo(29));
    expect(month.daily).toHaveLength(30);
    expect(month.daily.at(-1)).toEqual({ day: daysAgo(0), views: 7 });
    expect(month.daily.find((row) => row.day === daysAgo(3))!.views).toBe(15);
    expect(month.daily.find((row) => row.day === daysAgo(12))!.views).toBe(7);
    expect(month.daily[0]).toEqual({ day: daysAgo(29), views: 1 });
    expect(month.daily.filter((row) => row.views > 0)).toHaveLength(4);
    expect(month.totalViews).toBe(5 + 2 + 11 + 4 + 7 + 1);
  });

  it("ranks the articles, unpublished ones included with their status", async () => {
    const month = await readershipReport({ actor: editor, days: 30 });
    expect(month.articles.map((article) => [article.id, article.views, article.status])).toEqual([
      [read, 27, "published"],
      [withdrawn, 3, "draft"],
    ]);
    expect(month.articles[0]).toMatchObject({ title: "Giao lưu hữu nghị Quốc phòng biên giới lần thứ 8", sectionName: "Biên giới" });
    expect(month.articles[0]!.publishedAt).toBeInstanceOf(Date);
  });

  it("narrows to the week and to today", async () => {
    const week = await readershipReport({ actor: editor, days: 7 });
    expect(week.daily).toHaveLength(7);
    expect(week.totalViews).toBe(5 + 2 + 11 + 4);
    const today = await readershipReport({ actor: editor, days: 1 });
    expect(today.daily).toEqual([{ day: daysAgo(0), views: 7 }]);
    expect(today.articles.map((article) => article.views)).toEqual([5, 2]);
  });

  it("gives one article's views today, over 7 and 30 days and in all", async () => {
    expect(await articleReadership({ actor: writer, articleId: read })).toEqual({ today: 5, week: 20, month: 27, total: 27 });
    expect(await articleReadership({ actor: editor, articleId: withdrawn })).toEqual({ today: 2, week: 2, month: 3, total: 1003 });
    const unread = (await createArticle({ actor: editor, input: { title: "Bản nháp chưa ai đọc", body: paragraphs("Nháp.") } })).id;
    expect(await articleReadership({ actor: editor, articleId: unread })).toEqual({ today: 0, week: 0, month: 0, total: 0 });
    expect(await articleReadership({ actor: editor, articleId: "not-an-id" })).toEqual({ today: 0, week: 0, month: 0, total: 0 });
  });

  it("is for signed-in staff only", async () => {
    await expect(readershipReport({ actor: null as never, days: 7 })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(articleReadership({ actor: null as never, articleId: read })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("reads the period from the address, the week for anything else", () => {
    expect(ReadershipPeriodParam.parse("30")).toBe(30);
    expect(ReadershipPeriodParam.parse("1")).toBe(1);
    for (const odd of [undefined, "", "2", "abc", "7; drop table articles", "1e9", "-1"]) expect(ReadershipPeriodParam.parse(odd)).toBe(7);
  });
});
