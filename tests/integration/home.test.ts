import "../support/fresh-database";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articleViewCounts, articles, sections } from "@/db/schema";
import { createArticle } from "@/lib/articles";
import { getHomePage, HOME_LIMITS, RECENT_EVENT_DAYS } from "@/lib/articles/home";
import { transitionArticle } from "@/lib/articles/workflow";
import { createEntity } from "@/lib/entities/records";
import { SYSTEM } from "@/lib/users";
import { makeUser, paragraphs } from "./helpers";

const HOUR = 3_600_000;
let editor: Awaited<ReturnType<typeof makeUser>>;

/** A calendar day `offset` days from today in the newsroom's time zone, as YYYY-MM-DD. */
function day(offset: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

async function publishAt(title: string, hoursAgo: number, options: { sectionId?: string | null; cover?: boolean } = {}) {
  const { id } = await createArticle({
    actor: editor,
    publish: true,
    input: {
      title,
      sapo: `Sapo của ${title}`,
      sectionId: options.sectionId ?? null,
      body: paragraphs("Nội dung."),
      cover: options.cover ? { src: `https://images.example/${encodeURIComponent(title)}.jpg`, alt: `Ảnh ${title}` } : null,
    },
  });
  await getDb()
    .update(articles)
    .set({ publishedAt: new Date(Date.now() - hoursAgo * HOUR) })
    .where(eq(articles.id, id));
  return id;
}

async function makeSections(...names: string[]) {
  return getDb()
    .insert(sections)
    .values(names.map((name, position) => ({ name, slug: `home-${position}-${Date.now().toString(36)}`, position })))
    .returning();
}

const clearArticles = () => getDb().delete(articles).where(sql`true`);

beforeAll(async () => {
  editor = await makeUser("editor");
});

describe("getHomePage: stories", () => {
  it("is empty but well-formed with no public stories", async () => {
    await createArticle({ actor: editor, input: { title: "Chỉ là bản nháp", body: paragraphs("x") } });
    const home = await getHomePage();
    expect(home.lead).toBeNull();
    expect(home.topStories).toEqual([]);
    expect(home.sections).toEqual([]);
    expect(home.mostRead).toEqual({ day: [], week: [] });
    await clearArticles();
  });

  it("leads with the newest story that has a cover from the last two days, else with the newest", async () => {
    await publishAt("Tin có ảnh hôm qua", 20, { cover: true });
    await publishAt("Tin mới nhất, không ảnh", 1);
    await publishAt("Tin mới thứ hai, không ảnh", 2);
    let home = await getHomePage();
    expect(home.lead?.title).toBe("Tin có ảnh hôm qua");
    expect(home.lead?.cover).toMatchObject({ src: expect.stringMatching(/^https:\/\/images\.example\//), alt: "Ảnh Tin có ảnh hôm qua" });
    expect(home.topStories.map((story) => story.title)).toEqual(["Tin mới nhất, không ảnh", "Tin mới thứ hai, không ảnh"]);

    // A cover older than two days does not win over fresher news.
    await getDb()
      .update(articles)
      .set({ publishedAt: new Date(Date.now() - 60 * HOUR) })
      .where(eq(articles.title, "Tin có ảnh hôm qua"));
    home = await getHomePage();
    expect(home.lead?.title).toBe("Tin mới nhất, không ảnh");
    expect(home.topStories.map((story) => story.title)).toEqual(["Tin mới thứ hai, không ảnh", "Tin có ảnh hôm qua"]);
    await clearArticles();
  });

  it("fills the top stories and each section's block without repeating a story, sections in their order", async () => {
    const [defence, border, diplomacy, empty] = await makeSections("Quốc phòng", "Biên giới", "Đối ngoại", "Chuyên mục trống");
    // Newest first: the first six go to the lead and the top stories.
    const order = [defence, border, defence, diplomacy, defence, border, defence, defence, border, defence, defence, border, border, border, border, null];
    const ids: string[] = [];
    for (const [index, section] of order.entries()) ids.push(await publishAt(`Tin số ${index + 1}`, index + 1, { sectionId: section?.id ?? null }));
    const draft = await createArticle({ actor: editor, input: { title: "Bản nháp chuyên mục", sectionId: diplomacy!.id, body: paragraphs("x") } });
    const archived = await publishAt("Tin đã lưu trữ", 0.5, { sectionId: diplomacy!.id });
    await transitionArticle({ actor: editor, id: archived, input: { to: "archived" } });

    const home = await getHomePage();
    expect(home.lead?.title).toBe("Tin số 1");
    expect(home.topStories.map((story) => story.title)).toEqual(["Tin số 2", "Tin số 3", "Tin số 4", "Tin số 5", "Tin số 6"]);
    expect(home.topStories).toHaveLength(HOME_LIMITS.topStories);

    // Đối ngoại's only public story is already a top story: the section is left out, like the empty one.
    expect(home.sections.map((section) => section.name)).toEqual(["Quốc phòng", "Biên giới"]);
    const [first, second] = home.sections;
    expect(first).toMatchObject({ id: defence!.id, slug: defence!.slug });
    expect(first!.articles.map((story) => story.title)).toEqual(["Tin số 7", "Tin số 8", "Tin số 10", "Tin số 11"]);
    expect(second!.articles.map((story) => story.title)).toEqual(["Tin số 9", "Tin số 12", "Tin số 13", "Tin số 14"]);
    for (const story of second!.articles) expect(story).toMatchObject({ sectionName: "Biên giới", sectionSlug: border!.slug });

    const shown = [home.lead!, ...home.topStories, ...home.sections.flatMap((section) => section.articles)].map((story) => story.id);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).not.toContain(draft.id);
    expect(shown).not.toContain(archived);
    expect(home.sections.some((section) => section.id === empty!.id)).toBe(false);

    // The stories' most-read lists come along, public stories only.
    await getDb()
      .insert(articleViewCounts)
      .values([
        { articleId: ids[9]!, hour: new Date(Math.floor(Date.now() / HOUR) * HOUR), views: 9 },
        { articleId: archived, hour: new Date(Math.floor(Date.now() / HOUR) * HOUR), views: 99 },
        { articleId: ids[3]!, hour: new Date(Math.floor(Date.now() / HOUR) * HOUR - 3 * 24 * HOUR), views: 30 },
      ]);
    const withReads = await getHomePage();
    expect(withReads.mostRead.day.map((story) => [story.title, story.views])).toEqual([["Tin số 10", 9]]);
    expect(withReads.mostRead.week.map((story) => [story.title, story.views])).toEqual([
      ["Tin số 4", 30],
      ["Tin số 10", 9],
    ]);
    await clearArticles();
    await getDb().delete(sections).where(inArray(sections.id, [defence!.id, border!.id, diplomacy!.id, empty!.id]));
  });
});

describe("getHomePage: events in focus", () => {
  it("lists editions to come (soonest first) and those over in the last 90 days (latest first)", async () => {
    const lang = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Lạng Sơn", kind: "province" } });
    const event = (name: string, input: Record<string, unknown>) => createEntity({ actor: SYSTEM, input: { type: "event", name, ...input } as never });
    await event("Hội nghị tuần sau", { start: day(7), end: day(8), status: "planned", placeIds: [lang.id] });
    await event("Diễn tập tháng tới", { start: day(40), status: "planned" });
    await event("Giao lưu đang diễn ra", { start: day(-1), end: day(1), status: "held" });
    await event("Hội thảo bị hủy", { start: day(3), status: "cancelled" });
    await event("Hội nghị vừa xong", { start: day(-10), end: day(-9), status: "held" });
    await event("Hội chợ tháng trước", { start: day(-45), status: "held" });
    await event("Hội nghị lâu rồi", { start: day(-RECENT_EVENT_DAYS - 5), status: "held" });
    await event("Sự kiện chưa rõ ngày", { status: "planned" });
    // Known only to the month: still to come while that month lasts.
    const thisMonth = day(0).slice(0, 7);
    await event("Tọa đàm trong tháng", { start: thisMonth, status: "planned" });

    const { events } = await getHomePage();
    const names = (list: typeof events.upcoming) => list.map((item) => item.name);
    const soonestFirst = ([["Tọa đàm trong tháng", `${thisMonth}-01`], ["Giao lưu đang diễn ra", day(-1)], ["Hội nghị tuần sau", day(7)], ["Diễn tập tháng tới", day(40)]] as const)
      .toSorted(([nameA, a], [nameB, b]) => a.localeCompare(b) || nameA.localeCompare(nameB))
      .map(([name]) => name);
    expect(names(events.upcoming)).toEqual(soonestFirst.slice(0, HOME_LIMITS.events));
    expect(names(events.recent)).toEqual(["Hội nghị vừa xong", "Hội chợ tháng trước"]);
    expect(events.recent.map((item) => item.ongoing)).toEqual([false, false]);

    const ongoing = events.upcoming.find((item) => item.name === "Giao lưu đang diễn ra")!;
    expect(ongoing.ongoing).toBe(true);
    const next = events.upcoming.find((item) => item.name === "Hội nghị tuần sau")!;
    expect(next).toMatchObject({
      type: "event",
      status: "planned",
      ongoing: false,
      start: { date: day(7), precision: "day" },
      end: { date: day(8), precision: "day" },
      places: [{ id: lang.id, type: "place", slug: lang.slug, name: "Lạng Sơn" }],
    });
    expect(events.upcoming.find((item) => item.name === "Tọa đàm trong tháng")).toMatchObject({ start: { date: `${thisMonth}-01`, precision: "month" }, ongoing: false });
  });
});
