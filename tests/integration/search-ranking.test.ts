import "../support/fresh-database";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles";
import { RANK_CANDIDATES, SEARCH_PAGE_SIZE, searchArticles } from "@/lib/search";
import { makeUser, paragraphs } from "./helpers";

const EXTRA = 5;

beforeAll(async () => {
  const editor = await makeUser("editor");
  const publish = (title: string, sapo: string, text: string) => createArticle({ actor: editor, publish: true, input: { title, sapo, body: paragraphs(text) } });
  // The title match is the oldest; newer articles carry the words in their body only.
  await publish("Biên giới Việt – Lào: mốc mới", "", "Hai bên kiểm tra hệ thống mốc.");
  await publish("Thời sự buổi sáng", "", "Tuần tra trên tuyến biên giới phía Bắc.");
  await publish("Thời sự buổi trưa", "Tin biên giới trong ngày.", "Các đơn vị trực sẵn sàng.");
  // More matches for one common word than relevance ranks.
  for (let start = 0; start < RANK_CANDIDATES + EXTRA; start += 15) {
    await Promise.all(
      Array.from({ length: Math.min(15, RANK_CANDIDATES + EXTRA - start) }, (_, i) => publish(`Bản tin số ${start + i + 1}`, "", "Hội nghị hợp tác quốc phòng thường niên.")),
    );
  }
}, 120_000);

describe("search ranking", () => {
  it("ranks title, then sapo, above newer articles that match in the body only; newest first on request", async () => {
    const byRelevance = await searchArticles({ q: "bien gioi" });
    expect(byRelevance.hits.map((hit) => hit.title)).toEqual(["Biên giới Việt – Lào: mốc mới", "Thời sự buổi trưa", "Thời sự buổi sáng"]);
    const byDate = await searchArticles({ q: "bien gioi", sort: "date" });
    expect(byDate.hits.map((hit) => hit.title)).toEqual(["Thời sự buổi trưa", "Thời sự buổi sáng", "Biên giới Việt – Lào: mốc mới"]);
    expect(byDate).toMatchObject({ total: 3, totalIsLowerBound: false, pages: 1 });
  });

  it("stops counting a common word at the candidate cap and pages through it", async () => {
    const first = await searchArticles({ q: "hop tac" });
    expect(first).toMatchObject({ total: RANK_CANDIDATES, totalIsLowerBound: true, pages: RANK_CANDIDATES / SEARCH_PAGE_SIZE });
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    const last = await searchArticles({ q: "hop tac", page: RANK_CANDIDATES / SEARCH_PAGE_SIZE });
    expect(last.hits).toHaveLength(SEARCH_PAGE_SIZE);
    // No article twice across the ranked pages.
    const seen = new Set<string>();
    for (let page = 1; page <= RANK_CANDIDATES / SEARCH_PAGE_SIZE; page++) {
      for (const hit of (await searchArticles({ q: "hop tac", page })).hits) {
        expect(seen.has(hit.id)).toBe(false);
        seen.add(hit.id);
      }
    }
    expect(seen.size).toBe(RANK_CANDIDATES);
  });

  it("counts exactly when only filters are given", async () => {
    const all = RANK_CANDIDATES + EXTRA + 3;
    expect(await searchArticles({ sort: "date" })).toMatchObject({ total: all, totalIsLowerBound: false, pages: Math.ceil(all / SEARCH_PAGE_SIZE) });
  });

  it("lets newest-first results page past the relevance cap", async () => {
    const atCap = await searchArticles({ q: "hop tac", sort: "date", page: RANK_CANDIDATES / SEARCH_PAGE_SIZE });
    expect(atCap.pages).toBe(RANK_CANDIDATES / SEARCH_PAGE_SIZE + 1);
    const beyond = await searchArticles({ q: "hop tac", sort: "date", page: RANK_CANDIDATES / SEARCH_PAGE_SIZE + 1 });
    expect(beyond.hits).toHaveLength(EXTRA);
    expect(beyond).toMatchObject({ total: RANK_CANDIDATES + EXTRA, totalIsLowerBound: false, pages: RANK_CANDIDATES / SEARCH_PAGE_SIZE + 1 });
    // The oldest come from the first batch (published together, in any order).
    expect(beyond.hits.at(-1)?.title).toMatch(/^Bản tin số ([1-9]|1[0-5])$/);
  });
});
