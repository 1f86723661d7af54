CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"folded" text GENERATED ALWAYS AS (immutable_unaccent(word)) STORED NOT NULL,
	"ndoc" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_folded_idx" ON "search_words" USING btree ("folded");--> statement-breakpoint
CREATE INDEX "search_words_folded_trgm_idx" ON "search_words" USING gin ("folded" gin_trgm_ops);--> statement-breakpoint
-- The vocabulary of what is already published (lib/search/vocabulary.ts rebuildSearchVocabulary does the same): words of public titles and sapos with their counts, and of entity names and aliases.
INSERT INTO "search_words" ("word", "ndoc")
SELECT word, sum(ndoc)::int FROM (
  SELECT w.word, count(*) AS ndoc
  FROM "articles", unnest(tsvector_to_array(to_tsvector('simple', lower("articles"."title" || ' ' || "articles"."sapo")))) AS w(word)
  WHERE "articles"."status" IN ('published', 'scheduled') AND "articles"."published_at" <= now()
  GROUP BY w.word
  UNION ALL
  SELECT w.word, 0
  FROM "entities", unnest(tsvector_to_array(to_tsvector('simple', lower("entities"."name" || ' ' || immutable_array_to_string("entities"."aliases", ' '))))) AS w(word)
) AS found
WHERE word ~ '^[[:alpha:]]{2,40}$'
GROUP BY word;
