CREATE TYPE "public"."date_precision" AS ENUM('year', 'month', 'day');--> statement-breakpoint
ALTER TYPE "public"."entity_type" ADD VALUE 'organization';--> statement-breakpoint
ALTER TYPE "public"."entity_type" ADD VALUE 'series';--> statement-breakpoint
CREATE TABLE "entity_redirects" (
	"type" "entity_type" NOT NULL,
	"slug" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entity_redirects_type_slug_pk" PRIMARY KEY("type","slug")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "event_participants_event_id_person_id_pk" PRIMARY KEY("event_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "event_places" (
	"event_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	CONSTRAINT "event_places_event_id_place_id_pk" PRIMARY KEY("event_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "event_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"status" "event_status" NOT NULL,
	"start_date" date,
	"start_precision" date_precision,
	"end_date" date,
	"end_precision" date_precision,
	"note" text DEFAULT '' NOT NULL,
	"recorded_on" date,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"entity_id" uuid PRIMARY KEY NOT NULL,
	"country_id" uuid,
	"parent_id" uuid
);
--> statement-breakpoint
CREATE TABLE "place_successors" (
	"place_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	CONSTRAINT "place_successors_place_id_successor_id_pk" PRIMARY KEY("place_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"rank" text DEFAULT '' NOT NULL,
	"organization_id" uuid,
	"from_date" date,
	"from_precision" date_precision,
	"to_date" date,
	"to_precision" date_precision
);
--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "key" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "image_url" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "start_precision" date_precision;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "end_precision" date_precision;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "country_id" uuid;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "entity_redirects" ADD CONSTRAINT "entity_redirects_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_entity_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("entity_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_person_id_entities_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_event_id_events_entity_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("entity_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_place_id_entities_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_status_changes" ADD CONSTRAINT "event_status_changes_event_id_events_entity_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("entity_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_country_id_entities_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_entity_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("entity_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_successors" ADD CONSTRAINT "place_successors_place_id_places_entity_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("entity_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_successors" ADD CONSTRAINT "place_successors_successor_id_places_entity_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."places"("entity_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_person_id_entities_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_organization_id_entities_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_redirects_entity_idx" ON "entity_redirects" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "event_participants_person_idx" ON "event_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "event_places_place_idx" ON "event_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "event_status_changes_event_idx" ON "event_status_changes" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "place_successors_successor_idx" ON "place_successors" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "positions_person_idx" ON "positions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "positions_organization_idx" ON "positions" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_series_id_entities_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_country_id_entities_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entities_type_key_idx" ON "entities" USING btree ("type","key") WHERE "entities"."key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "events_series_edition_idx" ON "events" USING btree ("series_id","edition") WHERE "events"."series_id" is not null and "events"."edition" is not null;--> statement-breakpoint
-- Keep existing titles: they become open-ended positions.
INSERT INTO "positions" ("person_id", "title") SELECT "entity_id", "title" FROM "people" WHERE "title" <> '';--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "title";--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "country";