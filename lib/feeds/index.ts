import "server-only";
import { and, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { Feed } from "feed";
import { getDb } from "@/db";
import { articleAuthors, articleEntities, articles, entities, sections, users, type EntityType } from "@/db/schema";
import { findEntityId, getEntityRecord, timelineEntityIds, typesAtPath } from "@/lib/entities/pages";
import { ENTITY_PATHS, entityPath } from "@/lib/entities/paths";
import { publiclyVisible } from "@/lib/policy/visibility";
import { siteUrl } from "@/lib/site-url";

export const FEED_SIZE = 50;
const SITE_NAME = "Tòa Soạn";

interface FeedScope {
  title: string;
  description: string;
  path: string;
  /** Restricts items: a section, or the articles tagged with any of these entities. */
  sectionId?: string;
  entityIds?: string[];
}

async function feedItems(scope: FeedScope) {
  const db = getDb();
  const conditions = [publiclyVisible()];
  if (scope.sectionId) conditions.push(eq(articles.sectionId, scope.sectionId));
  if (scope.entityIds) {
    conditions.push(inArray(articles.id, db.select({ id: articleEntities.articleId }).from(articleEntities).where(inArray(articleEntities.entityId, scope.entityIds))));
  }
  const rows = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, sapo: articles.sapo, publishedAt: articles.publishedAt, updatedAt: articles.updatedAt, sectionName: sections.name })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt))
    .limit(FEED_SIZE);
  const ids = rows.map((row) => row.id);
  const bylines = ids.length
    ? await db
        .select({ articleId: articleAuthors.articleId, name: users.displayName, slug: users.slug })
        .from(articleAuthors)
        .innerJoin(users, eq(users.id, articleAuthors.userId))
        .where(inArray(articleAuthors.articleId, ids))
        .orderBy(articleAuthors.position)
    : [];
  return rows.map((row) => ({ ...row, authors: bylines.filter((b) => b.articleId === row.id) }));
}

