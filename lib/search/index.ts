import "server-only";
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { escapeLike, foldedSql } from "@/db/folded";
import { articleEntities, articles, entities, sections } from "@/db/schema";
import { ENTITY_TYPES } from "@/lib/entities/paths";
import { titlesOn } from "@/lib/entities/pages";
import { publiclyVisible } from "@/lib/policy/visibility";
import { highlight, queryTerms, type Highlighted } from "./highlight";
import { isStatementTimeout } from "./timeout";
import type { Corrected } from "./spelling";
import { contextFit, spellingCorrections } from "./vocabulary";

export { addToSearchVocabulary, rebuildSearchVocabulary } from "./vocabulary";

export const SEARCH_PAGE_SIZE = 20;
/**
 * Ranking every match of a common word ("Việt Nam" is in nearly every article)
 * is what makes full-text search slow: relevance ranks the newest N matches
 * only (ten pages), and the count stops there ("more than 200").
 */
export const RANK_CANDIDATES = 200;
/** Newest-first results page deeper: they need no ranking, only the rows up to the page asked for. */
export const DATE_CANDIDATES = 1000;

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
  /**
   * True when nothing matched the query as typed: the hits are those of
   * `correctedQuery` when there is one, else near matches (articles tagged with
   * people, places… whose names look like the query).
   */
  fuzzy: boolean;
  /**
   * The query with its misspelt words corrected ("Phan Văn Gaing" → "Phan Văn
   * Giang") when the typed one found nothing: the hits, total and pages are this
   * query's, as if the reader had typed it. Null otherwise.
   */
  correctedQuery: string | null;
  page: number;
  pages: number;
}

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

/** Near matches get this long before the search gives up on them (it never fails for it). */
const NEAR_MATCH_TIMEOUT_MS = 1500;

/**
 * When no correction of the query's words finds anything: articles tagged with
 * the people, places… whose whole name looks like the query ("Phan Văn Gang",
 * each word of which exists). One index-friendly query under a statement timeout.
 */
