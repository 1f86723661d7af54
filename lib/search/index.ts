import "server-only";
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { articleEntities, articles, entities, sections } from "@/db/schema";
import { ENTITY_TYPES } from "@/lib/entities/paths";
import { titlesOn } from "@/lib/entities/pages";
import { publiclyVisible } from "@/lib/policy/visibility";
import { highlight, queryTerms, type Highlighted } from "./highlight";

export const SEARCH_PAGE_SIZE = 20;
/** Ranking every match of a common word ("Việt Nam") is what makes full-text search slow: rank the newest N candidates only. */
export const RANK_CANDIDATES = 1000;

const optionalDate = z
  .string()
  .optional()
  .transform((value) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined));

/** Control characters (PostgreSQL refuses NUL) and lone surrogates become spaces. */
export function cleanQuery(value: string, max: number) {
  return value
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}

/** Anything a reader can type lands here; nothing in it can make the query fail. */
export const SearchParams = z.object({
  q: z
    .string()
    .optional()
    .transform((value) => cleanQuery(value ?? "", 300)),
  section: z.string().max(100).optional().catch(undefined),
  from: optionalDate.catch(undefined),
  to: optionalDate.catch(undefined),
  /** "person:dong-quan" */
  entity: z
    .string()
    .max(200)
    .regex(/^(person|place|organization|event|series):[\p{Ll}\p{N}-]+$/u)
    .optional()
    .catch(undefined),
  sort: z.enum(["relevance", "date"]).catch("relevance").default("relevance"),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
});
export type SearchParams = z.output<typeof SearchParams>;

export interface SearchHit {
  id: string;
  slug: string;
  title: string;
  titleParts: Highlighted["parts"];
  snippet: Highlighted["parts"];
  publishedAt: Date;
  sectionName: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** True when the count stopped at the candidate cap. */
  totalIsLowerBound: boolean;
  /** True when nothing matched exactly and these are near matches (typos). */
  fuzzy: boolean;
  page: number;
  pages: number;
}

const folded = (value: string) => sql`immutable_unaccent(lower(${value}))`;

async function filters(params: SearchParams): Promise<SQL[] | null> {
  const out: SQL[] = [publiclyVisible()!];
  const db = getDb();
  if (params.section) {
    const [section] = await db.select({ id: sections.id }).from(sections).where(eq(sections.slug, params.section));
    if (!section) return null;
    out.push(eq(articles.sectionId, section.id));
  }
  if (params.from) out.push(gte(articles.publishedAt, new Date(`${params.from}T00:00:00+07:00`)));
  if (params.to) out.push(lt(articles.publishedAt, new Date(new Date(`${params.to}T00:00:00+07:00`).getTime() + 86_400_000)));
  if (params.entity) {
    const [type, slug] = params.entity.split(":") as [(typeof ENTITY_TYPES)[number], string];
    const [entity] = await db.select({ id: entities.id }).from(entities).where(and(eq(entities.type, type), eq(entities.slug, slug)));
    if (!entity) return null;
    out.push(inArray(articles.id, db.select({ id: articleEntities.articleId }).from(articleEntities).where(eq(articleEntities.entityId, entity.id))));
  }
  return out;
}

/** What a search hit is built from. */
const hitColumns = { id: articles.id, slug: articles.slug, title: articles.title, sapo: articles.sapo, bodyText: articles.bodyText, publishedAt: articles.publishedAt, sectionName: sections.name };

type Row = { id: string; slug: string; title: string; sapo: string; bodyText: string; publishedAt: Date | null; sectionName: string | null };

/** Small typos get this long before the search gives up on near matches (it never fails for it). */
const NEAR_MATCH_TIMEOUT_MS = 1500;

/**
 * Small typos (pg_trgm), when the full-text search found nothing: titles whose
 * words are close to the query's, then articles tagged with the people, places…
 * whose names are ("Phan Vn Giang"). Two index-friendly queries rather than one
 * OR, under a statement timeout so a pathological query costs a bounded time.
 */
