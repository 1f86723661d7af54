import { sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
import { entities } from "./entities";
import { articleStatus } from "./enums";
import { sections } from "./sections";
import { users } from "./users";

export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** The lead paragraph ("sapo") shown under the title. */
    sapo: text("sapo").notNull().default(""),
    /** Tiptap JSON, validated against the editor schema on every save. */
    body: jsonb("body").notNull(),
    /** Plain text of the body, kept for search and tag suggestions. */
    bodyText: text("body_text").notNull().default(""),
    status: articleStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** When a scheduled article goes live (it is public from then on, see publiclyVisible). */
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "set null" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    /** Where the story comes from, e.g. "TTXVN", and a link to the original. */
    source: text("source").notNull().default(""),
    sourceUrl: text("source_url"),
    /** The cover figure: { src, alt, caption, credit, width?, height? }. */
    cover: jsonb("cover"),
    /** Overrides for search results and social cards; the title and sapo are used when empty. */
    seoTitle: text("seo_title").notNull().default(""),
    seoDescription: text("seo_description").notNull().default(""),
    /**
     * Full-text search, accent- and case-insensitive: the 'simple' configuration
     * over unaccented text (Vietnamese has no stemmer to speak of; folding is what
     * readers need). Title weighs most, then the sapo, then the body.
     */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(title, '')))), 'A') || setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(sapo, '')))), 'B') || setweight(to_tsvector('simple', immutable_unaccent(lower(left(coalesce(body_text, ''), 200000)))), 'C')`,
    ),
    /** The title folded, stored: typo matching (trigrams) rechecks it without unaccenting every row. */
    titleFolded: text("title_folded").generatedAlwaysAs(sql`immutable_unaccent(lower(title))`),
    /**
     * The title and sapo alone, small enough to stay in the row: search ranks its
     * capped candidates on this, never on the whole body's vector (which lives
     * out of line and costs a decompression per row).
     */
    searchHead: tsvector("search_head").generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(title, '')))), 'A') || setweight(to_tsvector('simple', immutable_unaccent(lower(coalesce(sapo, '')))), 'B')`,
    ),
    /** Optimistic concurrency: every save increments it. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("articles_slug_idx").on(table.slug),
    index("articles_published_idx").on(table.publishedAt.desc()).where(sql`${table.status} = 'published'`),
    // The public lists' order (newest first) over the rows publiclyVisible() can match, whole site and per section.
    index("articles_public_newest_idx")
      .on(table.publishedAt.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.status} in ('published', 'scheduled')`),
    index("articles_public_section_idx")
      .on(table.sectionId, table.publishedAt.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.status} in ('published', 'scheduled')`),
    index("articles_section_idx").on(table.sectionId),
    index("articles_author_idx").on(table.authorId),
    index("articles_updated_idx").on(table.updatedAt.desc()),
    index("articles_scheduled_idx").on(table.scheduledAt),
    // The scheduler's "what is due" query looks at scheduled rows only, oldest first.
    index("articles_scheduled_due_idx").on(table.publishedAt).where(sql`${table.status} = 'scheduled'`),
    index("articles_search_idx").using("gin", table.searchVector),
    index("articles_title_folded_trgm_idx").using("gin", sql`${table.titleFolded} gin_trgm_ops`),
  ],
);

/** Tags: which people, places and events an article is about. */
export const articleEntities = pgTable(
  "article_entities",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: uuid("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
    /**
     * A copy of the article's `published_at`, kept by triggers (migration
     * 0011), never written by the app: "the newest articles of a tag" (related
     * articles) is then one walk down an index instead of a sort of every article
     * the tag is on. Visibility is still read from the article.
     */
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.entityId] }),
    index("article_entities_entity_published_idx").on(table.entityId, table.publishedAt.desc().nullsLast(), table.articleId.desc()),
  ],
);

export type Article = typeof articles.$inferSelect;
export type ArticleStatus = Article["status"];

/** Bylines: one or more authors, in order. `articles.author_id` stays the owner who filed it. */
export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] }), index("article_authors_user_idx").on(table.userId)],
);

/**
 * A saved state of an article: every field and every tag. Manual saves and
 * publishes each make one; autosaves update the latest autosave revision
 * instead of piling up; the losing side of a conflict is kept as one too.
 */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The article version this revision records. */
    version: integer("version").notNull(),
    kind: text("kind").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    snapshot: jsonb("snapshot").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("article_revisions_article_idx").on(table.articleId, table.createdAt.desc())],
);

/** Who has an article open: a heartbeat row per user, rows older than a minute are stale. */
export const articlePresence = pgTable(
  "article_presence",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] }), index("article_presence_seen_idx").on(table.seenAt)],
);

export type ArticleRevision = typeof articleRevisions.$inferSelect;

/** Every workflow transition: who moved the article from which state to which, when, and why. */
export const articleTransitions = pgTable(
  "article_transitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    fromStatus: articleStatus("from_status").notNull(),
    toStatus: articleStatus("to_status").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("article_transitions_article_idx").on(table.articleId, table.createdAt.desc()), index("article_transitions_created_idx").on(table.createdAt.desc())],
);

/** Editorial notes on an article, for staff only. */
export const articleNotes = pgTable(
  "article_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("article_notes_article_idx").on(table.articleId, table.createdAt)],
);
