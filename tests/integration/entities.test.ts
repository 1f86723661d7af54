import "../support/fresh-database";
import { beforeAll, describe, expect, it } from "vitest";
import { searchEntities } from "@/lib/entities";
import { findEntityId, getEntityRecord } from "@/lib/entities/pages";
import { createEntity } from "@/lib/entities/records";
import { ForbiddenError } from "@/lib/policy";
import { SYSTEM } from "@/lib/users";
import { makeUser } from "./helpers";

let writer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer");
  await createEntity({ actor: SYSTEM, input: { type: "person", name: "Phan Văn Giang", aliases: ["Phan Van Giang"], title: "Đại tướng" } });
  await createEntity({ actor: SYSTEM, input: { type: "person", name: "Đổng Quân", aliases: ["Dong Jun", "董军"] } });
  await createEntity({ actor: SYSTEM, input: { type: "person", name: "Lý Thượng Phúc", aliases: ["Li Shangfu"] } });
  const vn = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Việt Nam", kind: "country" } });
  const laoCai = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Lào Cai", kind: "province", parentId: vn.id } });
  const baoThang = await createEntity({ actor: SYSTEM, input: { type: "place", name: "huyện Bảo Thắng", kind: "district", parentId: laoCai.id } });
  await createEntity({ actor: SYSTEM, input: { type: "place", name: "xã Bản Phiệt", kind: "commune", parentId: baoThang.id } });
});

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe("searchEntities", () => {
  it("ignores diacritics and case", async () => {
    for (const q of ["phan van giang", "PHAN VĂN GIANG", "Phan Văn Giang", "van gi"]) {
      expect(names(await searchEntities({ actor: writer, input: { type: "person", q } }))).toEqual(["Phan Văn Giang"]);
    }
  });

  it("matches đ as d and finds aliases in any script", async () => {
    expect(names(await searchEntities({ actor: writer, input: { type: "person", q: "dong quan" } }))).toEqual(["Đổng Quân"]);
    expect(names(await searchEntities({ actor: writer, input: { type: "person", q: "Dong Jun" } }))).toEqual(["Đổng Quân"]);
    expect(names(await searchEntities({ actor: writer, input: { type: "person", q: "董军" } }))).toEqual(["Đổng Quân"]);
    expect(names(await searchEntities({ actor: writer, input: { type: "person", q: "shangfu" } }))).toEqual(["Lý Thượng Phúc"]);
  });

  it("searches one type at a time and treats LIKE wildcards literally", async () => {
    expect(await searchEntities({ actor: writer, input: { type: "place", q: "giang" } })).toEqual([]);
    expect(await searchEntities({ actor: writer, input: { type: "person", q: "%" } })).toEqual([]);
    expect(await searchEntities({ actor: writer, input: { type: "person", q: "_" } })).toEqual([]);
  });

  it("lists everything of a type, in Vietnamese order, for an empty query", async () => {
    expect(names(await searchEntities({ actor: writer, input: { type: "person", q: "" } }))).toEqual(["Đổng Quân", "Lý Thượng Phúc", "Phan Văn Giang"]);
  });

  it("tells namesakes apart with a hint", async () => {
    const [giang] = await searchEntities({ actor: writer, input: { type: "person", q: "giang" } });
    expect(giang?.hint).toBe("Đại tướng");
  });

  it("refuses anonymous callers", async () => {
    await expect(searchEntities({ actor: { id: "x", role: "nobody" as never }, input: { type: "person", q: "" } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("entities", () => {
  it("gives a place its breadcrumb from the country down", async () => {
    const found = await findEntityId(["place"], "xa-ban-phiet");
    const page = await getEntityRecord((found as { id: string }).id);
    expect(page?.place?.breadcrumb.map((crumb) => crumb.name)).toEqual(["Việt Nam", "Lào Cai", "huyện Bảo Thắng"]);
    expect(page?.place?.kind).toBe("commune");
  });

  it("makes slugs unique per type, not across types", async () => {
    const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Lào Cai" } });
    expect(person.slug).toBe("lao-cai");
    const again = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Lào Cai" } });
    expect(again.slug).toBe("lao-cai-2");
  });

  it("lets writers create entities but not anonymous callers", async () => {
    await expect(createEntity({ actor: writer, input: { type: "event", name: "Sự kiện mới" } })).resolves.toMatchObject({ slug: "su-kien-moi" });
    await expect(createEntity({ actor: null as never, input: { type: "event", name: "x" } })).rejects.toThrow();
  });
});
