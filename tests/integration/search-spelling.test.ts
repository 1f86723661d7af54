import "../support/fresh-database";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles, searchWords } from "@/db/schema";
import { createArticle } from "@/lib/articles";
import { promoteDueArticles, transitionArticle } from "@/lib/articles/workflow";
import { createEntity } from "@/lib/entities/records";
import { rebuildSearchVocabulary, searchArticles } from "@/lib/search";
import { SYSTEM } from "@/lib/users";
import { makeSection, makeUser, paragraphs } from "./helpers";

let editor: Awaited<ReturnType<typeof makeUser>>;
let emptySection: string;

const publish = (title: string, text: string, sapo = "") => createArticle({ actor: editor, publish: true, input: { title, sapo, body: paragraphs(text) } });
const draft = (title: string, text: string) => createArticle({ actor: editor, input: { title, body: paragraphs(text) } });
const inVocabulary = async (...folded: string[]) =>
  (await getDb().select({ word: searchWords.word }).from(searchWords).where(inArray(searchWords.folded, folded))).map((row) => row.word).sort();

beforeAll(async () => {
  editor = await makeUser("editor");
  emptySection = (await makeSection("Thể thao")).slug;
  await publish("Đại tướng Phan Văn Giang tiếp Bộ trưởng Đổng Quân", "Hai bộ trưởng hội đàm tại Hà Nội.", "Quan hệ quốc phòng Việt Nam – Trung Quốc.");
  await publish("Phan Văn Giang thăm Lào Cai", "Bộ trưởng thăm đồn biên phòng.");
  // Words as typos would make them, only in a body: the corrections must not pick "giao" or "va" for "giag" and "vn".
  await publish("Thời sự", "Giao ban sáng nay: phan loại hồ sơ, văn thư và lưu trữ.");
  await publish("Tổng Bí thư Nguyễn Phú Trọng tiếp khách", "Trong buổi tiếp, hai bên trao đổi.");
  await createEntity({ actor: SYSTEM, input: { type: "person", name: "Phan Văn Giang", title: "Bộ trưởng Bộ Quốc phòng" } });
  await draft("Tin mật về Xuyên Mộc", "Bản nháp: không được lộ ra.");
});

describe("typo correction", () => {
  it("corrects misspelt words to the site's words and shows the corrected query's results", async () => {
    const exact = await searchArticles({ q: "Phan Văn Giang" });
    expect(exact).toMatchObject({ fuzzy: false, correctedQuery: null, total: 2 });
    for (const [q, correctedQuery] of [
      ["Phan Văn Gaing", "Phan Văn Giang"],
      ["phan van giag", "phan van giang"],
      ["Phan Vn Giang", "Phan Van Giang"],
      ["PHAN VAN GAING", "PHAN VAN GIANG"],
    ]) {
      const result = await searchArticles({ q });
      expect(result, q).toMatchObject({ fuzzy: true, correctedQuery, total: 2 });
      expect(result.hits.map((hit) => hit.title).sort()).toEqual(exact.hits.map((hit) => hit.title).sort());
      // Highlighting follows the corrected words.
      expect(result.hits[0]!.titleParts.filter((part) => part.match).map((part) => part.text)).toEqual(expect.arrayContaining(["Giang"]));
    }
  });

  it("corrects short words and keeps the diacritics the reader types", async () => {
    expect(await searchArticles({ q: "Việt Nma" })).toMatchObject({ correctedQuery: "Việt Nam", fuzzy: true });
    expect(await searchArticles({ q: "quốc phnog" })).toMatchObject({ correctedQuery: "quốc phòng" });
    expect(await searchArticles({ q: "Nguyễn Phú Trọg" })).toMatchObject({ correctedQuery: "Nguyễn Phú Trọng", total: 1 });
    expect(await searchArticles({ q: '"Phan Văn" Gaing' })).toMatchObject({ correctedQuery: '"Phan Văn" Giang', total: 2 });
  });

  it("leaves queries that match, and corrections that would find nothing under the filters, alone", async () => {
    expect(await searchArticles({ q: "Đổng Quân" })).toMatchObject({ correctedQuery: null, fuzzy: false, total: 1 });
    expect(await searchArticles({ q: "Phan Văn Gaing", section: emptySection })).toMatchObject({ correctedQuery: null, total: 0, hits: [] });
    expect(await searchArticles({ q: "xqzwvk" })).toMatchObject({ correctedQuery: null, fuzzy: false, total: 0 });
  });

  it("pages a corrected query like any other", async () => {
    expect(await searchArticles({ q: "Phan Văn Gaing", page: 2 })).toMatchObject({ correctedQuery: "Phan Văn Giang", total: 2, hits: [] });
  });

  it("offers articles tagged with a near name when every word exists but not together", async () => {
    const giang = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Phan Văn Giangg" } });
    const tagged = await createArticle({ actor: editor, publish: true, input: { title: "Đoàn đại biểu thăm cột mốc 92", body: paragraphs("Đoàn dâng hương."), personIds: [giang.id] } });
    const result = await searchArticles({ q: "Phan Văn Trọng" });
    expect(result).toMatchObject({ fuzzy: true, correctedQuery: null });
    expect(result.hits.map((hit) => hit.id)).toContain(tagged.id);
  });
});

