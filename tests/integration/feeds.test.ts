import "../support/fresh-database";
import { xml2js } from "xml-js";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles";
import { createEntity } from "@/lib/entities/records";
import { articlesSitemap, entitiesSitemap, entityScope, newsSitemap, renderFeed, sectionScope, sitemapIndex, siteScope } from "@/lib/feeds";
import { SYSTEM } from "@/lib/users";
import { makeSection, makeUser, paragraphs } from "./helpers";

type XmlNode = { name?: string; elements?: XmlNode[]; text?: string; cdata?: string; attributes?: Record<string, string> };
const parse = (text: string) => xml2js(text, { compact: false }) as XmlNode;
const all = (node: XmlNode, name: string): XmlNode[] => [...(node.name === name ? [node] : []), ...(node.elements ?? []).flatMap((child) => all(child, name))];
const textOf = (node: XmlNode | undefined) => node?.elements?.map((child) => child.text ?? child.cdata ?? "").join("") ?? "";

let sectionSlug: string;

beforeAll(async () => {
  process.env.SITE_URL = "https://toasoan.example";
  const editor = await makeUser("editor");
  const section = await makeSection("Biên giới");
  sectionSlug = section.slug;
  const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Đổng Quân" } });
  await createArticle({ actor: editor, publish: true, input: { title: "Đón đoàn <Trung Quốc> & bạn bè", sapo: "Sapo có ký tự đặc biệt: < > & \" '", sectionId: section.id, body: paragraphs("x"), personIds: [person.id] } });
  await createArticle({ actor: editor, publish: true, input: { title: "Bài thứ hai", body: paragraphs("y") } });
  await createArticle({ actor: editor, input: { title: "Bản nháp bí mật", body: paragraphs("z"), personIds: [person.id] } });
});

describe("feeds", () => {
  it("the site's RSS 2.0 parses and lists published articles only, with escaped text", async () => {
    const doc = parse(await renderFeed(await siteScope(), "rss"));
    const items = all(doc, "item");
    expect(items.map((item) => textOf(all(item, "title")[0]))).toEqual(["Bài thứ hai", "Đón đoàn <Trung Quốc> & bạn bè"]);
    expect(textOf(all(items[1]!, "link")[0])).toMatch(/^https:\/\/toasoan\.example\/bai-viet\//);
    expect(all(doc, "rss")[0]?.attributes?.version).toBe("2.0");
  });

  it("the Atom feed parses", async () => {
    const doc = parse(await renderFeed(await siteScope(), "atom"));
    expect(all(doc, "feed")[0]?.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(all(doc, "entry")).toHaveLength(2);
  });

  it("a person's feed follows that person; a section's feed its section", async () => {
    const person = await entityScope("person", "dong-quan");
    expect(all(parse(await renderFeed(person!, "rss")), "item").map((item) => textOf(all(item, "title")[0]))).toEqual(["Đón đoàn <Trung Quốc> & bạn bè"]);
    const section = await sectionScope(sectionSlug);
    expect(all(parse(await renderFeed(section!, "rss")), "item")).toHaveLength(1);
    expect(await entityScope("person", "khong-co")).toBeNull();
  });
});

describe("sitemaps", () => {
  it("the index points at children that parse and cover every public URL", async () => {
    const index = parse(await sitemapIndex());
    const locs = all(index, "loc").map(textOf);
    expect(locs).toEqual(expect.arrayContaining(["https://toasoan.example/sitemaps/articles/1.xml", "https://toasoan.example/sitemaps/entities/1.xml", "https://toasoan.example/sitemaps/news.xml"]));
    const articleLocs = all(parse((await articlesSitemap(1))!), "loc").map(textOf);
    expect(articleLocs).toHaveLength(2);
    expect(articleLocs.some((loc) => loc.includes("ban-nhap"))).toBe(false);
    expect(all(parse((await entitiesSitemap(1))!), "loc").map(textOf)).toEqual(["https://toasoan.example/nhan-vat/dong-quan"]);
    expect(await articlesSitemap(2)).toBeNull();
  });

  it("the news sitemap lists the last 48 hours", async () => {
    const news = parse(await newsSitemap());
    expect(all(news, "news:title").map(textOf)).toEqual(["Bài thứ hai", "Đón đoàn <Trung Quốc> & bạn bè"]);
  });
});
