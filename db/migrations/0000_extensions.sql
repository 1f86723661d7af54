-- Vietnamese-first search: accent-insensitive matching (unaccent) and fuzzy
-- matching (pg_trgm). unaccent() is only STABLE, so indexes go through an
-- IMMUTABLE wrapper that pins the dictionary.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