describe("search vocabulary", () => {
  it("takes a published article's words at once, never a draft's, and never suggests a word that left the site", async () => {
    const story = await draft("Khai trương chợ biên giới Tràng Định", "Chợ mở cửa từ sáng.");
    expect(await inVocabulary("trang", "dinh")).toEqual([]);
    expect(await searchArticles({ q: "Trang Dinhh" })).toMatchObject({ correctedQuery: null, total: 0 });

    await transitionArticle({ actor: editor, id: story.id, input: { to: "published" } });
    expect(await inVocabulary("trang", "dinh")).toEqual(["tràng", "định"]);
    expect(await searchArticles({ q: "Trang Dinhh" })).toMatchObject({ correctedQuery: "Trang Dinh", total: 1 });
    expect(await searchArticles({ q: "Tràng Địnhh" })).toMatchObject({ correctedQuery: "Tràng Định", total: 1 });

    // Unpublished: the word stays in the vocabulary until a rebuild, but the index no longer confirms it.
    await transitionArticle({ actor: editor, id: story.id, input: { to: "draft" } });
    expect(await searchArticles({ q: "Trang Dinhh" })).toMatchObject({ correctedQuery: null, total: 0 });
    expect(await rebuildSearchVocabulary()).toBeGreaterThan(10);
    expect(await inVocabulary("trang", "dinh")).toEqual([]);
  });

  it("takes scheduled articles when the scheduler confirms them, and entities' names", async () => {
    const story = await draft("Hội chợ Móng Cái", "Hàng Việt Nam.");
    await transitionArticle({ actor: editor, id: story.id, input: { to: "scheduled", at: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(await inVocabulary("mong")).toEqual([]);
    // Its time comes.
    await getDb().update(articles).set({ publishedAt: sql`now() - interval '1 minute'` }).where(eq(articles.id, story.id));
    await promoteDueArticles();
    expect(await inVocabulary("mong")).toEqual(["móng"]);

    await createEntity({ actor: SYSTEM, input: { type: "place", name: "Đồng Văn", kind: "district", aliases: ["Dong Van Karst"] } });
    expect(await inVocabulary("karst")).toEqual(["karst"]);
  });

  it("keeps drafts' words out of the rebuilt vocabulary", async () => {
    await rebuildSearchVocabulary();
    expect(await inVocabulary("xuyen", "mat")).toEqual([]);
    expect(await searchArticles({ q: "Xuyen Mocc" })).toMatchObject({ correctedQuery: null, total: 0 });
  });
});

describe("hostile input", () => {
  it.each([
    ["quotes and operators", '"" OR -- !! & | ( ) :* <-> Gaing'],
    ["SQL", "'; drop table search_words; -- giag"],
    ["LIKE and regex characters", "gi%ng g_ang .* [a-z]+ \\d"],
    ["10 kB of misspelt words", "Phan Văn Gaing xqzw ".repeat(600)],
    ["many unknown words", "qwe rty uio pas dfg hjk lzx cvb nmq wer tyu"],
    ["control characters", "\u0000\u0001 gaing\u0007 phan"],
    ["only operators", "OR OR - -- \"\""],
    ["combining marks", "Giang".normalize("NFD") + " Gaing".normalize("NFD")],
    ["other scripts", "董军 Дун Цзюнь 🙂"],
  ])("answers %s with results or nothing, never an error", async (_label, q) => {
    const result = await searchArticles({ q });
    expect(Array.isArray(result.hits)).toBe(true);
    expect(result.correctedQuery === null || typeof result.correctedQuery === "string").toBe(true);
  });
});
