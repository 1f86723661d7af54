import "server-only";
import { and, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db";
import { foldedSql } from "@/db/folded";
import { articles, entities, searchWords } from "@/db/schema";
import { publiclyVisible } from "@/lib/policy/visibility";
import { foldText } from "@/lib/text/slug";
import { isStatementTimeout } from "./timeout";
import { applyCorrections, combinations, correctableWords, editDistance, keyboardSubstitution, maxEdits, oneEditAway, type Corrected } from "./spelling";

/*
 * The search vocabulary (table search_words): the words of public articles'
 * titles and sapos and of entities' names and aliases, with their diacritics.
 * It only proposes corrections: a corrected query is used only when the
 * full-text index says it finds public articles, so a word that has since left
 * the site (unpublished, edited away) can never surface. Publishing adds the
 * article's words; `npm run cms -- search:reindex` rebuilds it whole (exact
 * counts, departed words dropped).
 */

/** Words worth proposing: letters only (no numbers, codes or addresses). Same rule as migration 0010. */
const WORD = sql.raw(`'^[[:alpha:]]{2,40}$'`);

const articleWords = sql`unnest(tsvector_to_array(to_tsvector('simple', lower(${articles.title} || ' ' || ${articles.sapo}))))`;
const entityWords = sql`unnest(tsvector_to_array(to_tsvector('simple', lower(${entities.name} || ' ' || immutable_array_to_string(${entities.aliases}, ' ')))))`;

/**
 * Adds the words of these articles (when public) and entities to the vocabulary,
 * inside the caller's transaction. Known words keep their counts until the next
 * rebuild; rows go in word order, so two publishes at once cannot deadlock.
 */
export async function addToSearchVocabulary(tx: Transaction, { articleIds = [], entityIds = [] }: { articleIds?: string[]; entityIds?: string[] }) {
  const parts: SQL[] = [];
  if (articleIds.length) {
    // publiclyVisible() with the clock instead of now(), the transaction's start: the publish time was taken after it.
    const visibleNow = and(sql`${articles.status} in ('published', 'scheduled')`, lte(articles.publishedAt, sql`clock_timestamp()`));
    parts.push(sql`select w.word, count(*)::int as ndoc from ${articles}, ${articleWords} as w(word) where ${and(inArray(articles.id, articleIds), visibleNow)} and w.word ~ ${WORD} group by w.word`);
  }
  if (entityIds.length) {
    parts.push(sql`select w.word, 0 as ndoc from ${entities}, ${entityWords} as w(word) where ${inArray(entities.id, entityIds)} and w.word ~ ${WORD}`);
  }
  if (!parts.length) return;
  await tx.execute(sql`
    insert into ${searchWords} (word, ndoc)
    select word, max(ndoc) from (${sql.join(parts, sql` union all `)}) as found
    group by word order by word
    on conflict (word) do nothing`);
}

/**
 * Rebuilds the vocabulary from every public article and every entity, in one
 * transaction (searches read the old one until it commits; publishes wait).
 * Returns the number of words. Seconds on 100,000 articles.
 */
export async function rebuildSearchVocabulary({ tx }: { tx?: Transaction } = {}): Promise<number> {
  const run = async (t: Transaction | Database) => {
    await t.execute(sql`lock table ${searchWords} in share row exclusive mode`);
    await t.delete(searchWords).where(sql`true`);
    const inserted = await t.execute(sql`
      insert into ${searchWords} (word, ndoc)
      select word, sum(ndoc)::int from (
        select w.word, count(*) as ndoc from ${articles}, ${articleWords} as w(word) where ${publiclyVisible()} group by w.word
        union all
        select w.word, 0 from ${entities}, ${entityWords} as w(word)
      ) as found
      where word ~ ${WORD}
      group by word`);
    return inserted.count;
  };
  return tx ? run(tx) : getDb().transaction(run);
}

// ——— Correction ———

/** Looking up the candidates (a few index lookups) gets this long; past it there is simply no suggestion. */
const CORRECTION_TIMEOUT_MS = 1000;
/**
 * Trigram similarity a candidate needs (pg_trgm's default is 0.3). Short words
 * are also looked up by every string one edit away (a swap costs a short word
 * most of its trigrams: "gaing" and "giang" share 2 of 10); the edit distance,
 * not this, decides which candidates are close enough.
 */
const CANDIDATE_SIMILARITY = 0.3;
/** Candidates per word by similarity, before the edit distance sorts them. */
const CANDIDATES_PER_WORD = 30;
/** Words up to this long (folded, ASCII) are also looked up one edit away. */
const EDIT_LOOKUP_MAX_LENGTH = 8;
/** Distinct words looked at; a query with more unknown words than MAX_UNKNOWN is not a typo but another language. */
const MAX_WORDS = 10;
const MAX_UNKNOWN = 4;
/** Corrections kept per unknown word, and corrected queries the search may try (each costs about one search). */
const OPTIONS_PER_WORD = 3;
const MAX_TRIES = 4;

interface CandidateRow extends Record<string, unknown> {
  text: string;
  folded: string;
  known: boolean;
  word: string | null;
  candidate: string | null;
  ndoc: number | null;
}

interface Option {
  /** What the reader's word is replaced with (their capitals are added later). */
  spelling: string;
  /** Edits from the reader's word, a change of letter priced by the keyboard (keyboardSubstitution). */
  edits: number;
  ndoc: number;
  /** Edits from what the reader typed, diacritics included, to the spelling. */
  closeness: number;
}

/**
 * The ways of correcting a query's misspelt words, likeliest first (at most
 * MAX_TRIES), with their edits; none when no word is misspelt or nothing is
 * close to it. The search tries them in order and keeps the first that
 * `contextFit` bears out.
 *
 * A word is misspelt when no public article has it. Its candidates are the
 * vocabulary words closest by trigrams (the GIN index) and, for a short word,
 * those one edit away (the btree); fewest edits first (a changed letter costs
 * less next to the typed one on the keyboard), then the commonest. Corrections
 * are written with the reader's capitals, and with diacritics only if the reader
 * typed some ("phan van giag" → "phan van giang", "Nguyễn Phú Trọg" → "Nguyễn Phú Trọng").
 */
export async function spellingCorrections(query: string): Promise<(Corrected & { edits: number })[]> {
  const distinct = [...new Set(correctableWords(query).map((word) => word.text))].slice(0, MAX_WORDS);
  if (!distinct.length) return [];
  const input = distinct.map((text) => {
    const folded = foldText(text);
    return { t: text, v: folded.length <= EDIT_LOOKUP_MAX_LENGTH && /^[a-z]+$/.test(folded) ? oneEditAway(folded) : [] };
  });
  let rows: CandidateRow[];
  try {
    rows = await getDb().transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${CORRECTION_TIMEOUT_MS}`));
      await tx.execute(sql.raw(`set local pg_trgm.similarity_threshold = ${CANDIDATE_SIMILARITY}`));
      const candidate = (from: SQL) => sql`select ${searchWords.word} as word, ${searchWords.folded} as folded, ${searchWords.ndoc} as ndoc from ${searchWords} where not q.known and ${from}`;
      // Known: in the vocabulary, or else in some public article's text (a rare word is one GIN
      // lookup). Lookups with a limit, evaluated once (materialized), lest the planner hash the table.
      return tx.execute<CandidateRow>(sql`
        with q as materialized (
          select x.text, x.folded, x.variants,
            coalesce(
              (select true from ${searchWords} where ${searchWords.folded} = x.folded limit 1),
              (select true from ${articles} where ${articles.searchVector} @@ plainto_tsquery('simple', x.folded) and ${publiclyVisible()} limit 1),
              false) as known
          from (select t as text, ${foldedSql(sql`t`)} as folded, v as variants from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as r(t text, v text[])) as x
        )
        select q.text, q.folded, q.known, c.word, c.folded as candidate, c.ndoc
        from q left join lateral (
          (${candidate(sql`${searchWords.folded} % q.folded`)} order by similarity(${searchWords.folded}, q.folded) desc, ${searchWords.ndoc} desc limit ${CANDIDATES_PER_WORD})
          union
          (${candidate(sql`${searchWords.folded} = any(q.variants)`)})
        ) as c on true`);
    });
  } catch (error) {
    if (isStatementTimeout(error)) return []; // no suggestion
    throw error;
  }

  const unknown = new Map<string, { folded: string; candidates: CandidateRow[] }>();
  for (const row of rows) {
    if (row.known) continue;
    const entry = unknown.get(row.text) ?? { folded: row.folded, candidates: [] };
    if (row.word) entry.candidates.push(row);
    unknown.set(row.text, entry);
  }
  if (unknown.size === 0 || unknown.size > MAX_UNKNOWN) return [];
  const accentedQuery = foldText(query) !== query.toLowerCase();
  const slots = [...unknown].map(([text, { folded, candidates }]) => {
    const options = chooseOptions(text, folded, candidates, accentedQuery);
    // A word nothing corrects stays as typed (in an OR, or negated, it may not matter).
    return { text, options: options.length ? options : [null] };
  });
  if (slots.every((slot) => slot.options[0] === null)) return [];
  return combinations(
    slots.map((slot) => slot.options),
    MAX_TRIES,
  ).map((pick) => {
    const replacements = new Map<string, string>();
    pick.forEach((option, i) => option && replacements.set(slots[i]!.text, option.spelling));
    return { ...applyCorrections(query, replacements), edits: pick.reduce((sum, option) => sum + (option?.edits ?? 0), 0) };
  });
}

/**
 * How well the articles a corrected query finds bear the correction out, over
 * a column holding their `search_head`: 2 when a title or sapo has the corrected
 * words together with the words the reader put around them ("phan van giang",
 * not "phan van gia"), 1 when each is at least beside one of its neighbours
 * ("van gia"), else 0: a word that merely occurs somewhere in some body is no
 * evidence ("bản nháp" is not "bản nhà"). An aggregate: the search computes it
 * over the candidates it ranks anyway.
 */
export function contextFit(head: SQL, contexts: Corrected["contexts"]): SQL<number> {
  const phrase = (text: string) => sql`${head} @@ phraseto_tsquery('simple', ${foldedSql(text)})`;
  const together = and(...contexts.map((context) => phrase(context.run)));
  const beside = and(...contexts.map((context) => or(...context.pairs.map(phrase))));
  return sql<number>`coalesce(max(case when ${together} then 2 when ${beside} then 1 else 0 end), 0)`;
}

/**
 * The best corrections of one word: fewest edits, then commonest. Spelled with
 * the diacritics the reader typed in it when there are some ("trọg" → "trọng",
 * not "trong"), with the commonest diacritics when the reader typed them only
 * elsewhere in the query ("quốc phnog" → "quốc phòng"), else without.
 */
function chooseOptions(text: string, folded: string, candidates: CandidateRow[], accentedQuery: boolean): Option[] {
  const limit = maxEdits([...folded].length);
  const typed = text.toLowerCase();
  const accentedWord = typed !== folded;
  const byFolded = new Map<string, Option & { spellingNdoc: number }>();
  for (const candidate of candidates) {
    if (editDistance(folded, candidate.candidate!, limit) > limit) continue;
    const edits = editDistance(folded, candidate.candidate!, limit + 2, keyboardSubstitution);
    const ndoc = candidate.ndoc ?? 0;
    const spelling = accentedQuery ? candidate.word! : candidate.candidate!;
    const closeness = accentedWord ? editDistance(typed, spelling) : 0;
    const best = byFolded.get(candidate.candidate!);
    if (!best) {
      byFolded.set(candidate.candidate!, { spelling, edits, ndoc, closeness, spellingNdoc: ndoc });
      continue;
    }
    // One folded word, several spellings ("phong", "phòng", "phóng"): the closest to what was typed, then the commonest.
    if (closeness < best.closeness || (closeness === best.closeness && ndoc > best.spellingNdoc)) Object.assign(best, { spelling, closeness, spellingNdoc: ndoc });
    best.ndoc = Math.max(best.ndoc, ndoc);
  }
  return [...byFolded.values()].sort((a, b) => a.edits - b.edits || b.ndoc - a.ndoc).slice(0, OPTIONS_PER_WORD);
}
