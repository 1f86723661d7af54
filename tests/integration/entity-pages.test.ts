import "../support/fresh-database";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { entities, entityRedirects } from "@/db/schema";
import { createArticle, getPublishedArticleBySlug } from "@/lib/articles";
import { importKnowledgeBase } from "@/lib/import/knowledge-base";
import { entityJsonLd } from "@/lib/entities/json-ld";
import { findEntityId, getEntityRecord, listTimeline, relatedEntities, timelineEntityIds, titlesOn } from "@/lib/entities/pages";
import { makeUser, paragraphs } from "./helpers";

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/knowledge-base.json"), "utf8"));
const ids = new Map<string, string>();
const id = (key: string) => ids.get(key)!;
let editor: Awaited<ReturnType<typeof makeUser>>;

async function publish(title: string, tags: { personIds?: string[]; placeIds?: string[]; eventIds?: string[]; seriesIds?: string[] }) {
  return createArticle({ actor: editor, publish: true, input: { title, sapo: "", body: paragraphs("Nội dung."), ...tags } });
}

beforeAll(async () => {
  editor = await makeUser("editor");
  await importKnowledgeBase({ actor: "system", data: fixture });
  for (const row of await getDb().select({ id: entities.id, key: entities.key }).from(entities)) ids.set(row.key!, row.id);
});

const record = async (key: string) => (await getEntityRecord(id(key)))!;

describe("titles as of a date", () => {
  it("shows the title held on the article's date", async () => {
    const people = [id("ly-thuong-phuc"), id("dong-quan"), id("phan-van-giang")];
    const aug2023 = await titlesOn(people, new Date("2023-08-30T10:00:00Z"));
    expect(aug2023.get(id("ly-thuong-phuc"))).toBe("Bộ trưởng Bộ Quốc phòng Trung Quốc");
    expect(aug2023.has(id("dong-quan"))).toBe(false);
    const apr2024 = await titlesOn(people, new Date("2024-04-11T10:00:00Z"));
    expect(apr2024.has(id("ly-thuong-phuc"))).toBe(false);
    expect(apr2024.get(id("dong-quan"))).toBe("Bộ trưởng Bộ Quốc phòng Trung Quốc");
    expect(apr2024.get(id("phan-van-giang"))).toBe("Bộ trưởng Bộ Quốc phòng");
  });

  it("counts a month-precision end as the whole month", async () => {
    expect((await titlesOn([id("ly-thuong-phuc")], new Date("2023-10-31T10:00:00Z"))).size).toBe(1);
    expect((await titlesOn([id("ly-thuong-phuc")], new Date("2023-11-01T10:00:00Z"))).size).toBe(0);
  });
});

