import "server-only";
import type { ArticleStatus } from "@/lib/policy";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import {
  articleEntities,
  articles,
  entities,
  entityRedirects,
  eventParticipants,
  eventPlaces,
  eventStatusChanges,
  events,
  organizations,
  people,
  placeSuccessors,
  places,
  positions,
  type EntityType,
} from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/policy";
import { fromColumns, toPartialString, type Precision } from "@/lib/text/partial-date";
import { summarize, type EntitySummary } from "./index";
import { entityNameMatch } from "./name-match";
import { ENTITY_TYPES, entityPath } from "./paths";
import { findAliasWarnings, type AliasWarning, type EventStatus, type PlaceKind } from "./records";
import { entityUsage, type EntityUsage } from "./remove";

/** Reads for the knowledge-graph admin pages. Every one asks the policy first. */

export const ADMIN_PAGE_SIZE = 25;

export async function countEntitiesByType({ actor }: { actor: Actor }): Promise<Record<EntityType, number>> {
  assertCan(actor, "entity.read");
  const rows = await getDb()
    .select({ type: entities.type, n: sql<number>`count(*)::int` })
    .from(entities)
    .groupBy(entities.type);
  const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  for (const row of rows) counts[row.type] = row.n;
  return counts;
}

export const AdminListSchema = z.object({
  type: z.enum(ENTITY_TYPES),
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export interface AdminEntityRow {
  id: string;
  name: string;
  slug: string;
  aliases: string[];
  /** As in the pickers: a person's current title, a place's kind, an event's start date. */
  hint: string;
  articleCount: number;
  updatedAt: Date;
}

/** One page of a type's records, searched on the name and every alias, case- and diacritics-insensitively. */
export async function listEntitiesForAdmin({ actor, input }: { actor: Actor; input: { type: EntityType; q?: string; page?: string | number } }) {
  assertCan(actor, "entity.read");
  const { type, q, page } = AdminListSchema.parse(input);
  const db = getDb();
  const match = entityNameMatch(q);
  const where = and(eq(entities.type, type), q ? match.where : undefined);
  const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)::int` }).from(entities).where(where);
  const order = q
    ? match.orderBy
    : [sql`${entities.name} collate "vi-x-icu"`, asc(entities.id)];
  const rows = await db
    .select({
      id: entities.id,
      name: entities.name,
      slug: entities.slug,
      aliases: entities.aliases,
      updatedAt: entities.updatedAt,
      articleCount: sql<number>`(select count(*)::int from ${articleEntities} where ${articleEntities.entityId} = ${entities.id})`,
    })
    .from(entities)
    .where(where)
    .orderBy(...order)
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE);
  const hints = new Map((await summarize(rows.map((row) => row.id))).map((summary) => [summary.id, summary.hint]));
  return {
    type,
    q,
    page,
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    rows: rows.map((row): AdminEntityRow => ({ ...row, hint: hints.get(row.id) ?? "" })),
  };
}

/**
 * The edit form's state, one shape for every type (a type ignores the fields
 * it does not have). Dates are the strings typed in the form: "2014",
 * "2023-09", "2024-04-11"; references are summaries for the pickers.
 */
export interface EntityFormValues {
  type: EntityType;
  name: string;
  slug: string;
  aliases: string[];
  description: string;
  imageUrl: string;
  country: EntitySummary | null;
  positions: { title: string; rank: string; organization: EntitySummary | null; from: string; to: string }[];
  kind: PlaceKind;
  parent: EntitySummary | null;
  latitude: string;
  longitude: string;
  validFrom: string;
  validTo: string;
  successors: EntitySummary[];
  series: EntitySummary | null;
  edition: string;
  start: string;
  end: string;
  status: EventStatus;
  history: { status: EventStatus; start: string; end: string; recordedOn: string; note: string }[];
  places: EntitySummary[];
  participants: { person: EntitySummary | null; role: string }[];
}

export function emptyFormValues(type: EntityType): EntityFormValues {
  return {
    type,
    name: "",
    slug: "",
    aliases: [],
    description: "",
    imageUrl: "",
    country: null,
    positions: [],
    kind: type === "place" ? "province" : "landmark",
    parent: null,
    latitude: "",
    longitude: "",
    validFrom: "",
    validTo: "",
    successors: [],
    series: null,
    edition: "",
    start: "",
    end: "",
    status: "planned",
    history: [],
    places: [],
    participants: [],
  };
}

export interface EntityForEdit {
  id: string;
  type: EntityType;
  slug: string;
  name: string;
  publicPath: string;
  updatedAt: Date;
  values: EntityFormValues;
  usage: EntityUsage;
  /** Up to 20 of the articles tagged with it, newest first. */
  articles: { id: string; title: string; status: ArticleStatus }[];
  /** Old slugs that redirect here. */
  redirects: string[];
  warnings: AliasWarning[];
}

const partial = (date: string | null, precision: Precision | null) => toPartialString(fromColumns(date, precision)) ?? "";

/** An entity with everything its edit page shows: the form's values, usage, old slugs and alias warnings. */
export async function getEntityForEdit({ actor, id }: { actor: Actor; id: string }): Promise<EntityForEdit> {
  assertCan(actor, "entity.read");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("Mục này không tồn tại.");
  const db = getDb();
  const [entity] = await db.select().from(entities).where(eq(entities.id, id));
  if (!entity) throw new NotFoundError("Mục này không tồn tại.");
  const values: EntityFormValues = {
    ...emptyFormValues(entity.type),
    name: entity.name,
    slug: entity.slug,
    aliases: entity.aliases,
    description: entity.description,
    imageUrl: entity.imageUrl ?? "",
  };
  // Referenced ids are collected first and summarised in one query.
  const refs: string[] = [];
  const later: ((byId: Map<string, EntitySummary>) => void)[] = [];
  const one = (refId: string | null, set: (summary: EntitySummary | null) => void) => {
    if (refId) refs.push(refId);
    later.push((byId) => set(refId ? (byId.get(refId) ?? null) : null));
  };
  const many = (ids: string[], set: (summaries: EntitySummary[]) => void) => {
    refs.push(...ids);
    later.push((byId) => set(ids.flatMap((refId) => byId.get(refId) ?? [])));
  };

  if (entity.type === "person") {
    const [person] = await db.select().from(people).where(eq(people.entityId, id));
    one(person?.countryId ?? null, (summary) => (values.country = summary));
    const rows = await db
      .select()
      .from(positions)
      .where(eq(positions.personId, id))
      .orderBy(sql`${positions.fromDate} asc nulls first`, sql`${positions.toDate} asc nulls last`, asc(positions.id));
    values.positions = rows.map((row) => ({
      title: row.title,
      rank: row.rank,
      organization: null,
      from: partial(row.fromDate, row.fromPrecision),
      to: partial(row.toDate, row.toPrecision),
    }));
    rows.forEach((row, index) => one(row.organizationId, (summary) => (values.positions[index]!.organization = summary)));
  } else if (entity.type === "place") {
    const [place] = await db.select().from(places).where(eq(places.entityId, id));
    if (place) {
      values.kind = place.kind;
      values.latitude = place.latitude === null ? "" : String(place.latitude);
      values.longitude = place.longitude === null ? "" : String(place.longitude);
      values.validFrom = place.validFrom ?? "";
      values.validTo = place.validTo ?? "";
    }
    one(place?.parentId ?? null, (summary) => (values.parent = summary));
    const successors = await db.select({ id: placeSuccessors.successorId }).from(placeSuccessors).where(eq(placeSuccessors.placeId, id));
    many(
      successors.map((row) => row.id),
      (summaries) => (values.successors = summaries),
    );
  } else if (entity.type === "organization") {
    const [organization] = await db.select().from(organizations).where(eq(organizations.entityId, id));
    one(organization?.countryId ?? null, (summary) => (values.country = summary));
    one(organization?.parentId ?? null, (summary) => (values.parent = summary));
  } else if (entity.type === "event") {
    const [event] = await db.select().from(events).where(eq(events.entityId, id));
    if (event) {
      values.edition = event.edition === null ? "" : String(event.edition);
      values.start = partial(event.startDate, event.startPrecision);
      values.end = partial(event.endDate, event.endPrecision);
      values.status = event.status;
    }
    one(event?.seriesId ?? null, (summary) => (values.series = summary));
    const history = await db.select().from(eventStatusChanges).where(eq(eventStatusChanges.eventId, id)).orderBy(asc(eventStatusChanges.position));
    values.history = history.map((row) => ({
      status: row.status,
      start: partial(row.startDate, row.startPrecision),
      end: partial(row.endDate, row.endPrecision),
      recordedOn: row.recordedOn ?? "",
      note: row.note,
    }));
    const placeRows = await db.select({ id: eventPlaces.placeId }).from(eventPlaces).where(eq(eventPlaces.eventId, id));
    many(
      placeRows.map((row) => row.id),
      (summaries) => (values.places = summaries),
    );
    const participants = await db
      .select()
      .from(eventParticipants)
      .where(eq(eventParticipants.eventId, id))
      .orderBy(asc(eventParticipants.position));
    values.participants = participants.map((row) => ({ person: null, role: row.role }));
    participants.forEach((row, index) => one(row.personId, (summary) => (values.participants[index]!.person = summary)));
  }

  const summaries = await summarize([...new Set(refs)], db);
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  for (const apply of later) apply(byId);

  const tagged = await db
    .select({ id: articles.id, title: articles.title, status: articles.status })
    .from(articleEntities)
    .innerJoin(articles, eq(articles.id, articleEntities.articleId))
    .where(eq(articleEntities.entityId, id))
    .orderBy(desc(articles.updatedAt))
    .limit(20);
  const redirects = await db
    .select({ slug: entityRedirects.slug })
    .from(entityRedirects)
    .where(eq(entityRedirects.entityId, id))
    .orderBy(desc(entityRedirects.createdAt));

  return {
    id: entity.id,
    type: entity.type,
    slug: entity.slug,
    name: entity.name,
    publicPath: entityPath(entity),
    updatedAt: entity.updatedAt,
    values,
    usage: await entityUsage(db, id),
    articles: tagged,
    redirects: redirects.map((row) => row.slug),
    warnings: await findAliasWarnings(db, id, entity.aliases),
  };
}
