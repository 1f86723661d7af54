-- array_to_string is only STABLE (its element output functions could be); on text[] it is immutable, which a generated column needs.
CREATE OR REPLACE FUNCTION immutable_array_to_string(text[], text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ select array_to_string($1, $2) $$;--> statement-breakpoint
DROP INDEX "entities_name_trgm_idx";--> statement-breakpoint
DROP INDEX "articles_title_trgm_idx";--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (immutable_unaccent(lower(name))) STORED;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "search_names" text GENERATED ALWAYS AS (immutable_unaccent(lower(name || ' | ' || immutable_array_to_string(aliases, ' | ')))) STORED;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (immutable_unaccent(lower(title))) STORED;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_head" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(title, '')))), 'A') || setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(sapo, '')))), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "entities_name_folded_trgm_idx" ON "entities" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "entities_search_names_trgm_idx" ON "entities" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "articles_scheduled_due_idx" ON "articles" USING btree ("published_at") WHERE "articles"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "articles_title_folded_trgm_idx" ON "articles" USING gin ("title_folded" gin_trgm_ops);