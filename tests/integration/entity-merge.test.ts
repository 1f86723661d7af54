import "../support/fresh-database";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  articleEntities,
  entities,
  entityRedirects,
  eventParticipants,
  eventPlaces,
  events,
  organizations,
  people,
  placeSuccessors,
  places,
  positions,
} from "@/db/schema";
import { createArticle } from "@/lib/articles";
import { mergeAliases, mergeEntities } from "@/lib/entities/merge";
import { createEntity, updateEntity } from "@/lib/entities/records";
import { deleteEntity } from "@/lib/entities/remove";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/policy";
import { SYSTEM } from "@/lib/users";
import { makeSection, makeUser, paragraphs } from "./helpers";

let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;
let sectionId: string;

beforeAll(async () => {
  editor = await makeUser("editor");
  admin = await makeUser("admin");
  writer = await makeUser("writer");
  sectionId = (await makeSection()).id;
});

const db = () => getDb();

async function article(title: string, tags: { personIds?: string[]; placeIds?: string[]; eventIds?: string[] }, publish = true) {
  return createArticle({ actor: editor, input: { title, sapo: "Sapo.", sectionId, body: paragraphs("Nội dung."), ...tags }, publish });
}

async function tagsOf(articleId: string) {
  return db()
    .select({ entityId: articleEntities.entityId, position: articleEntities.position })
    .from(articleEntities)
    .where(eq(articleEntities.articleId, articleId))
    .orderBy(articleEntities.position);
}

async function exists(id: string) {
  return (await db().select({ id: entities.id }).from(entities).where(eq(entities.id, id))).length > 0;
}

async function redirectsTo(id: string) {
  const rows = await db().select({ slug: entityRedirects.slug }).from(entityRedirects).where(eq(entityRedirects.entityId, id));
  return rows.map((row) => row.slug).sort();
}

function validationField(error: unknown) {
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).field;
}

describe("mergeAliases", () => {
  it("keeps the target's aliases, adds the source's name and aliases, drops case- and diacritics-insensitive repeats", () => {
    expect(
      mergeAliases(
        { name: "Phùng Quang Thanh", aliases: ["Phung Quang Thanh"] },
        { name: "Feng Guangqing", aliases: ["馮光青", "phùng quang thanh", "FENG GUANGQING", "Fung  Kwong-ching", "PHÙNG QUANG THANH"] },
      ),
    ).toEqual(["Phung Quang Thanh", "Feng Guangqing", "馮光青", "Fung  Kwong-ching"]);
  });
});

