import "../support/fresh-database";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { entities, events, eventStatusChanges, places, positions } from "@/db/schema";
import { KnowledgeBaseError, exportKnowledgeBase, importKnowledgeBase } from "@/lib/import/knowledge-base";
import { ForbiddenError } from "@/lib/policy";
import { makeUser } from "./helpers";

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/knowledge-base.json"), "utf8"));
const clone = () => structuredClone(fixture);

async function snapshot() {
  const db = getDb();
  const [counts] = await db.execute<Record<string, number>>(sql`select
    (select count(*)::int from entities) as entities, (select count(*)::int from positions) as positions,
    (select count(*)::int from event_status_changes) as history, (select count(*)::int from event_places) as event_places,
    (select count(*)::int from event_participants) as participants, (select count(*)::int from place_successors) as successors`);
  return counts;
}

const idOf = async (type: "person" | "place" | "event" | "organization" | "series", key: string) =>
  (await getDb().select({ id: entities.id }).from(entities).where(sql`${entities.type} = ${type} and ${entities.key} = ${key}`))[0]!.id;

describe("entities:import", () => {
  it("refuses bad files naming the entry and field, and writes nothing", async () => {
    const cases: [unknown, RegExp][] = [
      [[], /JSON object/],
      [{ persons: [] }, /Unknown section "persons"/],
      [{ people: [{ key: "x" }] }, /^people\[0\] \(key "x"\)\.name: /],
      [{ people: [{ key: "x", name: "X", positions: [{ title: "T", from: "2023-13" }] }] }, /^people\[0\] \(key "x"\)\.positions\[0\]\.from: must be a date/],
      [{ places: [{ key: "a", name: "A" }, { key: "a", name: "B" }] }, /places\[1\] \(key "a"\): duplicate key, also at places\[0\]/],
      [{ places: [{ key: "a", name: "A", kind: "planet" }] }, /^places\[0\] \(key "a"\)\.kind: /],
      [{ events: [{ key: "e", name: "E", places: ["nowhere"] }] }, /events\[0\] \(key "e"\)\.places\[0\]: no place with key "nowhere"/],
      [{ people: [{ key: "p", name: "P", positions: [{ title: "T", from: "2024-05", to: "2023-01" }] }] }, /positions\[0\]\.to: ends \(2023-01\) before it starts/],
      [{ places: [{ key: "a", name: "A", parent: "b" }, { key: "b", name: "B", parent: "a" }] }, /cannot be its own ancestor/],
      [{ series: [{ key: "s", name: "S" }], events: [{ key: "e1", name: "E1", series: "s", edition: 2 }, { key: "e2", name: "E2", series: "s", edition: 2 }] }, /events\[1\] \(key "e2"\)\.edition: edition 2 of series "s" is also events\[0\]/],
    ];
    for (const [file, message] of cases) {
      const error = await importKnowledgeBase({ actor: "system", data: file }).catch((e) => e);
      expect(error, JSON.stringify(file)).toBeInstanceOf(KnowledgeBaseError);
      expect((error as Error).message).toMatch(message);
    }
    expect((await snapshot())!.entities).toBe(0);
  });

  it("imports every type with its links and reports counts", async () => {
    const report = await importKnowledgeBase({ actor: "system", data: clone() });
    expect(report.counts).toEqual({
      places: { created: 7, updated: 0 },
      organizations: { created: 3, updated: 0 },
      series: { created: 1, updated: 0 },
      people: { created: 4, updated: 0 },
      events: { created: 2, updated: 0 },
    });
    const db = getDb();
    const [banPhiet] = await db.select().from(places).where(eq(places.entityId, await idOf("place", "ban-phiet")));
    expect(banPhiet!.parentId).toBe(await idOf("place", "bao-thang"));
    const [gl8] = await db.select().from(events).where(eq(events.entityId, await idOf("event", "gl-8")));
    expect(gl8).toMatchObject({ edition: 8, startDate: "2024-04-11", startPrecision: "day", status: "held", seriesId: await idOf("series", "gl-bien-gioi") });
    const [gl1] = await db.select().from(events).where(eq(events.entityId, await idOf("event", "gl-1")));
    expect(gl1).toMatchObject({ startDate: "2014-01-01", startPrecision: "year" });
    const history = await db.select().from(eventStatusChanges).where(eq(eventStatusChanges.eventId, gl8!.entityId)).orderBy(eventStatusChanges.position);
    expect(history.map((h) => [h.status, h.startDate])).toEqual([["planned", "2023-09-07"], ["held", "2024-04-11"]]);
    const [slug] = await db.select({ slug: entities.slug }).from(entities).where(eq(entities.id, await idOf("person", "dong-quan")));
    expect(slug!.slug).toBe("dong-quan");
  });

  it("is idempotent: the same file again creates nothing and changes nothing", async () => {
    const before = await snapshot();
    const report = await importKnowledgeBase({ actor: "system", data: clone() });
    expect(Object.values(report.counts).every((count) => count.created === 0)).toBe(true);
    expect(report.counts.people.updated).toBe(4);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps stored values for missing fields and replaces lists that are given", async () => {
    await importKnowledgeBase({
      actor: "system",
      data: { people: [{ key: "dong-quan", name: "Đổng Quân", positions: [{ title: "Ủy viên Quân ủy Trung ương", from: "2024" }] }] },
    });
    const personId = await idOf("person", "dong-quan");
    const [person] = await getDb().select().from(entities).where(eq(entities.id, personId));
    expect(person!.aliases).toEqual(["Dong Jun", "董军"]);
    const titles = await getDb().select({ title: positions.title }).from(positions).where(eq(positions.personId, personId));
    expect(titles.map((t) => t.title)).toEqual(["Ủy viên Quân ủy Trung ương"]);
  });

  it("round-trips through export", async () => {
    await importKnowledgeBase({ actor: "system", data: clone() });
    const exported = await exportKnowledgeBase({ actor: "system" });
    const before = await snapshot();
    const report = await importKnowledgeBase({ actor: "system", data: exported });
    expect(Object.values(report.counts).every((count) => count.created === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await exportKnowledgeBase({ actor: "system" })).toEqual(exported);
    const gl8 = exported.events!.find((event) => event.key === "gl-8")!;
    expect(gl8).toMatchObject({ series: "gl-bien-gioi", edition: 8, start: "2024-04-11", end: "2024-04-12", places: ["lao-cai", "van-nam"] });
    expect(exported.events!.find((event) => event.key === "gl-1")!.start).toBe("2014");
    expect(exported.places!.map((place) => place.key).indexOf("vn")).toBeLessThan(exported.places!.map((place) => place.key).indexOf("ban-phiet"));
  });

  it("follows the policy: writers may import, anonymous callers may not", async () => {
    const writer = await makeUser("writer");
    await expect(importKnowledgeBase({ actor: writer, data: { series: [{ key: "s2", name: "Chuỗi mới" }] } })).resolves.toBeTruthy();
    await expect(importKnowledgeBase({ actor: null as never, data: {} })).rejects.toThrow();
    await expect(importKnowledgeBase({ actor: { id: "x", role: "guest" as never }, data: {} })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