async function nearMatches(query: SQL, where: SQL[]): Promise<Row[]> {
  try {
    return await getDb().transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${NEAR_MATCH_TIMEOUT_MS}`));
      const byTitle = await tx
        .select(hitColumns)
        .from(articles)
        .leftJoin(sections, eq(sections.id, articles.sectionId))
        .where(and(sql`${query} <% immutable_unaccent(lower(${articles.title}))`, ...where))
        .orderBy(desc(sql`word_similarity(${query}, immutable_unaccent(lower(${articles.title})))`), desc(articles.publishedAt))
        .limit(SEARCH_PAGE_SIZE);
      const nearEntities = tx
        .select({ id: entities.id })
        .from(entities)
        .where(sql`immutable_unaccent(lower(${entities.name})) % ${query}`)
        .orderBy(desc(sql`similarity(immutable_unaccent(lower(${entities.name})), ${query})`))
        .limit(3);
      const byTag = await tx
        .select(hitColumns)
        .from(articles)
        .leftJoin(sections, eq(sections.id, articles.sectionId))
        .where(and(inArray(articles.id, tx.select({ id: articleEntities.articleId }).from(articleEntities).where(inArray(articleEntities.entityId, nearEntities))), ...where))
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .limit(SEARCH_PAGE_SIZE);
      const seen = new Set<string>();
      return [...byTitle, ...byTag].filter((row) => !seen.has(row.id) && seen.add(row.id)).slice(0, SEARCH_PAGE_SIZE);
    });
  } catch (error) {
    if ((error as { code?: string }).code === "57014") return []; // statement_timeout: no near matches
    throw error;
  }
}

/**
 * Published articles matching a query: PostgreSQL full-text search over
 * unaccented text (so "phan van giang" finds "Phan Văn Giang"), phrases in
 * quotes and OR/- operators via websearch_to_tsquery (which never fails on
 * odd input), ranked among the newest candidates only; when nothing matches,
 * trigram similarity to titles and to tagged entities' names catches small typos.
 */
export async function searchArticles(raw: unknown): Promise<SearchResult> {
  const params = SearchParams.parse(raw ?? {});
  const empty = { hits: [], total: 0, totalIsLowerBound: false, fuzzy: false, page: params.page, pages: 1 };
  const where = await filters(params);
  if (!where) return empty;
  const db = getDb();
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;

  let rows: Row[] = [];
  let total = 0;
  let fuzzy = false;

  if (!params.q) {
    // Filters alone (a section, a date range, an entity): newest first.
    rows = await db.select(hitColumns).from(articles).leftJoin(sections, eq(sections.id, articles.sectionId)).where(and(...where)).orderBy(desc(articles.publishedAt)).limit(SEARCH_PAGE_SIZE).offset(offset);
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(articles).where(and(...where));
    total = count?.n ?? 0;
  } else {
    const tsquery = sql`websearch_to_tsquery('simple', ${folded(params.q)})`;
    const candidates = db
      .select({ id: articles.id, rank: sql<number>`ts_rank_cd(${articles.searchVector}, ${tsquery})`.as("rank"), publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(sql`${articles.searchVector} @@ ${tsquery}`, ...where))
      .orderBy(desc(articles.publishedAt))
      .limit(RANK_CANDIDATES)
      .as("candidates");
    const ranked = await db
      .select({ ...hitColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(candidates)
      .innerJoin(articles, eq(articles.id, candidates.id))
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .orderBy(params.sort === "date" ? desc(candidates.publishedAt) : desc(sql`${candidates.rank} * (1 + 1.0 / (1 + extract(epoch from now() - ${candidates.publishedAt}) / 2592000))`), desc(candidates.publishedAt))
      .limit(SEARCH_PAGE_SIZE)
      .offset(offset);
    rows = ranked;
    total = ranked[0]?.total ?? 0;
    if (total === 0 && params.page === 1) {
      rows = await nearMatches(folded(params.q), where);
      total = rows.length;
      fuzzy = rows.length > 0;
    }
  }

  const terms = queryTerms(params.q);
  return {
    hits: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      titleParts: highlight(row.title, terms, 1000).parts,
      snippet: highlight(row.sapo ? `${row.sapo} ${row.bodyText}` : row.bodyText, terms).parts,
      publishedAt: row.publishedAt!,
      sectionName: row.sectionName,
    })),
    total,
    totalIsLowerBound: total >= RANK_CANDIDATES,
    fuzzy,
    page: params.page,
    pages: Math.max(1, Math.ceil(Math.min(total, RANK_CANDIDATES) / SEARCH_PAGE_SIZE)),
  };
}

export interface EntityHit {
  id: string;
  type: (typeof ENTITY_TYPES)[number];
  slug: string;
  name: string;
  /** A person's current title: "Đổng Quân — Bộ trưởng Bộ Quốc phòng Trung Quốc". */
  title: string;
}

/**
 * People, places, organizations and events whose name or alias matches, shown
 * above the articles. Names first, through the trigram index on the folded name
 * (containment or, for typos, similarity); aliases ("Dong Jun", "董军") have no
 * index, so they are looked at only when no name matched.
 */
export async function searchEntitiesPublic(q: string, limit = 5): Promise<EntityHit[]> {
  const query = cleanQuery(q, 200);
  if (query.length < 2) return [];
  const needle = folded(`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const name = sql`immutable_unaccent(lower(${entities.name}))`;
  const select = () => getDb().select({ id: entities.id, type: entities.type, slug: entities.slug, name: entities.name }).from(entities);
  const ranked = [sql`(${name} = ${folded(query)}) desc`, sql`(${name} like ${needle}) desc`, desc(sql`similarity(${name}, ${folded(query)})`), sql`length(${entities.name})`];
  let rows = await select()
    .where(sql`(${name} like ${needle} or ${name} % ${folded(query)})`)
    .orderBy(...ranked)
    .limit(limit);
  if (rows.length === 0) {
    rows = await select()
      .where(sql`exists (select 1 from unnest(${entities.aliases}) alias where immutable_unaccent(lower(alias)) like ${needle})`)
      .orderBy(sql`length(${entities.name})`)
      .limit(limit);
  }
  const titles = await titlesOn(rows.filter((row) => row.type === "person").map((row) => row.id), new Date());
  return rows.map((row) => ({ ...row, title: titles.get(row.id) ?? "" }));
}
