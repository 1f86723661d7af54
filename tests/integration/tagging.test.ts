import "../support/fresh-database";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getDb } from "@/db";
import { entities, eventPlaces, events, people, places, positions } from "@/db/schema";
import { ForbiddenError, UnauthenticatedError } from "@/lib/policy";
import { suggestEntityTags, suggestTagsAsSystem, taggingCache } from "@/lib/tagging";
import { makeUser } from "./helpers";

let writer: Awaited<ReturnType<typeof makeUser>>;

/** Straight into the tables, as an import or the admin UI would leave them. Without a key, the slug stands in. */
async function entity(type: "person" | "place" | "organization" | "event" | "series", name: string, aliases: string[], key: string | null, slug = key!) {
  const [row] = await getDb().insert(entities).values({ type, name, aliases, key, slug }).returning({ id: entities.id });
  return row!.id;
}

beforeAll(async () => {
  taggingCache.checkEveryMs = 0; // look for graph changes on every call
  writer = await makeUser("writer");
  const db = getDb();
  const vietnam = await entity("place", "Việt Nam", ["Vietnam"], "viet-nam");
  const laoCai = await entity("place", "Lào Cai", ["Lao Cai"], "lao-cai");
  const yunnan = await entity("place", "Vân Nam", ["Yunnan"], "van-nam");
  await db.insert(places).values([
    { entityId: vietnam, kind: "country" },
    { entityId: laoCai, kind: "province", parentId: vietnam },
    { entityId: yunnan, kind: "province" },
  ]);
  const dong = await entity("person", "Đổng Quân", ["Dong Jun", "董军"], "dong-quan");
  // Two namesakes; the UI-created one has no key.
  const minhA = await entity("person", "Nguyễn Văn Minh", [], "nguyen-van-minh-a");
  const minhB = await entity("person", "Nguyễn Văn Minh", [], null, "nguyen-van-minh-2");
  await db.insert(people).values([{ entityId: dong }, { entityId: minhA }, { entityId: minhB }]);
  await db.insert(positions).values([
    { personId: dong, title: "Bộ trưởng Bộ Quốc phòng Trung Quốc", rank: "Thượng tướng", fromDate: "2023-12-01", fromPrecision: "month" },
    { personId: minhA, title: "Phó Chủ tịch UBND tỉnh Lào Cai", fromDate: "2015-01-01", fromPrecision: "year", toDate: "2019-01-01", toPrecision: "year" },
    { personId: minhA, title: "Chủ tịch UBND tỉnh Lào Cai", fromDate: "2020-01-01", fromPrecision: "year" },
    { personId: minhB, title: "Chính ủy Bộ đội Biên phòng", rank: "Đại tá", fromDate: "2019-01-01", fromPrecision: "year" },
  ]);
  const series = await entity("series", "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc", [], "giao-luu");
  const eighth = await entity("event", "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8", [], "giao-luu-8");
  await db.insert(events).values({
    entityId: eighth,
    seriesId: series,
    edition: 8,
    startDate: "2024-04-11",
    startPrecision: "day",
    endDate: "2024-04-12",
    endPrecision: "day",
    status: "held",
  });
  await db.insert(eventPlaces).values([
    { eventId: eighth, placeId: laoCai },
    { eventId: eighth, placeId: yunnan },
  ]);
});

const byKey = (suggestions: { key: string | null; slug: string }[]) => suggestions.map((s) => s.key ?? s.slug).sort();

describe("suggestEntityTags", () => {
  it("finds the graph's entities in a text, with editions and their series", async () => {
    const { suggestions } = await suggestEntityTags({
      actor: writer,
      input: { text: "Thượng tướng Đổng Quân đến Lào Cai dự Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ tám.", date: "2024-04-11" },
    });
    expect(byKey(suggestions)).toEqual(["dong-quan", "giao-luu", "giao-luu-8", "lao-cai", "viet-nam"]);
    const dong = suggestions.find((s) => s.key === "dong-quan")!;
    expect(dong).toMatchObject({ type: "person", name: "Đổng Quân", count: 1, ambiguous: false, hint: "Thượng tướng, Bộ trưởng Bộ Quốc phòng Trung Quốc" });
    expect(suggestions.find((s) => s.key === "giao-luu-8")?.detail).toMatchObject({ edition: 8, start: "2024-04-11", end: "2024-04-12" });
    expect(suggestions.find((s) => s.key === "lao-cai")?.detail).toMatchObject({ kind: "province", parent: "Việt Nam" });
  });

  it("offers both namesakes with the title each held on the article's date", async () => {
    const text = "Ông Nguyễn Văn Minh phát biểu.";
    const in2017 = (await suggestEntityTags({ actor: writer, input: { text, date: "2017-03-01" } })).suggestions;
    expect(in2017).toHaveLength(2);
    expect(in2017.every((s) => s.ambiguous)).toBe(true);
    expect(in2017.map((s) => s.hint).sort()).toEqual(["Phó Chủ tịch UBND tỉnh Lào Cai", "Đại tá, Chính ủy Bộ đội Biên phòng"]);
    const in2024 = (await suggestEntityTags({ actor: writer, input: { text, date: "2024-04-11T09:00:00+07:00" } })).suggestions;
    expect(in2024.map((s) => s.hint).sort()).toEqual(["Chủ tịch UBND tỉnh Lào Cai", "Đại tá, Chính ủy Bộ đội Biên phòng"]);
  });

  it("refuses callers without a role, and texts that are too long", async () => {
    await expect(suggestEntityTags({ actor: { id: writer.id, role: "nobody" as never }, input: { text: "Lào Cai" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(suggestEntityTags({ actor: null as never, input: { text: "Lào Cai" } })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(suggestEntityTags({ actor: writer, input: { text: "x".repeat(200_001) } })).rejects.toBeInstanceOf(ZodError);
    await expect(suggestEntityTags({ actor: writer, input: { text: "Lào Cai", date: "11/4/2024" } })).rejects.toBeInstanceOf(ZodError);
  });

  it("sees entities added or renamed since the last call", async () => {
    expect(byKey(await suggestTagsAsSystem("Đoàn đến Hà Khẩu, Vân Nam."))).toEqual(["van-nam"]);
    const hekou = await entity("place", "Hà Khẩu", ["Hekou"], null, "ha-khau");
    await getDb().insert(places).values({ entityId: hekou, kind: "district" });
    expect(byKey(await suggestTagsAsSystem("Đoàn đến Hà Khẩu, Vân Nam."))).toEqual(["ha-khau", "van-nam"]);

    await getDb().update(entities).set({ aliases: ["Hekou", "河口"], updatedAt: new Date() }).where(eq(entities.id, hekou));
    expect(byKey(await suggestTagsAsSystem("代表团抵达河口。"))).toEqual(["ha-khau"]);
  });
});
