import "../support/fresh-database";
import { eq } from "drizzle-orm";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { entityRedirects, eventStatusChanges, organizations, positions } from "@/db/schema";
import { countEntitiesByType, getEntityForEdit, listEntitiesForAdmin } from "@/lib/entities/admin-queries";
import { createEntity, updateEntity, type EntityInput } from "@/lib/entities/records";
import { ValidationError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/policy";
import { SYSTEM } from "@/lib/users";
import { makeUser } from "./helpers";

let editor: Awaited<ReturnType<typeof makeUser>>;
let writer: Awaited<ReturnType<typeof makeUser>>;
let vietnam: { id: string };
let china: { id: string };

beforeAll(async () => {
  editor = await makeUser("editor");
  writer = await makeUser("writer");
  vietnam = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Việt Nam", kind: "country" } });
  china = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Trung Quốc", kind: "country" } });
});

/** A rejection that is a ValidationError on `field`. */
async function expectFieldError(promise: Promise<unknown>, field: string, message?: RegExp) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected a ValidationError on ${field}`).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).field).toBe(field);
  if (message) expect((error as ValidationError).message).toMatch(message);
}

describe("people", () => {
  it("saves aliases in any script, portrait, country and positions over time with partial dates", async () => {
    const ministry = await createEntity({ actor: editor, input: { type: "organization", name: "Bộ Quốc phòng Việt Nam", countryId: vietnam.id } });
    const person = await createEntity({
      actor: writer,
      input: {
        type: "person",
        name: "Phùng Quang Thanh",
        aliases: ["Phung Quang Thanh", "馮光青", "Feng Guangqing", " ", "Feng Guangqing"],
        imageUrl: "https://example.org/pqt.jpg",
        countryId: vietnam.id,
        description: "Đại tướng, Bộ trưởng Bộ Quốc phòng 2006–2016.",
        positions: [
          { title: "Bộ trưởng Bộ Quốc phòng", rank: "Đại tướng", organizationId: ministry.id, from: "2006-06", to: "2016-04-09" },
          { title: "Tổng Tham mưu trưởng", from: "1998", to: "2006" },
        ],
      },
    });
    expect(person.slug).toBe("phung-quang-thanh");
    expect(person.aliases).toEqual(["Phung Quang Thanh", "馮光青", "Feng Guangqing"]);
    expect(person.changedPaths).toEqual(["/nhan-vat/phung-quang-thanh"]);

    const rows = await getDb().select().from(positions).where(eq(positions.personId, person.id));
    expect(rows.find((row) => row.title === "Bộ trưởng Bộ Quốc phòng")).toMatchObject({
      fromDate: "2006-06-01",
      fromPrecision: "month",
      toDate: "2016-04-09",
      toPrecision: "day",
      organizationId: ministry.id,
      rank: "Đại tướng",
    });

    const form = await getEntityForEdit({ actor: writer, id: person.id });
    expect(form.values.country?.name).toBe("Việt Nam");
    expect(form.values.imageUrl).toBe("https://example.org/pqt.jpg");
    expect(form.values.positions.map((p) => [p.title, p.from, p.to, p.organization?.name ?? null])).toEqual([
      ["Tổng Tham mưu trưởng", "1998", "2006", null],
      ["Bộ trưởng Bộ Quốc phòng", "2006-06", "2016-04-09", "Bộ Quốc phòng Việt Nam"],
    ]);
  });

  it("refuses a position whose end is before its start, naming the row", async () => {
    const input: EntityInput = { type: "person", name: "Người thử ngày", positions: [{ title: "Ok", from: "2014", to: "2014-05" }, { title: "Sai", from: "2020", to: "2019-12" }] };
    await expectFieldError(createEntity({ actor: editor, input }), "positions.1.to", /Chức vụ 2/);
  });

  it("accepts a same-period end at a coarser precision", async () => {
    await expect(
      createEntity({ actor: editor, input: { type: "person", name: "Người thử ngày 2", positions: [{ title: "Ok", from: "2014-05-03", to: "2014" }] } }),
    ).resolves.toBeDefined();
  });

  it("refuses a malformed date and a country that is not a country", async () => {
    await expect(createEntity({ actor: editor, input: { type: "person", name: "X", positions: [{ title: "T", from: "2014-13" }] } })).rejects.toBeInstanceOf(ZodError);
    const province = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Cao Bằng", kind: "province", parentId: vietnam.id } });
    await expectFieldError(createEntity({ actor: editor, input: { type: "person", name: "X", countryId: province.id } }), "countryId");
  });

  it("warns, without refusing, when an alias is another entity's name", async () => {
    await createEntity({ actor: SYSTEM, input: { type: "person", name: "Lương Cường" } });
    const saved = await createEntity({ actor: editor, input: { type: "person", name: "Lương Cường (trùng?)", aliases: ["LUONG CUONG", "Liang Qiang"] } });
    expect(saved.warnings).toEqual([{ alias: "LUONG CUONG", other: expect.objectContaining({ name: "Lương Cường", type: "person" }) }]);
    const form = await getEntityForEdit({ actor: editor, id: saved.id });
    expect(form.warnings.map((warning) => warning.alias)).toEqual(["LUONG CUONG"]);
  });
});

describe("places", () => {
  it("refuses a place as its own ancestor, directly or through its children", async () => {
    const province = await createEntity({ actor: editor, input: { type: "place", name: "Lào Cai", kind: "province", parentId: vietnam.id } });
    const district = await createEntity({ actor: editor, input: { type: "place", name: "huyện Bát Xát", kind: "district", parentId: province.id } });
    const commune = await createEntity({ actor: editor, input: { type: "place", name: "xã A Mú Sung", kind: "commune", parentId: district.id } });
    const base = { type: "place" as const, name: "Lào Cai", kind: "province" as const };
    await expectFieldError(updateEntity({ actor: editor, id: province.id, input: { ...base, parentId: province.id } }), "parentId", /cấp trên của chính nó/);
    await expectFieldError(updateEntity({ actor: editor, id: province.id, input: { ...base, parentId: commune.id } }), "parentId");
    await expect(updateEntity({ actor: editor, id: province.id, input: { ...base, parentId: china.id } })).resolves.toBeDefined();
  });

  it("stores coordinates, validity and successors; refuses validity that ends before it starts", async () => {
    const merged = await createEntity({ actor: editor, input: { type: "place", name: "tỉnh Lào Cai (mới)", kind: "province", validFrom: "2025-07-01" } });
    const old = await createEntity({
      actor: editor,
      input: { type: "place", name: "tỉnh Yên Bái", kind: "province", latitude: 21.7, longitude: 104.9, validTo: "2025-06-30", successorIds: [merged.id] },
    });
    const form = await getEntityForEdit({ actor: editor, id: old.id });
    expect(form.values).toMatchObject({ latitude: "21.7", longitude: "104.9", validTo: "2025-06-30" });
    expect(form.values.successors.map((s) => s.name)).toEqual(["tỉnh Lào Cai (mới)"]);
    await expectFieldError(
      updateEntity({ actor: editor, id: old.id, input: { type: "place", name: "tỉnh Yên Bái", kind: "province", validFrom: "2025-07-01", validTo: "2025-06-30" } }),
      "validTo",
    );
    await expectFieldError(
      updateEntity({ actor: editor, id: old.id, input: { type: "place", name: "tỉnh Yên Bái", kind: "province", successorIds: [old.id] } }),
      "successorIds",
    );
    await expect(createEntity({ actor: editor, input: { type: "place", name: "X", kind: "province", latitude: 91 } })).rejects.toBeInstanceOf(ZodError);
  });
});

describe("organizations", () => {
  it("have a row of their own, a country and a parent without cycles", async () => {
    const parent = await createEntity({ actor: editor, input: { type: "organization", name: "Quân đội nhân dân Việt Nam", countryId: vietnam.id } });
    const child = await createEntity({ actor: editor, input: { type: "organization", name: "Bộ đội Biên phòng", parentId: parent.id } });
    const [row] = await getDb().select().from(organizations).where(eq(organizations.entityId, child.id));
    expect(row?.parentId).toBe(parent.id);
    await expectFieldError(
      updateEntity({ actor: editor, id: parent.id, input: { type: "organization", name: "Quân đội nhân dân Việt Nam", parentId: child.id } }),
      "parentId",
    );
    await expectFieldError(createEntity({ actor: editor, input: { type: "organization", name: "Y", parentId: vietnam.id } }), "parentId");
  });
});

describe("events and series", () => {
  it("keep a dated status history, places, participants, and editions unique within a series", async () => {
    const series = await createEntity({ actor: editor, input: { type: "series", name: "Giao lưu hữu nghị quốc phòng biên giới Việt – Trung", aliases: ["GLHN"] } });
    const place = await createEntity({ actor: editor, input: { type: "place", name: "Hà Khẩu", kind: "city", parentId: china.id } });
    const person = await createEntity({ actor: editor, input: { type: "person", name: "Đổng Quân" } });
    const event = await createEntity({
      actor: editor,
      input: {
        type: "event",
        name: "Giao lưu lần thứ 8",
        seriesId: series.id,
        edition: 8,
        start: "2024-04-11",
        end: "2024-04-12",
        status: "held",
        history: [
          { status: "planned", start: "2023-09-07", end: "2023-09-08", recordedOn: "2023-08-29", note: "Kế hoạch ban đầu" },
          { status: "postponed", recordedOn: "2023-09-01" },
          { status: "held", start: "2024-04-11", end: "2024-04-12" },
        ],
        placeIds: [place.id, place.id],
        participants: [{ personId: person.id, role: "Trưởng đoàn" }],
      },
    });
    expect(event.slug).toBe("giao-luu-lan-thu-8");
    const history = await getDb().select().from(eventStatusChanges).where(eq(eventStatusChanges.eventId, event.id)).orderBy(eventStatusChanges.position);
    expect(history.map((row) => [row.status, row.startDate, row.recordedOn])).toEqual([
      ["planned", "2023-09-07", "2023-08-29"],
      ["postponed", null, "2023-09-01"],
      ["held", "2024-04-11", null],
    ]);
    const form = await getEntityForEdit({ actor: editor, id: event.id });
    expect(form.values).toMatchObject({ series: { name: series.name }, edition: "8", start: "2024-04-11", status: "held" });
    expect(form.values.places.map((p) => p.name)).toEqual(["Hà Khẩu"]);
    expect(form.values.participants).toEqual([{ person: expect.objectContaining({ name: "Đổng Quân" }), role: "Trưởng đoàn" }]);

    await expectFieldError(
      createEntity({ actor: editor, input: { type: "event", name: "Lần 8 nữa", seriesId: series.id, edition: 8 } }),
      "edition",
      /lần thứ 8/,
    );
    await expect(createEntity({ actor: editor, input: { type: "event", name: "Lần 9", seriesId: series.id, edition: 9 } })).resolves.toBeDefined();
    // The same edition number in another series, or without a series, is fine.
    await expect(createEntity({ actor: editor, input: { type: "event", name: "Khác 8", edition: 8 } })).resolves.toBeDefined();
    // An event keeps its own edition when saved again.
    await expect(
      updateEntity({ actor: editor, id: event.id, input: { type: "event", name: "Giao lưu lần thứ 8", seriesId: series.id, edition: 8 } }),
    ).resolves.toBeDefined();
  });

  it("refuses an end before the start, a duplicate participant and a series of the wrong type", async () => {
    const person = await createEntity({ actor: editor, input: { type: "person", name: "Người tham gia" } });
    await expectFieldError(createEntity({ actor: editor, input: { type: "event", name: "E", start: "2024-04-12", end: "2024-04-11" } }), "end");
    await expectFieldError(
      createEntity({ actor: editor, input: { type: "event", name: "E", history: [{ status: "planned", start: "2024", end: "2023" }] } }),
      "history.0.end",
    );
    await expectFieldError(
      createEntity({ actor: editor, input: { type: "event", name: "E", participants: [{ personId: person.id }, { personId: person.id, role: "x" }] } }),
      "participants.1.personId",
    );
    await expectFieldError(createEntity({ actor: editor, input: { type: "event", name: "E", seriesId: person.id } }), "seriesId");
  });

  it("shares the /su-kien slug namespace between events and series", async () => {
    const series = await createEntity({ actor: editor, input: { type: "series", name: "Tuần tra chung" } });
    const event = await createEntity({ actor: editor, input: { type: "event", name: "Tuần tra chung" } });
    expect(series.slug).toBe("tuan-tra-chung");
    expect(event.slug).toBe("tuan-tra-chung-2");
    await expectFieldError(updateEntity({ actor: editor, id: event.id, input: { type: "event", name: "Tuần tra chung", slug: "tuan-tra-chung" } }), "slug");
  });
});

describe("slugs", () => {
  it("a slug change leaves a redirect; the old slug is then reserved; changing back removes it", async () => {
    const person = await createEntity({ actor: editor, input: { type: "person", name: "Ngô Xuân Lịch" } });
    const renamed = await updateEntity({ actor: writer, id: person.id, input: { type: "person", name: "Ngô Xuân Lịch", slug: "Đại tướng Ngô Xuân Lịch" } });
    expect(renamed.slug).toBe("dai-tuong-ngo-xuan-lich");
    expect(renamed.changedPaths).toEqual(["/nhan-vat/dai-tuong-ngo-xuan-lich", "/nhan-vat/ngo-xuan-lich"]);
    const redirects = await getDb().select().from(entityRedirects).where(eq(entityRedirects.entityId, person.id));
    expect(redirects.map((row) => [row.type, row.slug])).toEqual([["person", "ngo-xuan-lich"]]);

    // A newcomer with the same name does not take the old URL…
    const namesake = await createEntity({ actor: editor, input: { type: "person", name: "Ngô Xuân Lịch" } });
    expect(namesake.slug).toBe("ngo-xuan-lich-2");
    // …nor may anyone type it.
    await expectFieldError(updateEntity({ actor: editor, id: namesake.id, input: { type: "person", name: "Ngô Xuân Lịch", slug: "ngo-xuan-lich" } }), "slug", /chuyển hướng/);

    const back = await updateEntity({ actor: editor, id: person.id, input: { type: "person", name: "Ngô Xuân Lịch", slug: "ngo-xuan-lich" } });
    expect(back.slug).toBe("ngo-xuan-lich");
    const after = await getDb().select().from(entityRedirects).where(eq(entityRedirects.entityId, person.id));
    expect(after.map((row) => row.slug)).toEqual(["dai-tuong-ngo-xuan-lich"]);
  });

  it("an empty slug keeps the current one; a slug taken by another entity is a field message", async () => {
    const a = await createEntity({ actor: editor, input: { type: "person", name: "Trần Đại Quang" } });
    const b = await createEntity({ actor: editor, input: { type: "person", name: "Trần Đức Lương" } });
    const same = await updateEntity({ actor: editor, id: a.id, input: { type: "person", name: "Trần Đại Quang (cố Chủ tịch nước)", slug: "" } });
    expect(same.slug).toBe("tran-dai-quang");
    expect(same.changedPaths).toEqual(["/nhan-vat/tran-dai-quang"]);
    await expectFieldError(updateEntity({ actor: editor, id: b.id, input: { type: "person", name: "Trần Đức Lương", slug: "tran-dai-quang" } }), "slug", /Trần Đại Quang/);
    await expectFieldError(updateEntity({ actor: editor, id: b.id, input: { type: "person", name: "Trần Đức Lương", slug: "---" } }), "slug");
  });

  it("refuses changing an entity's type", async () => {
    const a = await createEntity({ actor: editor, input: { type: "series", name: "Chuỗi đổi loại" } });
    await expectFieldError(updateEntity({ actor: editor, id: a.id, input: { type: "event", name: "Chuỗi đổi loại" } }), "type");
  });
});

describe("policy", () => {
  it("lets every staff role create and edit", async () => {
    const created = await createEntity({ actor: writer, input: { type: "series", name: "Chuỗi của phóng viên" } });
    await expect(updateEntity({ actor: writer, id: created.id, input: { type: "series", name: "Chuỗi của phóng viên (sửa)" } })).resolves.toMatchObject({
      name: "Chuỗi của phóng viên (sửa)",
    });
  });

  it("refuses callers without a staff role, before reading the input", async () => {
    const nobody = { id: writer.id, role: "reader" as never };
    await expect(createEntity({ actor: nobody, input: { type: "series", name: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateEntity({ actor: nobody, id: vietnam.id, input: {} })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listEntitiesForAdmin({ actor: nobody, input: { type: "person" } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("admin lists", () => {
  it("count per type and search names and aliases without diacritics, a page at a time", async () => {
    const counts = await countEntitiesByType({ actor: writer });
    expect(counts.person).toBeGreaterThan(3);
    expect(counts.place).toBeGreaterThan(3);
    for (const q of ["phung quang", "FENG guangqing", "馮光青"]) {
      const { rows } = await listEntitiesForAdmin({ actor: writer, input: { type: "person", q } });
      expect(rows.map((row) => row.name), q).toEqual(["Phùng Quang Thanh"]);
    }
    const all = await listEntitiesForAdmin({ actor: writer, input: { type: "person" } });
    expect(all.total).toBe(counts.person);
    expect(all.rows.find((row) => row.name === "Phùng Quang Thanh")?.hint).toBe("Bộ trưởng Bộ Quốc phòng");
    const beyond = await listEntitiesForAdmin({ actor: writer, input: { type: "person", page: 99 } });
    expect(beyond.rows).toEqual([]);
    const junk = await listEntitiesForAdmin({ actor: writer, input: { type: "person", page: "abc" } });
    expect(junk.page).toBe(1);
  });
});
