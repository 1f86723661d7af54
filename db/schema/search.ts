import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The words readers can search for: every word of a public article's title and
 * sapo, and of an entity's name and aliases, lower case with its diacritics. A
 * misspelt query word is corrected to the closest of these (lib/search/vocabulary.ts).
 * Derived data: kept current by the services that publish, and rebuilt whole by
 * `npm run cms -- search:reindex`.
 */
export const searchWords = pgTable(
  "search_words",
  {
    /** "phòng", "giang", "董军". */
    word: text("word").primaryKey(),
    /** Folded as the full-text vectors hold it ("phong"): what a misspelling is compared with. */
    folded: text("folded")
      .notNull()
      .generatedAlwaysAs(sql`immutable_unaccent(word)`),
    /** Public articles with the word in their title or sapo, as of the last rebuild (a word added since counts its first article). */
    ndoc: integer("ndoc").notNull().default(0),
  },
  (table) => [
    index("search_words_folded_idx").on(table.folded),
    index("search_words_folded_trgm_idx").using("gin", sql`${table.folded} gin_trgm_ops`),
  ],
);
