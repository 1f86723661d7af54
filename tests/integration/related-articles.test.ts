import "../support/fresh-database";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articleEntities, articles } from "@/db/schema";
import { createArticle } from "@/lib/articles";
import { PER_TAG, moreFromSection, relatedArticles } from "@/lib/articles/related";
import { transitionArticle } from "@/lib/articles/workflow";
import { createEntity } from "@/lib/entities/records";
import { SYSTEM } from "@/lib/users";
import { makeSection, makeUser, paragraphs } from "./helpers";

type User = Awaited<ReturnType<typeof makeUser>>;
type Section = Awaited<ReturnType<typeof makeSection>>;

let editor: User;
let defence: Section;
let diplomacy: Section;
const person = async (name: string) => (await createEntity({ actor: SYSTEM, input: { type: "person", name } })).id;

const HOUR = 3_600_000;

/** A published article with these people as tags, dated `hoursAgo` hours back. */
async function published(title: string, personIds: string[], hoursAgo: number, section: Section | null = defence) {
  const saved = await createArticle({ actor: editor, publish: true, input: { title, body: paragraphs("Nội dung."), personIds, sectionId: section?.id ?? null } });
  await getDb().update(articles).set({ publishedAt: new Date(Date.now() - hoursAgo * HOUR) }).where(eq(articles.id, saved.id));
  return saved.id;
}

async function draft(title: string, personIds: string[], section: Section | null = defence) {
  return (await createArticle({ actor: editor, input: { title, body: paragraphs("Nội dung."), personIds, sectionId: section?.id ?? null } })).id;
}

const titles = (cards: { title: string }[]) => cards.map((card) => card.title);

beforeAll(async () => {
  editor = await makeUser("editor");
  defence = await makeSection("Quốc phòng");
  diplomacy = await makeSection("Đối ngoại");
});

describe("relatedArticles", () => {
  let source: string;
  let a: string, b: string, c: string, d: string;

  beforeAll(async () => {
    [a, b, c, d] = await Promise.all([person("Nhân vật A"), person("Nhân vật B"), person("Nhân vật C"), person("Nhân vật D")]);
    source = await published("Bài gốc", [a, b, c], 0, diplomacy);
    await published("Chung ba thẻ, cũ", [a, b, c], 240, diplomacy);
    await published("Chung hai thẻ, mới", [a, b, d], 24, diplomacy);
    await published("Chung hai thẻ, cũ hơn", [b, c], 120, diplomacy);
    await published("Chung một thẻ, mới nhất", [c], 1, diplomacy);
    await published("Không chung thẻ nào", [d], 2, null);
  });

  it("ranks by the number of shared tags, then by recency, and leaves the article itself out", async () => {
    const related = await relatedArticles(source, 4);
    expect(titles(related)).toEqual(["Chung ba thẻ, cũ", "Chung hai thẻ, mới", "Chung hai thẻ, cũ hơn", "Chung một thẻ, mới nhất"]);
    expect(related.map((card) => card.id)).not.toContain(source);
    expect(related[0]).toMatchObject({ sectionName: "Đối ngoại", sectionSlug: diplomacy.slug });
    expect(related[0]!.publishedAt).toBeInstanceOf(Date);
    expect(titles(await relatedArticles(source, 2))).toEqual(["Chung ba thẻ, cũ", "Chung hai thẻ, mới"]);
  });

  it("never offers a draft, an article in review, an archived one or one scheduled for later; a scheduled one whose time has come is public", async () => {
    const root = await published("Gốc kiểm tra ẩn", [d], 0, null);
    await draft("Bản nháp chung thẻ", [d]);
    const inReview = await draft("Chờ duyệt chung thẻ", [d]);
    await transitionArticle({ actor: editor, id: inReview, input: { to: "in_review" } });
    const archived = await published("Đã lưu trữ chung thẻ", [d], 3);
    await transitionArticle({ actor: editor, id: archived, input: { to: "archived" } });
    const later = await draft("Hẹn giờ ngày mai chung thẻ", [d]);
    await transitionArticle({ actor: editor, id: later, input: { to: "scheduled", at: new Date(Date.now() + 24 * HOUR).toISOString() } });
    const due = await draft("Hẹn giờ đã đến lúc chung thẻ", [d]);
    await transitionArticle({ actor: editor, id: due, input: { to: "scheduled", at: new Date(Date.now() + HOUR).toISOString() } });
    // Its time has come, and the scheduler has not confirmed it yet.
    await getDb().update(articles).set({ publishedAt: new Date(Date.now() - 60_000), scheduledAt: new Date(Date.now() - 60_000) }).where(eq(articles.id, due));

    const related = titles(await relatedArticles(root, 10));
    expect(related).toContain("Hẹn giờ đã đến lúc chung thẻ");
    expect(related).toContain("Chung hai thẻ, mới");
    for (const hidden of ["Bản nháp chung thẻ", "Chờ duyệt chung thẻ", "Đã lưu trữ chung thẻ", "Hẹn giờ ngày mai chung thẻ", "Gốc kiểm tra ẩn"]) {
      expect(related).not.toContain(hidden);
    }
  });

  it("fills up with the newest articles of the same section, without repeating one", async () => {
    await published("Đối ngoại, không thẻ", [], 0.2, diplomacy);
    const related = await relatedArticles(source, 6);
    // Four share tags; then the section's newest that is not already there; the section has nothing more.
    expect(titles(related)).toEqual(["Chung ba thẻ, cũ", "Chung hai thẻ, mới", "Chung hai thẻ, cũ hơn", "Chung một thẻ, mới nhất", "Đối ngoại, không thẻ"]);
    expect(new Set(related.map((card) => card.id)).size).toBe(related.length);
  });

  it("falls back to the newest articles of the section when nothing is shared", async () => {
    const lonely = await published("Bài không thẻ", [], 0.5, defence);
    const related = await relatedArticles(lonely, 3);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((card) => card.sectionSlug === defence.slug)).toBe(true);
    expect(related.map((card) => card.id)).not.toContain(lonely);
    const dates = related.map((card) => card.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((x, y) => y - x));
    // No section and no tags: nothing to offer.
    const orphan = await published("Bài không chuyên mục, không thẻ", [], 0.5, null);
    expect(await relatedArticles(orphan, 3)).toEqual([]);
  });

  it("answers an empty list for an id that is not a uuid", async () => {
    expect(await relatedArticles("không-phải-uuid", 4)).toEqual([]);
  });
});

