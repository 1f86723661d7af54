-- Each tag row carries a copy of its article's published_at, kept by the two
-- triggers below (the app never writes it), so "the newest public articles of
-- a tag" is one walk down article_entities_entity_published_idx.
ALTER TABLE "article_entities" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
UPDATE "article_entities" AS tagged SET "published_at" = "articles"."published_at" FROM "articles" WHERE "articles"."id" = tagged."article_id" AND "articles"."published_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "article_entities_entity_published_idx" ON "article_entities" USING btree ("entity_id","published_at" DESC NULLS LAST,"article_id" DESC NULLS LAST);--> statement-breakpoint
-- The new index leads with entity_id: it answers every lookup the old one did.
DROP INDEX "article_entities_entity_idx";--> statement-breakpoint
CREATE FUNCTION article_entities_copy_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.published_at := (SELECT a.published_at FROM articles a WHERE a.id = NEW.article_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER article_entities_copy_published_at BEFORE INSERT OR UPDATE ON "article_entities"
  FOR EACH ROW EXECUTE FUNCTION article_entities_copy_published_at();--> statement-breakpoint
CREATE FUNCTION articles_push_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE article_entities SET published_at = NEW.published_at WHERE article_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_push_published_at AFTER UPDATE OF published_at ON "articles"
  FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at) EXECUTE FUNCTION articles_push_published_at();