/** RSS 2.0 or Atom 1.0 for a scope (the whole site, a section, an entity). */
export async function renderFeed(scope: FeedScope, format: "rss" | "atom"): Promise<string> {
  const base = await siteUrl();
  const items = await feedItems(scope);
  const feed = new Feed({
    title: scope.title,
    description: scope.description,
    id: `${base}${scope.path}`,
    link: `${base}${scope.path}`,
    language: "vi",
    copyright: `© ${SITE_NAME}`,
    updated: items[0]?.updatedAt ?? new Date(0),
    generator: SITE_NAME,
    feedLinks: { rss: `${base}${feedPath(scope.path, "rss")}`, atom: `${base}${feedPath(scope.path, "atom")}` },
  });
  for (const item of items) {
    const url = `${base}/bai-viet/${item.slug}`;
    feed.addItem({
      title: item.title,
      id: url,
      link: url,
      description: item.sapo,
      date: item.updatedAt,
      published: item.publishedAt!,
      category: item.sectionName ? [{ name: item.sectionName }] : undefined,
      author: item.authors.map((author) => ({ name: author.name, link: author.slug ? `${base}/tac-gia/${author.slug}` : undefined })),
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}

export function feedPath(path: string, format: "rss" | "atom") {
  const root = path === "/" ? "" : path;
  return `${root}/${format === "rss" ? "rss" : "atom"}.xml`;
}

export function feedResponse(body: string, format: "rss" | "atom") {
  return new Response(body, {
    headers: {
      // Cache-Control comes from the route's `revalidate`, like every cached public page.
      "Content-Type": format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
    },
  });
}

export async function siteScope(): Promise<FeedScope> {
  return { title: SITE_NAME, description: "Quốc phòng, đối ngoại và biên giới", path: "/" };
}

export async function sectionScope(slug: string): Promise<FeedScope | null> {
  const [section] = await getDb().select().from(sections).where(eq(sections.slug, slug));
  return section ? { title: `${section.name} — ${SITE_NAME}`, description: section.name, path: `/chuyen-muc/${section.slug}`, sectionId: section.id } : null;
}

/** An entity's feed: readers follow "Đổng Quân"; a place's includes the places inside it, a series its editions. */
export async function entityScope(type: EntityType, slug: string): Promise<FeedScope | null> {
  const found = await findEntityId(typesAtPath(type), slug);
  if (!found || !("id" in found)) return null;
  const record = await getEntityRecord(found.id);
  if (!record) return null;
  return {
    title: `${record.name} — ${SITE_NAME}`,
    description: record.description || record.name,
    path: entityPath(record),
    entityIds: await timelineEntityIds(record),
  };
}

// ——— Sitemaps ———

export const SITEMAP_PAGE_SIZE = 10_000;

const xml = (value: string) => value.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export function xmlResponse(body: string) {
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}

/** The index: one child per 10,000 articles, one per 10,000 entities, and the sections and news maps. */
export async function sitemapIndex(): Promise<string> {
  const base = await siteUrl();
  const db = getDb();
  const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(articles).where(publiclyVisible());
  const [e] = await db.select({ n: sql<number>`count(*)::int` }).from(entities);
  const children = [
    "/sitemaps/pages.xml",
    "/sitemaps/news.xml",
    ...Array.from({ length: Math.max(1, Math.ceil((a?.n ?? 0) / SITEMAP_PAGE_SIZE)) }, (_, i) => `/sitemaps/articles/${i + 1}.xml`),
    ...Array.from({ length: Math.max(1, Math.ceil((e?.n ?? 0) / SITEMAP_PAGE_SIZE)) }, (_, i) => `/sitemaps/entities/${i + 1}.xml`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${children
    .map((child) => `  <sitemap><loc>${xml(base + child)}</loc></sitemap>`)
    .join("\n")}\n</sitemapindex>\n`;
}

function urlset(entries: { loc: string; lastmod?: Date }[]) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries
    .map((entry) => `  <url><loc>${xml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : ""}</url>`)
    .join("\n")}\n</urlset>\n`;
}

export async function articlesSitemap(page: number): Promise<string | null> {
  const base = await siteUrl();
  const rows = await getDb()
    .select({ slug: articles.slug, updatedAt: articles.updatedAt })
    .from(articles)
    .where(publiclyVisible())
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(SITEMAP_PAGE_SIZE)
    .offset((page - 1) * SITEMAP_PAGE_SIZE);
  if (rows.length === 0 && page > 1) return null;
  return urlset(rows.map((row) => ({ loc: `${base}/bai-viet/${row.slug}`, lastmod: row.updatedAt })));
}

export async function entitiesSitemap(page: number): Promise<string | null> {
  const base = await siteUrl();
  const rows = await getDb()
    .select({ type: entities.type, slug: entities.slug, updatedAt: entities.updatedAt })
    .from(entities)
    .orderBy(entities.type, entities.slug)
    .limit(SITEMAP_PAGE_SIZE)
    .offset((page - 1) * SITEMAP_PAGE_SIZE);
  if (rows.length === 0 && page > 1) return null;
  return urlset(rows.map((row) => ({ loc: `${base}${ENTITY_PATHS[row.type]}/${row.slug}`, lastmod: row.updatedAt })));
}

export async function pagesSitemap(): Promise<string> {
  const base = await siteUrl();
  const rows = await getDb().select({ slug: sections.slug }).from(sections).orderBy(sections.position);
  const authors = await getDb().select({ slug: users.slug }).from(users).where(sql`${users.slug} is not null and exists (select 1 from ${articleAuthors} where ${articleAuthors.userId} = ${users.id})`);
  return urlset([
    { loc: `${base}/` },
    ...rows.map((row) => ({ loc: `${base}/chuyen-muc/${row.slug}` })),
    ...authors.map((row) => ({ loc: `${base}/tac-gia/${row.slug}` })),
  ]);
}

/** Google News: articles published in the last 48 hours. */
export async function newsSitemap(): Promise<string> {
  const base = await siteUrl();
  const rows = await getDb()
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(publiclyVisible(), gte(articles.publishedAt, sql`now() - interval '48 hours'`)))
    .orderBy(desc(articles.publishedAt))
    .limit(1000);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${rows
    .map(
      (row) =>
        `  <url><loc>${xml(`${base}/bai-viet/${row.slug}`)}</loc><news:news><news:publication><news:name>${SITE_NAME}</news:name><news:language>vi</news:language></news:publication><news:publication_date>${row.publishedAt!.toISOString()}</news:publication_date><news:title>${xml(row.title)}</news:title></news:news></url>`,
    )
    .join("\n")}\n</urlset>\n`;
}