describe("merging two people", () => {
  it("moves tags (deduped, lower position kept), aliases, positions, participation and old URLs, then deletes the duplicate", async () => {
    const target = await createEntity({
      actor: SYSTEM,
      input: {
        type: "person",
        name: "Phùng Quang Thanh",
        aliases: ["Phung Quang Thanh"],
        positions: [{ title: "Bộ trưởng Bộ Quốc phòng", from: "2006", to: "2016" }],
      },
    });
    const source = await createEntity({
      actor: SYSTEM,
      input: {
        type: "person",
        name: "Feng Guangqing",
        aliases: ["馮光青", "phung quang thanh"],
        description: "Trùng với Phùng Quang Thanh.",
        imageUrl: "https://example.org/feng.jpg",
        positions: [
          { title: "bộ trưởng bộ quốc phòng", from: "2006", to: "2016" },
          { title: "Ủy viên Bộ Chính trị", from: "2006", to: "2016" },
        ],
      },
    });
    // An older slug of the duplicate already redirects to it.
    await updateEntity({
      actor: editor,
      id: source.id,
      input: {
        type: "person",
        name: "Feng Guangqing",
        aliases: ["馮光青", "phung quang thanh"],
        description: "Trùng với Phùng Quang Thanh.",
        imageUrl: "https://example.org/feng.jpg",
        positions: [
          { title: "bộ trưởng bộ quốc phòng", from: "2006", to: "2016" },
          { title: "Ủy viên Bộ Chính trị", from: "2006", to: "2016" },
        ],
        slug: "feng-guangqing-2006",
      },
    });
    const other = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Đổng Quân" } });

    const both = await article("Hai tên, một người", { personIds: [source.id, other.id, target.id] });
    const onlySource = await article("Chỉ có tên phiên âm", { personIds: [other.id, source.id] });
    const draft = await article("Bản nháp có tên phiên âm", { personIds: [source.id] }, false);

    const meeting = await createEntity({
      actor: SYSTEM,
      input: { type: "event", name: "Hội đàm 2015" },
    });
    await updateEntity({
      actor: editor,
      id: meeting.id,
      input: { type: "event", name: "Hội đàm 2015", participants: [{ personId: target.id }, { personId: source.id, role: "Trưởng đoàn" }] },
    });
    const visit = await createEntity({ actor: SYSTEM, input: { type: "event", name: "Thăm 2014", participants: [{ personId: source.id, role: "Khách" }] } });

    const before = (await db().select().from(entities).where(eq(entities.id, target.id)))[0]!;
    const result = await mergeEntities({ actor: editor, input: { sourceId: source.id, targetId: target.id } });

    expect(await exists(source.id)).toBe(false);
    expect(result.movedArticles).toBe(3);
    expect(result.target).toMatchObject({ id: target.id, slug: "phung-quang-thanh" });
    expect(result.changedPaths.sort()).toEqual(
      ["/nhan-vat/feng-guangqing-2006", "/nhan-vat/phung-quang-thanh", `/bai-viet/${both.slug}`, `/bai-viet/${onlySource.slug}`].sort(),
    );

    expect(await tagsOf(both.id)).toEqual([
      { entityId: target.id, position: 0 },
      { entityId: other.id, position: 1 },
    ]);
    expect((await tagsOf(onlySource.id)).map((tag) => tag.entityId)).toEqual([other.id, target.id]);
    expect((await tagsOf(draft.id)).map((tag) => tag.entityId)).toEqual([target.id]);

    const [after] = await db().select().from(entities).where(eq(entities.id, target.id));
    expect(after!.aliases).toEqual(["Phung Quang Thanh", "Feng Guangqing", "馮光青"]);
    expect(after!.description).toBe("Trùng với Phùng Quang Thanh.");
    expect(after!.imageUrl).toBe("https://example.org/feng.jpg");
    expect(after!.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());

    const titles = await db().select({ title: positions.title }).from(positions).where(eq(positions.personId, target.id));
    expect(titles.map((row) => row.title).sort()).toEqual(["Bộ trưởng Bộ Quốc phòng", "Ủy viên Bộ Chính trị"]);

    const participation = await db()
      .select({ eventId: eventParticipants.eventId, role: eventParticipants.role })
      .from(eventParticipants)
      .where(eq(eventParticipants.personId, target.id));
    expect(participation).toEqual(
      expect.arrayContaining([
        { eventId: meeting.id, role: "Trưởng đoàn" },
        { eventId: visit.id, role: "Khách" },
      ]),
    );
    expect(participation).toHaveLength(2);

    expect(await redirectsTo(target.id)).toEqual(["feng-guangqing", "feng-guangqing-2006"]);
  });

  it("refuses merging into itself, across types, and into something gone", async () => {
    const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Một người" } });
    const place = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Một nơi", kind: "landmark" } });
    const self = await mergeEntities({ actor: editor, input: { sourceId: person.id, targetId: person.id } }).catch((error: unknown) => error);
    expect(validationField(self)).toBe("targetId");
    const across = await mergeEntities({ actor: editor, input: { sourceId: person.id, targetId: place.id } }).catch((error: unknown) => error);
    expect(validationField(across)).toBe("targetId");
    expect((across as Error).message).toMatch(/cùng loại/);
    await expect(mergeEntities({ actor: editor, input: { sourceId: crypto.randomUUID(), targetId: person.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await exists(person.id)).toBe(true);
    expect(await exists(place.id)).toBe(true);
  });

  it("is forbidden to writers, allowed to admins", async () => {
    const a = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Trùng A" } });
    const b = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Trùng B" } });
    await expect(mergeEntities({ actor: writer, input: { sourceId: a.id, targetId: b.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await exists(a.id)).toBe(true);
    await expect(mergeEntities({ actor: admin, input: { sourceId: a.id, targetId: b.id } })).resolves.toMatchObject({ target: { id: b.id } });
  });

  it("happens in one transaction: a failure at the last step leaves everything as it was", async () => {
    const target = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Người giữ lại", aliases: ["Giu lai"] } });
    const source = await createEntity({
      actor: SYSTEM,
      input: { type: "person", name: "Không xóa được", aliases: ["Khong xoa"], positions: [{ title: "Chức vụ của bản trùng" }] },
    });
    const tagged = await article("Bài gắn bản trùng", { personIds: [source.id] });
    await db().execute(sql`
      create function refuse_test_delete() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`);
    await db().execute(sql`
      create trigger refuse_test_delete before delete on entities for each row
      when (old.name = 'Không xóa được') execute function refuse_test_delete()`);
    try {
      const error = await mergeEntities({ actor: editor, input: { sourceId: source.id, targetId: target.id } }).catch((caught: unknown) => caught);
      expect(((error as Error).cause as Error | undefined)?.message).toMatch(/refused by test/);
    } finally {
      await db().execute(sql`drop trigger refuse_test_delete on entities`);
      await db().execute(sql`drop function refuse_test_delete()`);
    }
    expect(await exists(source.id)).toBe(true);
    expect((await tagsOf(tagged.id)).map((tag) => tag.entityId)).toEqual([source.id]);
    const [kept] = await db().select().from(entities).where(eq(entities.id, target.id));
    expect(kept!.aliases).toEqual(["Giu lai"]);
    expect(await db().select().from(positions).where(eq(positions.personId, source.id))).toHaveLength(1);
    expect(await redirectsTo(target.id)).toEqual([]);
  });
});

describe("merging places, organizations, series and events", () => {
  it("moves a country's children, references, event places and successors; refuses merging into a descendant", async () => {
    const target = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Trung Quốc", kind: "country" } });
    const source = await createEntity({ actor: SYSTEM, input: { type: "place", name: "China", kind: "country", latitude: 35, longitude: 103 } });
    const province = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Vân Nam", kind: "province", parentId: source.id } });
    const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Lý Thượng Phúc", countryId: source.id } });
    const organization = await createEntity({ actor: SYSTEM, input: { type: "organization", name: "Quân Giải phóng", countryId: source.id } });
    const event = await createEntity({ actor: SYSTEM, input: { type: "event", name: "Hội nghị", placeIds: [source.id, target.id] } });
    const older = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Đại Thanh", kind: "country", successorIds: [source.id, target.id] } });
    await updateEntity({ actor: editor, id: source.id, input: { type: "place", name: "China", kind: "country", latitude: 35, longitude: 103, successorIds: [target.id] } });

    const intoChild = await mergeEntities({ actor: editor, input: { sourceId: source.id, targetId: province.id } }).catch((error: unknown) => error);
    expect((intoChild as Error).message).toMatch(/cấp dưới/);

    await mergeEntities({ actor: editor, input: { sourceId: source.id, targetId: target.id } });
    expect((await db().select().from(places).where(eq(places.entityId, province.id)))[0]?.parentId).toBe(target.id);
    expect((await db().select().from(people).where(eq(people.entityId, person.id)))[0]?.countryId).toBe(target.id);
    expect((await db().select().from(organizations).where(eq(organizations.entityId, organization.id)))[0]?.countryId).toBe(target.id);
    expect((await db().select().from(eventPlaces).where(eq(eventPlaces.eventId, event.id))).map((row) => row.placeId)).toEqual([target.id]);
    expect(await db().select().from(placeSuccessors).where(eq(placeSuccessors.placeId, older.id))).toEqual([{ placeId: older.id, successorId: target.id }]);
    expect(await db().select().from(placeSuccessors).where(eq(placeSuccessors.placeId, target.id))).toEqual([]);
    expect((await db().select().from(places).where(eq(places.entityId, target.id)))[0]).toMatchObject({ latitude: 35, longitude: 103 });
  });

  it("moves an organization's sub-organizations and the positions held in it", async () => {
    const target = await createEntity({ actor: SYSTEM, input: { type: "organization", name: "Bộ Quốc phòng" } });
    const source = await createEntity({ actor: SYSTEM, input: { type: "organization", name: "BQP" } });
    const child = await createEntity({ actor: SYSTEM, input: { type: "organization", name: "Cục Đối ngoại", parentId: source.id } });
    const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Nguyễn Chí Vịnh", positions: [{ title: "Thứ trưởng", organizationId: source.id }] } });
    await mergeEntities({ actor: editor, input: { sourceId: source.id, targetId: target.id } });
    expect((await db().select().from(organizations).where(eq(organizations.entityId, child.id)))[0]?.parentId).toBe(target.id);
    expect((await db().select().from(positions).where(eq(positions.personId, person.id)))[0]?.organizationId).toBe(target.id);
  });

  it("moves a series' editions, but refuses when both series have the same edition", async () => {
    const target = await createEntity({ actor: SYSTEM, input: { type: "series", name: "Giao lưu biên giới" } });
    const source = await createEntity({ actor: SYSTEM, input: { type: "series", name: "Border friendship exchange" } });
    const clash = await createEntity({ actor: SYSTEM, input: { type: "series", name: "Chuỗi trùng số" } });
    await createEntity({ actor: SYSTEM, input: { type: "event", name: "Lần 7", seriesId: target.id, edition: 7 } });
    const eighth = await createEntity({ actor: SYSTEM, input: { type: "event", name: "Lần 8", seriesId: source.id, edition: 8 } });
    await createEntity({ actor: SYSTEM, input: { type: "event", name: "Cũng lần 7", seriesId: clash.id, edition: 7 } });

    const refused = await mergeEntities({ actor: editor, input: { sourceId: clash.id, targetId: target.id } }).catch((error: unknown) => error);
    expect((refused as Error).message).toMatch(/lần thứ 7/);
    expect(await exists(clash.id)).toBe(true);

    await mergeEntities({ actor: editor, input: { sourceId: source.id, targetId: target.id } });
    expect((await db().select().from(events).where(eq(events.entityId, eighth.id)))[0]).toMatchObject({ seriesId: target.id, edition: 8 });
  });

  it("moves an event's places and participants without duplicates", async () => {
    const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Người dự" } });
    const other = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Người dự khác" } });
    const place = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Nơi họp", kind: "landmark" } });
    const target = await createEntity({ actor: SYSTEM, input: { type: "event", name: "Sự kiện gốc", participants: [{ personId: person.id }], placeIds: [place.id] } });
    const source = await createEntity({
      actor: SYSTEM,
      input: { type: "event", name: "Sự kiện trùng", start: "2024", participants: [{ personId: person.id }, { personId: other.id, role: "Phiên dịch" }], placeIds: [place.id] },
    });
    await mergeEntities({ actor: editor, input: { sourceId: source.id, targetId: target.id } });
    const participants = await db().select().from(eventParticipants).where(eq(eventParticipants.eventId, target.id)).orderBy(eventParticipants.position);
    expect(participants.map((row) => [row.personId, row.role])).toEqual([
      [person.id, ""],
      [other.id, "Phiên dịch"],
    ]);
    expect(await db().select().from(eventPlaces).where(eq(eventPlaces.eventId, target.id))).toHaveLength(1);
    expect((await db().select().from(events).where(eq(events.entityId, target.id)))[0]).toMatchObject({ startDate: "2024-01-01", startPrecision: "year" });
  });
});

describe("deleting", () => {
  it("refuses to delete a tagged entity without a choice, saying how many articles use it", async () => {
    const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Người được nhắc" } });
    await article("Bài đã đăng", { personIds: [person.id] });
    await article("Bài nháp", { personIds: [person.id] }, false);
    const error = await deleteEntity({ actor: editor, id: person.id }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toEqual({ articleCount: 2, publishedCount: 1 });
    expect(await exists(person.id)).toBe(true);
  });

  it("untags and deletes in one go, returning the pages to refresh", async () => {
    const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Người bị gỡ" } });
    const published = await article("Bài có người bị gỡ", { personIds: [person.id] });
    const result = await deleteEntity({ actor: editor, id: person.id, strategy: { kind: "untag" } });
    expect(result.outcome).toBe("untagged");
    expect(result.articleCount).toBe(1);
    expect(result.changedPaths).toEqual(["/nhan-vat/nguoi-bi-go", `/bai-viet/${published.slug}`]);
    expect(await exists(person.id)).toBe(false);
    expect(await tagsOf(published.id)).toEqual([]);
  });

  it("merges instead, when asked", async () => {
    const target = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Bản chính" } });
    const source = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Bản phụ" } });
    const published = await article("Bài có bản phụ", { personIds: [source.id] });
    const result = await deleteEntity({ actor: admin, id: source.id, strategy: { kind: "merge", targetId: target.id } });
    expect(result).toMatchObject({ outcome: "merged", mergedInto: { id: target.id }, articleCount: 1 });
    expect(await exists(source.id)).toBe(false);
    expect((await tagsOf(published.id)).map((tag) => tag.entityId)).toEqual([target.id]);
    expect(await redirectsTo(target.id)).toEqual(["ban-phu"]);
  });

  it("deletes an unused entity directly and detaches its children", async () => {
    const region = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Vùng cũ", kind: "region" } });
    const child = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Tỉnh trong vùng cũ", kind: "province", parentId: region.id } });
    const series = await createEntity({ actor: SYSTEM, input: { type: "series", name: "Chuỗi bỏ" } });
    const edition = await createEntity({ actor: SYSTEM, input: { type: "event", name: "Lần 1 của chuỗi bỏ", seriesId: series.id, edition: 1 } });
    await expect(deleteEntity({ actor: editor, id: region.id })).resolves.toMatchObject({ outcome: "deleted", changedPaths: ["/dia-danh/vung-cu"] });
    await deleteEntity({ actor: editor, id: series.id });
    expect((await db().select().from(places).where(eq(places.entityId, child.id)))[0]?.parentId).toBeNull();
    expect((await db().select().from(events).where(eq(events.entityId, edition.id)))[0]?.seriesId).toBeNull();
  });

  it("is forbidden to writers, whatever the strategy", async () => {
    const a = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Không cho xóa" } });
    const b = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Không cho gộp" } });
    await expect(deleteEntity({ actor: writer, id: a.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteEntity({ actor: writer, id: a.id, strategy: { kind: "merge", targetId: b.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().select().from(entities).where(inArray(entities.id, [a.id, b.id])))).toHaveLength(2);
  });

  it("answers NotFound for an unknown id", async () => {
    await expect(deleteEntity({ actor: editor, id: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteEntity({ actor: editor, id: "not-a-uuid" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