async function nearMatches(query: SQL, where: SQL[]): Promise<Row[]> {
  try {
    return await getDb().transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${NEAR_MATCH_TIMEOUT_MS}`));
      const nearEntities = tx
        .select({ id: entities.id })
        .from(entities)
        .where(sql`${entities.nameFolded} % ${query}`)
        .orderBy(desc(sql`similarity(${entities.nameFolded}, ${query})`))
        .limit(3);
      return tx
        .select(hitColumns)
        .from(articles)
        .leftJoin(sections, eq(sections.id, articles.sectionId))
        .where(and(inArray(articles.id, tx.select({ id: articleEntities.articleId }).from(articleEntities).where(inArray(articleEntities.entityId, nearEntities))), ...where))
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .limit(SEARCH_PAGE_SIZE);
    });
  } catch (error) {
    if (isStatementTimeout(error)) return []; // no near matches
    throw error;
  }
}

/**
 * One page of the full-text matches of `q`: the newest matches, capped, found
 * through whichever index the planner prefers (the date index for common words,
 * GIN for rare ones); then ranked on the title and sapo only, so no body vector
 * is read twice. `total` counts the candidates (at most `cap`). For a corrected
 * query, `fit` says how well the candidates bear the correction out (contextFit).
 */
async function fullText(q: string, where: SQL[], params: SearchParams, cap: number, contexts?: Corrected["contexts"]): Promise<{ rows: Row[]; total: number; fit: number }> {
  const db = getDb();
  const tsquery = sql`websearch_to_tsquery('simple', ${foldedSql(q)})`;
  const candidates = db.$with("candidates").as(
    db
      .select({ id: articles.id, publishedAt: articles.publishedAt, head: sql<string>`${articles.searchHead}`.as("head") })
      .from(articles)
      .where(and(sql`${articles.searchVector} @@ ${tsquery}`, ...where))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(cap),
  );
  const fit = contexts ? contextFit(sql`${candidates.head}`, contexts) : sql<number>`0`;
  const counted = db.$with("counted").as(db.select({ n: sql<number>`count(*)::int`.as("n"), fit: sql<number>`${fit}`.as("fit") }).from(candidates));
  // The page's ids first (the sort carries no body text), then their columns.
  const score =
    params.sort === "date"
      ? sql<number>`0`
      : sql<number>`ts_rank_cd(${articles.searchHead}, ${tsquery}) * (1 + 1.0 / (1 + extract(epoch from now() - ${candidates.publishedAt}) / 2592000))`;
  const pageIds = db.$with("page_ids").as(
    db
      .select({ id: candidates.id, publishedAt: candidates.publishedAt, score: score.as("score") })
      .from(candidates)
      .innerJoin(articles, eq(articles.id, candidates.id))
      .orderBy(desc(sql`score`), desc(candidates.publishedAt), desc(candidates.id))
      .limit(SEARCH_PAGE_SIZE)
      .offset((params.page - 1) * SEARCH_PAGE_SIZE),
  );
  const rows = await db
    .with(candidates, counted, pageIds)
    .select({ ...hitColumns, total: sql<number>`(select n from counted)`.mapWith(Number), fit: sql<number>`(select fit from counted)`.mapWith(Number) })
    .from(pageIds)
    .innerJoin(articles, eq(articles.id, pageIds.id))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .orderBy(desc(pageIds.score), desc(pageIds.publishedAt), desc(pageIds.id));
  if (rows.length || params.page === 1) return { rows, total: rows[0]?.total ?? 0, fit: rows[0]?.fit ?? 0 };
  // A page past the end still says how many there are (and that there are some: no correction then).
  const [count] = await db.with(candidates, counted).select({ n: counted.n, fit: counted.fit }).from(counted);
  return { rows, total: count?.n ?? 0, fit: Number(count?.fit ?? 0) };
}

/**
 * Published articles matching a query: PostgreSQL full-text search over
 * unaccented text (so "phan van giang" finds "Phan Văn Giang"), phrases in
 * quotes and OR/- operators via websearch_to_tsquery (which never fails on
 * odd input), ranked among the newest candidates only. When nothing matches,
 * misspelt words are corrected to the closest words of the site's vocabulary
 * (vocabulary.ts) and the corrected query is searched instead, reported as
 * `correctedQuery`; when no correction finds anything either, articles tagged
 * with entities whose names look like the query are offered as near matches.
 */
export async function searchArticles(raw: unknown): Promise<SearchResult> {
  const params = SearchParams.parse(raw ?? {});
  const empty = { hits: [], total: 0, totalIsLowerBound: false, fuzzy: false, correctedQuery: null, page: params.page, pages: 1 };
  const where = await filters(params);
  if (!where) return empty;
  const db = getDb();
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;

  let rows: Row[] = [];
  let total = 0;
  let fuzzy = false;
  let correctedQuery: string | null = null;
  let cap = RANK_CANDIDATES;

  if (!params.q) {
    // Filters alone (a section, a date range, an entity): newest first.
    rows = await db.select(hitColumns).from(articles).leftJoin(sections, eq(sections.id, articles.sectionId)).where(and(...where)).orderBy(desc(articles.publishedAt)).limit(SEARCH_PAGE_SIZE).offset(offset);
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(articles).where(and(...where));
    total = count?.n ?? 0;
  } else {
    if (params.sort === "date") cap = Math.min(DATE_CANDIDATES, Math.max(RANK_CANDIDATES, offset + SEARCH_PAGE_SIZE));
    ({ rows, total } = await fullText(params.q, where, params, cap));
    if (total === 0) {
      // Nothing at all (total counts every candidate, not only this page's): misspelt
      // words? Corrections are tried likeliest first. The first whose results have the
      // corrected words together with the reader's other words in a title or sapo wins;
      // else the first with each beside a neighbour there, unless an equally close one
      // does better. Corrected on every page, so a corrected query's results page on.
      let chosen: { query: string; edits: number; rows: Row[]; total: number } | null = null;
      for (const corrected of await spellingCorrections(params.q)) {
        if (chosen && corrected.edits > chosen.edits) break;
        const found = await fullText(corrected.query, where, params, cap, corrected.contexts);
        if (found.fit === 2) {
          chosen = { ...corrected, ...found };
          break;
        }
        if (found.fit === 1) chosen ??= { ...corrected, ...found };
      }
      if (chosen) ({ query: correctedQuery, rows, total } = chosen);
      else if (params.page === 1) {
        rows = await nearMatches(foldedSql(params.q), where);
        total = rows.length;
      }
      fuzzy = rows.length > 0 || total > 0;
    }
  }

  // A text query counts its candidates only; filters alone count exactly.
  const capped = Boolean(params.q) && total >= cap;
  const terms = queryTerms(correctedQuery ?? params.q);
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
    totalIsLowerBound: capped,
    fuzzy,
    correctedQuery,
    page: params.page,
    // Newest-first stopped at the page asked for: there may be one more.
    pages: Math.max(1, Math.ceil((capped ? cap : total) / SEARCH_PAGE_SIZE) + (capped && params.sort === "date" && cap < DATE_CANDIDATES ? 1 : 0)),
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

/** A typo fallback stricter than pg_trgm's default 0.3, so a short name does not bring thousands of rows to recheck. */
const ENTITY_TYPO_THRESHOLD = 0.45;

/**
 * People, places, organizations and events whose name or alias matches, shown
 * above the articles: containment in the folded names and aliases (one trigram
 * index), exact names first; when nothing contains the query, names that look
 * like it (typos), under a statement timeout.
 */
export async function searchEntitiesPublic(q: string, limit = 5): Promise<EntityHit[]> {
  const query = cleanQuery(q, 200);
  // Two characters are a name in Chinese ("董军"): trigrams cannot help there, but the stored folded column keeps a full scan cheap.
  if (query.length < 2) return [];
  const needle = foldedSql(`%${escapeLike(query)}%`);
  const name = entities.nameFolded;
  const columns = { id: entities.id, type: entities.type, slug: entities.slug, name: entities.name };
  let rows = await getDb()
    .select(columns)
    .from(entities)
    .where(sql`${entities.searchNames} like ${needle}`)
    .orderBy(sql`(${name} = ${foldedSql(query)}) desc`, sql`(${name} like ${needle}) desc`, sql`length(${entities.name})`, entities.name)
    .limit(limit);
  if (rows.length === 0) {
    rows = await getDb()
      .transaction(async (tx) => {
        await tx.execute(sql.raw(`set local statement_timeout = ${NEAR_MATCH_TIMEOUT_MS}`));
        await tx.execute(sql.raw(`set local pg_trgm.similarity_threshold = ${ENTITY_TYPO_THRESHOLD}`));
        return tx
          .select(columns)
          .from(entities)
          .where(sql`${name} % ${foldedSql(query)}`)
          .orderBy(desc(sql`similarity(${name}, ${foldedSql(query)})`), sql`length(${entities.name})`)
          .limit(limit);
      })
      .catch((error: unknown) => {
        if (isStatementTimeout(error)) return []; // no near matches
        throw error;
      });
  }
  const titles = await titlesOn(rows.filter((row) => row.type === "person").map((row) => row.id), new Date());
  return rows.map((row) => ({ ...row, title: titles.get(row.id) ?? "" }));
}
