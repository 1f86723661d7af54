import "../support/fresh-database";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles";
import { createEntity } from "@/lib/entities/records";
import { searchArticles, searchEntitiesPublic } from "@/lib/search";
import { SYSTEM } from "@/lib/users";
import { makeSection, makeUser, paragraphs } from "./helpers";

let sectionSlug: string;

beforeAll(async () => {
  const editor = await makeUser("editor");
  const section = await makeSection("Quốc phòng");
  sectionSlug = section.slug;
  const publish = (title: string, text: string, extra: Record<string, unknown> = {}) =>
    createArticle({ actor: editor, publish: true, input: { title, sapo: "", body: paragraphs(text), ...extra } });
  await publish("Đại tướng Phan Văn Giang đón đoàn Trung Quốc", "Buổi lễ diễn ra tại cửa khẩu Lào Cai.", { sectionId: section.id });
  await publish("Khởi công Nhà Văn hóa Hữu nghị", "Tại xã Bản Phiệt, huyện Bảo Thắng, tỉnh Lào Cai.");
  await publish("Tin về thời tiết", "Hà Nội có mưa rào.");
  await createArticle({ actor: editor, input: { title: "Bản nháp về Phan Văn Giang", body: paragraphs("Không được hiện.") } });
  const giang = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Phan Văn Giang", title: "Bộ trưởng Bộ Quốc phòng" } });
  await createEntity({ actor: SYSTEM, input: { type: "person", name: "Đổng Quân", aliases: ["Dong Jun", "董军"] } });
  // His name is only in the tags, not in the title or text.
  await publish("Đoàn đại biểu thăm cột mốc 92", "Đoàn dâng hương tại đồn biên phòng.", { personIds: [giang.id] });
});

const titles = async (params: Record<string, unknown>) => (await searchArticles(params)).hits.map((hit) => hit.title);

describe("searchArticles", () => {
  it("is insensitive to diacritics and case", async () => {
    for (const q of ["phan van giang", "PHAN VĂN GIANG", "Phan Văn Giang"]) {
      expect(await titles({ q })).toEqual(["Đại tướng Phan Văn Giang đón đoàn Trung Quốc"]);
    }
  });

  it("never shows drafts", async () => {
    expect(await titles({ q: "bản nháp" })).toEqual([]);
  });

  it("finds phrases in quotes and searches the body", async () => {
    expect(await titles({ q: '"bản phiệt"' })).toEqual(["Khởi công Nhà Văn hóa Hữu nghị"]);
    expect((await titles({ q: "lao cai" })).sort()).toEqual(["Khởi công Nhà Văn hóa Hữu nghị", "Đại tướng Phan Văn Giang đón đoàn Trung Quốc"].sort());
    expect(await titles({ q: '"cai lao"' })).toEqual([]);
  });

  it("tolerates a small typo", async () => {
    for (const [q, correctedQuery] of [
      ["Phan Vn Giang", "Phan Van Giang"],
      ["phan van giag", "phan van giang"],
    ]) {
      const result = await searchArticles({ q });
      expect(result).toMatchObject({ fuzzy: true, correctedQuery });
      expect(result.hits.map((hit) => hit.title)).toEqual(["Đại tướng Phan Văn Giang đón đoàn Trung Quốc"]);
    }
  });

  it("tolerates a typo in a name that only the tags carry", async () => {
    // Every word exists, so there is nothing to correct; the tagged person's name is near.
    expect(await searchArticles({ q: "Phan Thời Giang" })).toMatchObject({ fuzzy: true, correctedQuery: null, hits: [expect.objectContaining({ title: "Đoàn đại biểu thăm cột mốc 92" })] });
    expect(await searchEntitiesPublic("Phan Vn Giang")).toEqual([expect.objectContaining({ name: "Phan Văn Giang" })]);
    // Aliases are searched when no name matches.
    expect(await searchEntitiesPublic("dong jun")).toEqual([expect.objectContaining({ name: "Đổng Quân" })]);
    expect(await searchEntitiesPublic("董军")).toEqual([expect.objectContaining({ name: "Đổng Quân" })]);
  });

  it("highlights the matched words, keeping their diacritics", async () => {
    const [hit] = (await searchArticles({ q: "phan van giang" })).hits;
    expect(hit!.titleParts.filter((part) => part.match).map((part) => part.text)).toEqual(["Phan", "Văn", "Giang"]);
  });

  it("filters by section and date", async () => {
    expect(await titles({ q: "lao cai", section: sectionSlug })).toEqual(["Đại tướng Phan Văn Giang đón đoàn Trung Quốc"]);
    expect(await titles({ q: "lao cai", section: "khong-co" })).toEqual([]);
    expect(await titles({ q: "lao cai", to: "2000-01-01" })).toEqual([]);
  });

  it.each([
    ["quotes and operators", '"" OR -- !! & | ( ) :* <->'],
    ["SQL", "'; drop table articles; --"],
    ["10 kB of text", "Việt Nam ".repeat(1300)],
    ["control characters", "\u0000\u0001 lào\u0007 cai"],
    ["only punctuation", "!!!???"],
    ["a lone backslash", "\\"],
  ])("answers %s with results or nothing, never an error", async (_label, q) => {
    const result = await searchArticles({ q });
    expect(Array.isArray(result.hits)).toBe(true);
  });

  it("ignores malformed filters instead of failing", async () => {
    await expect(searchArticles({ q: "lao cai", page: "-5", sort: "evil", from: "yesterday", entity: "x:y" })).resolves.toMatchObject({ page: 1 });
  });
});

describe("searchEntitiesPublic", () => {
  it("puts matching people first with their title", async () => {
    expect(await searchEntitiesPublic("phan van giang")).toEqual([expect.objectContaining({ name: "Phan Văn Giang", title: "Bộ trưởng Bộ Quốc phòng" })]);
    expect(await searchEntitiesPublic("%")).toEqual([]);
  });
});