describe("moreFromSection", () => {
  it("lists the newest public articles of the section, leaving out the given ids", async () => {
    const section = await makeSection("Biên giới");
    const first = await published("Biên giới 1", [], 5, section);
    await published("Biên giới 2", [], 4, section);
    const third = await published("Biên giới 3", [], 3, section);
    await published("Biên giới 4", [], 2, section);
    await draft("Biên giới nháp", [], section);
    await published("Chuyên mục khác", [], 1, defence);

    expect(titles(await moreFromSection(section.id, [], 10))).toEqual(["Biên giới 4", "Biên giới 3", "Biên giới 2", "Biên giới 1"]);
    expect(titles(await moreFromSection(section.id, [third], 2))).toEqual(["Biên giới 4", "Biên giới 2"]);
    expect(titles(await moreFromSection(section.id, [first, third], 10))).toEqual(["Biên giới 4", "Biên giới 2"]);
    expect(await moreFromSection("không-phải-uuid", [], 4)).toEqual([]);
  });
});

describe("a tag on thousands of articles", () => {
  it("takes that tag's newest articles, scoring each on every tag it shares", async () => {
    const [popular, rare] = await Promise.all([person("Nhân vật phổ biến"), person("Nhân vật hiếm")]);
    // Forty times more articles on the popular tag than are taken from it, all older than what follows.
    // Their tag rows get the articles' dates from the triggers; the scheduled one's date moves below.
    await getDb().execute(sql`
      with made as (
        insert into articles (slug, title, body, status, published_at)
        select 'pho-bien-' || n, 'Phổ biến ' || n, '{"type":"doc","content":[]}'::jsonb, 'published', now() - interval '30 days' - n * interval '1 minute'
        from generate_series(1, ${PER_TAG * 40}) n
        returning id
      )
      insert into article_entities (article_id, entity_id) select id, ${popular}::uuid from made`);

    const source = await published("Gốc phổ biến", [popular, rare], 0, null);
    const both = await published("Chung cả hai, rất cũ", [popular, rare], 24 * 365, null);
    await published("Phổ biến, mới", [popular], 1, null);
    await draft("Phổ biến, bản nháp", [popular], null);
    const due = await draft("Phổ biến, hẹn giờ đã đến", [popular], null);
    await transitionArticle({ actor: editor, id: due, input: { to: "scheduled", at: new Date(Date.now() + HOUR).toISOString() } });
    await getDb().update(articles).set({ publishedAt: new Date(Date.now() - 30 * 60_000), scheduledAt: new Date(Date.now() - 30 * 60_000) }).where(eq(articles.id, due));
    await getDb().execute(sql`analyze`);

    const related = await relatedArticles(source, 4);
    // The old article sharing both tags comes first although it is not among the popular tag's newest.
    expect(related[0]!.id).toBe(both);
    expect(titles(related).slice(1)).toEqual(["Phổ biến, hẹn giờ đã đến", "Phổ biến, mới", "Phổ biến 1"]);
    const many = titles(await relatedArticles(source, 30));
    expect(many).not.toContain("Phổ biến, bản nháp");
    expect(many).not.toContain("Gốc phổ biến");
    expect(many.slice(3, 6)).toEqual(["Phổ biến 1", "Phổ biến 2", "Phổ biến 3"]);
  });
});

describe("the tag rows' copy of the article's date", () => {
  it("follows the article: copied when tagged, moved when the date moves, cleared with it", async () => {
    const tag = await person("Nhân vật theo ngày");
    const id = await draft("Ngày theo bài", [tag]);
    const copied = async () => (await getDb().select({ at: articleEntities.publishedAt }).from(articleEntities).where(eq(articleEntities.articleId, id))).map((row) => row.at);
    expect(await copied()).toEqual([null]);

    const held = new Date("2024-04-20T03:00:00Z");
    await getDb().update(articles).set({ publishedAt: held }).where(eq(articles.id, id));
    expect(await copied()).toEqual([held]);
    // Saving the article's tags replaces its rows: the new ones are dated too.
    await getDb().delete(articleEntities).where(eq(articleEntities.articleId, id));
    await getDb().insert(articleEntities).values([{ articleId: id, entityId: tag }, { articleId: id, entityId: await person("Nhân vật thêm") }]);
    expect(await copied()).toEqual([held, held]);
    // Even a row written with a wrong date gets the article's.
    await getDb().update(articleEntities).set({ publishedAt: new Date(0) }).where(eq(articleEntities.articleId, id));
    expect(await copied()).toEqual([held, held]);

    await getDb().update(articles).set({ publishedAt: null }).where(eq(articles.id, id));
    expect(await copied()).toEqual([null, null]);
  });
});