describe("entity pages", () => {
  it("a person has a current title, the whole history, and events attended", async () => {
    const giang = await record("phan-van-giang");
    expect(giang.person?.current).toMatchObject({ title: "Bộ trưởng Bộ Quốc phòng", rank: "Đại tướng", organization: { name: "Bộ Quốc phòng Việt Nam" } });
    expect(giang.person?.country?.name).toBe("Việt Nam");
    expect(giang.person?.events.map((e) => e.role)).toEqual(["Trưởng đoàn Việt Nam"]);
    expect(entityJsonLd(giang, "https://ts.example")).toMatchObject({ "@type": "Person", jobTitle: "Bộ trưởng Bộ Quốc phòng", url: "https://ts.example/nhan-vat/phan-van-giang" });
  });

  it("a place shows its breadcrumb, children, successors, and the events held in it or inside it", async () => {
    const baoThang = await record("bao-thang");
    expect(baoThang.place?.breadcrumb.map((p) => p.name)).toEqual(["Việt Nam", "Lào Cai"]);
    expect(baoThang.place?.children.map((p) => p.name)).toEqual(["xã Bản Phiệt"]);
    expect(baoThang.place?.validTo).toBe("2025-06-30");
    expect(baoThang.place?.successors.map((p) => p.name)).toEqual(["Lào Cai"]);
    const vn = await record("vn");
    expect(vn.place?.events.map((e) => e.name)).toContain("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8");
    expect(entityJsonLd(vn, "https://ts.example")["@type"]).toBe("Country");
  });

  it("an edition links its series and neighbours, with its dated history", async () => {
    const gl8 = await record("gl-8");
    expect(gl8.event).toMatchObject({ edition: 8, status: "held", series: { name: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc" } });
    expect(gl8.event?.previous?.name).toMatch(/lần thứ nhất$/);
    expect(gl8.event?.next).toBeNull();
    expect(gl8.event?.history.map((h) => [h.status, h.start?.date])).toEqual([["planned", "2023-09-07"], ["held", "2024-04-11"]]);
    expect(gl8.event?.participants.find((p) => p.name === "Đổng Quân")?.title).toBe("Bộ trưởng Bộ Quốc phòng Trung Quốc");
    expect(entityJsonLd(gl8, "https://ts.example")).toMatchObject({ "@type": "Event", startDate: "2024-04-11", superEvent: { "@type": "EventSeries" } });
  });

  it("a series lists its editions in order", async () => {
    const series = await record("gl-bien-gioi");
    expect(series.series?.editions.map((e) => e.edition)).toEqual([1, 8]);
    expect(series.series?.editions[1]?.places.map((p) => p.name)).toEqual(expect.arrayContaining(["Lào Cai", "Vân Nam"]));
    expect(entityJsonLd(series, "https://ts.example")).toMatchObject({ "@type": "EventSeries", subEvent: [{ startDate: "2014" }, { startDate: "2024-04-11" }] });
  });

  it("an organization shows its parent chain and the people who hold positions in it", async () => {
    const cuc = await record("cuc-doi-ngoai");
    expect(cuc.organization?.breadcrumb.map((o) => o.name)).toEqual(["Bộ Quốc phòng Việt Nam"]);
    const bqp = await record("bqp-cn");
    expect(bqp.organization?.people.map((p) => p.name).sort()).toEqual(["Lý Thượng Phúc", "Đổng Quân"].sort());
  });
});

describe("timelines", () => {
  it("a place's timeline includes articles tagged with places inside it; a series' includes its editions", async () => {
    const a = await publish("Khởi công ở Bản Phiệt", { placeIds: [id("ban-phiet")] });
    const b = await publish("Lần thứ 8 khai mạc", { eventIds: [id("gl-8")], personIds: [id("dong-quan"), id("phan-van-giang")] });
    const laoCai = await timelineEntityIds({ id: id("lao-cai"), type: "place" });
    expect((await listTimeline(laoCai, 1)).articles.map((x) => x.id)).toContain(a.id);
    const series = await timelineEntityIds({ id: id("gl-bien-gioi"), type: "series" });
    const timeline = await listTimeline(series, 1);
    expect(timeline.articles.map((x) => x.id)).toEqual([b.id]);
    expect(timeline).toMatchObject({ total: 1, pages: 1 });
    expect((await relatedEntities(id("dong-quan"), "person")).map((p) => p.name)).toEqual(["Phan Văn Giang"]);
    const article = await getPublishedArticleBySlug(b.slug);
    expect(article?.tags.find((tag) => tag.name === "Đổng Quân")?.hint).toBe("Bộ trưởng Bộ Quốc phòng Trung Quốc");
  });
});

describe("addresses", () => {
  it("finds events and series at /su-kien and follows redirects of old slugs", async () => {
    const gl8 = (await getEntityRecord(id("gl-8")))!;
    expect(await findEntityId(["event", "series"], gl8.slug)).toEqual({ id: id("gl-8") });
    await getDb().insert(entityRedirects).values({ type: "person", slug: "feng-guangqing", entityId: id("dong-quan") });
    expect(await findEntityId(["person"], "feng-guangqing")).toEqual({ redirectTo: "/nhan-vat/dong-quan" });
    expect(await findEntityId(["person"], "nobody")).toBeNull();
    const [count] = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from entity_redirects`);
    expect(count!.n).toBe(1);
  });
});
