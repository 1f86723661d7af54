import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
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
  sections,
  type EntityType,
} from "@/db/schema";
import { publiclyVisible } from "@/lib/policy/visibility";
import { endOfPeriod, fromColumns, type PartialDate } from "@/lib/text/partial-date";
import { ENTITY_PATHS, entityPath } from "./paths";

export interface EntityLink {
  id: string;
  type: EntityType;
  slug: string;
  name: string;
}

export interface PositionView {
  title: string;
  rank: string;
  organization: EntityLink | null;
  from: PartialDate | null;
  to: PartialDate | null;
}

export interface EditionView extends EntityLink {
  edition: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
  status: string;
  places: EntityLink[];
}

export interface EntityRecord extends EntityLink {
  aliases: string[];
  description: string;
  imageUrl: string | null;
  updatedAt: Date;
  person?: { country: EntityLink | null; positions: PositionView[]; current: PositionView | null; events: (EntityLink & { role: string })[] };
  place?: {
    kind: string;
    breadcrumb: EntityLink[];
    children: (EntityLink & { kind: string })[];
    validFrom: string | null;
    validTo: string | null;
    successors: EntityLink[];
    predecessors: EntityLink[];
    events: EditionView[];
    latitude: number | null;
    longitude: number | null;
  };
  organization?: { country: EntityLink | null; breadcrumb: EntityLink[]; children: EntityLink[]; people: (EntityLink & { title: string })[] };
  event?: {
    series: EntityLink | null;
    edition: number | null;
    start: PartialDate | null;
    end: PartialDate | null;
    status: string;
    history: { status: string; start: PartialDate | null; end: PartialDate | null; note: string; recordedOn: string | null }[];
    places: EntityLink[];
    participants: (EntityLink & { role: string; title: string })[];
    previous: EntityLink | null;
    next: EntityLink | null;
  };
  series?: { editions: EditionView[] };
}

const link = { id: entities.id, type: entities.type, slug: entities.slug, name: entities.name };

/** The entity at a public URL: /su-kien/ holds both events and series. */
export async function findEntityId(types: EntityType[], slug: string): Promise<{ id: string } | { redirectTo: string } | null> {
  const db = getDb();
  const [row] = await db.select({ id: entities.id }).from(entities).where(and(inArray(entities.type, types), eq(entities.slug, slug))).limit(1);
  if (row) return { id: row.id };
  // Merged or renamed: the old slug answers with a permanent redirect.
  const [moved] = await db
    .select({ type: entities.type, slug: entities.slug })
    .from(entityRedirects)
    .innerJoin(entities, eq(entities.id, entityRedirects.entityId))
    .where(and(inArray(entityRedirects.type, types), eq(entityRedirects.slug, slug)))
    .limit(1);
  return moved ? { redirectTo: entityPath(moved) } : null;
}

export const typesAtPath = (type: EntityType): EntityType[] =>
  (Object.keys(ENTITY_PATHS) as EntityType[]).filter((other) => ENTITY_PATHS[other] === ENTITY_PATHS[type]);

/** Everything an entity's public page shows about the record itself. */
export const getEntityRecord = cache(async (id: string): Promise<EntityRecord | null> => {
  const db = getDb();
  const [row] = await db.select().from(entities).where(eq(entities.id, id));
  if (!row) return null;
  const record: EntityRecord = {
    id: row.id,
    type: row.type,
    slug: row.slug,
    name: row.name,
    aliases: row.aliases,
    description: row.description,
    imageUrl: row.imageUrl,
    updatedAt: row.updatedAt,
  };
  if (row.type === "person") record.person = await personDetails(id);
  if (row.type === "place") record.place = await placeDetails(id);
  if (row.type === "organization") record.organization = await organizationDetails(id);
  if (row.type === "event") record.event = await eventDetails(id);
  if (row.type === "series") record.series = { editions: await editionsOf(id) };
  return record;
});

async function links(ids: (string | null | undefined)[]): Promise<Map<string, EntityLink>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await getDb().select(link).from(entities).where(inArray(entities.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

function toPosition(row: typeof positions.$inferSelect, organization: EntityLink | null): PositionView {
  return {
    title: row.title,
    rank: row.rank,
    organization,
    from: fromColumns(row.fromDate, row.fromPrecision),
    to: fromColumns(row.toDate, row.toPrecision),
  };
}

/** Newest first: open-ended positions, then by start. */
function sortPositions(list: PositionView[]) {
  return list.sort((a, b) => {
    if (!a.to !== !b.to) return a.to ? 1 : -1;
    return (b.from?.date ?? "").localeCompare(a.from?.date ?? "");
  });
}

async function personDetails(id: string): Promise<NonNullable<EntityRecord["person"]>> {
  const db = getDb();
  const [detail] = await db.select().from(people).where(eq(people.entityId, id));
  const rows = await db.select().from(positions).where(eq(positions.personId, id));
  const eventRows = await db
    .select({ ...link, role: eventParticipants.role, start: events.startDate })
    .from(eventParticipants)
    .innerJoin(entities, eq(entities.id, eventParticipants.eventId))
    .innerJoin(events, eq(events.entityId, eventParticipants.eventId))
    .where(eq(eventParticipants.personId, id))
    .orderBy(desc(events.startDate));
  const refs = await links([detail?.countryId, ...rows.map((r) => r.organizationId)]);
  const list = sortPositions(rows.map((r) => toPosition(r, r.organizationId ? (refs.get(r.organizationId) ?? null) : null)));
  return {
    country: detail?.countryId ? (refs.get(detail.countryId) ?? null) : null,
    positions: list,
    current: list.find((position) => !position.to) ?? null,
    events: eventRows.map(({ start: _start, ...event }) => event),
  };
}

/**
 * The title each person held on a date: the position covering the date (a
 * month or year precision covers the whole period), latest start first.
 * Articles show "Lý Thượng Phúc, Bộ trưởng…" in 8/2023 and "Đổng Quân, Bộ trưởng…" in 4/2024.
 */
export async function titlesOn(personIds: string[], date: Date): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const day = date.toISOString().slice(0, 10);
  const rows = await getDb().select().from(positions).where(inArray(positions.personId, personIds));
  const out = new Map<string, string>();
  const best = new Map<string, string>();
  for (const row of rows) {
    const from = fromColumns(row.fromDate, row.fromPrecision);
    const to = fromColumns(row.toDate, row.toPrecision);
    if (from && from.date > day) continue;
    if (to && endOfPeriod(to) < day) continue;
    const start = from?.date ?? "";
    if (!best.has(row.personId) || start > best.get(row.personId)!) {
      best.set(row.personId, start);
      out.set(row.personId, row.title);
    }
  }
  return out;
}

async function ancestors(table: "places" | "organizations", parentId: string | null): Promise<EntityLink[]> {
  if (!parentId) return [];
  const target = sql.raw(table);
  const rows = await getDb().execute<{ id: string; type: EntityType; slug: string; name: string; depth: number }>(sql`
    with recursive chain(id, parent_id, depth) as (
      select entity_id, parent_id, 1 from ${target} where entity_id = ${parentId}
      union all
      select t.entity_id, t.parent_id, chain.depth + 1 from ${target} t join chain on t.entity_id = chain.parent_id where chain.depth < 30
    )
    select e.id, e.type, e.slug, e.name, chain.depth from chain join entities e on e.id = chain.id order by chain.depth desc`);
  return rows.map(({ depth: _depth, ...rest }) => rest);
}

/** The place and every place inside it, for "articles tagged with it or any place inside it". */
export async function placeAndDescendants(id: string): Promise<string[]> {
  const rows = await getDb().execute<{ id: string }>(sql`
    with recursive tree(id, depth) as (
      select ${id}::uuid, 0
      union all
      select p.entity_id, tree.depth + 1 from places p join tree on p.parent_id = tree.id where tree.depth < 30
    )
    select distinct id from tree`);
  return rows.map((row) => row.id);
}

async function placeDetails(id: string): Promise<NonNullable<EntityRecord["place"]>> {
  const db = getDb();
  const [detail] = await db.select().from(places).where(eq(places.entityId, id));
  const children = await db
    .select({ ...link, kind: places.kind })
    .from(places)
    .innerJoin(entities, eq(entities.id, places.entityId))
    .where(eq(places.parentId, id))
    .orderBy(asc(sql`${entities.name} collate "vi-x-icu"`));
  const successors = await db.select(link).from(placeSuccessors).innerJoin(entities, eq(entities.id, placeSuccessors.successorId)).where(eq(placeSuccessors.placeId, id));
  const predecessors = await db.select(link).from(placeSuccessors).innerJoin(entities, eq(entities.id, placeSuccessors.placeId)).where(eq(placeSuccessors.successorId, id));
  const within = await placeAndDescendants(id);
  const eventIds = (await db.selectDistinct({ id: eventPlaces.eventId }).from(eventPlaces).where(inArray(eventPlaces.placeId, within))).map((r) => r.id);
  return {
    kind: detail?.kind ?? "landmark",
    breadcrumb: await ancestors("places", detail?.parentId ?? null),
    children,
    validFrom: detail?.validFrom ?? null,
    validTo: detail?.validTo ?? null,
    successors,
    predecessors,
    events: await editionViews(eventIds),
    latitude: detail?.latitude ?? null,
    longitude: detail?.longitude ?? null,
  };
}

async function organizationDetails(id: string): Promise<NonNullable<EntityRecord["organization"]>> {
  const db = getDb();
  const [detail] = await db.select().from(organizations).where(eq(organizations.entityId, id));
  const children = await db
    .select(link)
    .from(organizations)
    .innerJoin(entities, eq(entities.id, organizations.entityId))
    .where(eq(organizations.parentId, id))
    .orderBy(asc(sql`${entities.name} collate "vi-x-icu"`));
  const holders = await db
    .select({ ...link, title: positions.title, to: positions.toDate })
    .from(positions)
    .innerJoin(entities, eq(entities.id, positions.personId))
    .where(eq(positions.organizationId, id))
    .orderBy(sql`${positions.toDate} desc nulls first`, desc(positions.fromDate));
  const refs = await links([detail?.countryId]);
  return {
    country: detail?.countryId ? (refs.get(detail.countryId) ?? null) : null,
    breadcrumb: await ancestors("organizations", detail?.parentId ?? null),
    children,
    people: holders.map(({ to: _to, ...holder }) => holder),
  };
}

async function editionViews(eventIds: string[]): Promise<EditionView[]> {
  if (eventIds.length === 0) return [];
  const db = getDb();
  const rows = await db
    .select({ ...link, edition: events.edition, startDate: events.startDate, startPrecision: events.startPrecision, endDate: events.endDate, endPrecision: events.endPrecision, status: events.status })
    .from(events)
    .innerJoin(entities, eq(entities.id, events.entityId))
    .where(inArray(events.entityId, eventIds));
  const placeRows = await db
    .select({ eventId: eventPlaces.eventId, ...link })
    .from(eventPlaces)
    .innerJoin(entities, eq(entities.id, eventPlaces.placeId))
    .where(inArray(eventPlaces.eventId, eventIds));
  return rows
    .map((row) => ({
      id: row.id,
      type: row.type,
      slug: row.slug,
      name: row.name,
      edition: row.edition,
      start: fromColumns(row.startDate, row.startPrecision),
      end: fromColumns(row.endDate, row.endPrecision),
      status: row.status,
      places: placeRows.filter((place) => place.eventId === row.id).map(({ eventId: _eventId, ...place }) => place),
    }))
    .sort((a, b) => (b.start?.date ?? "").localeCompare(a.start?.date ?? ""));
}

async function editionsOf(seriesId: string): Promise<EditionView[]> {
  const ids = (await getDb().select({ id: events.entityId }).from(events).where(eq(events.seriesId, seriesId))).map((r) => r.id);
  return (await editionViews(ids)).sort((a, b) => (a.edition ?? 1e9) - (b.edition ?? 1e9) || (a.start?.date ?? "").localeCompare(b.start?.date ?? ""));
}

async function eventDetails(id: string): Promise<NonNullable<EntityRecord["event"]>> {
  const db = getDb();
  const [detail] = await db.select().from(events).where(eq(events.entityId, id));
  const history = await db.select().from(eventStatusChanges).where(eq(eventStatusChanges.eventId, id)).orderBy(eventStatusChanges.position);
  const placeRows = await db.select(link).from(eventPlaces).innerJoin(entities, eq(entities.id, eventPlaces.placeId)).where(eq(eventPlaces.eventId, id));
  const participantRows = await db
    .select({ ...link, role: eventParticipants.role })
    .from(eventParticipants)
    .innerJoin(entities, eq(entities.id, eventParticipants.personId))
    .where(eq(eventParticipants.eventId, id))
    .orderBy(eventParticipants.position);
  const start = fromColumns(detail?.startDate ?? null, detail?.startPrecision ?? null);
  const titles = await titlesOn(participantRows.map((p) => p.id), new Date(`${start?.date ?? new Date().toISOString().slice(0, 10)}T12:00:00Z`));
  let previous: EntityLink | null = null;
  let next: EntityLink | null = null;
  const seriesLinks = await links([detail?.seriesId]);
  if (detail?.seriesId && detail.edition != null) {
    const siblings = await editionsOf(detail.seriesId);
    const numbered = siblings.filter((edition) => edition.edition != null);
    const index = numbered.findIndex((edition) => edition.id === id);
    const pick = (edition: EditionView | undefined) => (edition ? { id: edition.id, type: edition.type, slug: edition.slug, name: edition.name } : null);
    previous = pick(numbered[index - 1]);
    next = pick(numbered[index + 1]);
  }
  return {
    series: detail?.seriesId ? (seriesLinks.get(detail.seriesId) ?? null) : null,
    edition: detail?.edition ?? null,
    start,
    end: fromColumns(detail?.endDate ?? null, detail?.endPrecision ?? null),
    status: detail?.status ?? "planned",
    history: history.map((change) => ({
      status: change.status,
      start: fromColumns(change.startDate, change.startPrecision),
      end: fromColumns(change.endDate, change.endPrecision),
      note: change.note,
      recordedOn: change.recordedOn,
    })),
    places: placeRows,
    participants: participantRows.map((p) => ({ ...p, title: titles.get(p.id) ?? "" })),
    previous,
    next,
  };
}

/** Which entities' articles make up this entity's timeline: a place includes the places inside it; a series its editions. */
export async function timelineEntityIds(record: Pick<EntityRecord, "id" | "type">): Promise<string[]> {
  if (record.type === "place") return placeAndDescendants(record.id);
  if (record.type === "series") {
    const editions = await getDb().select({ id: events.entityId }).from(events).where(eq(events.seriesId, record.id));
    return [record.id, ...editions.map((e) => e.id)];
  }
  return [record.id];
}

export const TIMELINE_PAGE_SIZE = 20;

export interface TimelineArticle {
  id: string;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  sectionName: string | null;
}

/** Published coverage of an entity, newest first, one page at a time, with the total for pagination. */
export async function listTimeline(entityIds: string[], page: number) {
  const db = getDb();
  const tagged = db
    .selectDistinct({ articleId: articleEntities.articleId })
    .from(articleEntities)
    .where(inArray(articleEntities.entityId, entityIds));
  const where = and(inArray(articles.id, tagged), publiclyVisible());
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: articles.id, slug: articles.slug, title: articles.title, sapo: articles.sapo, publishedAt: articles.publishedAt, sectionName: sections.name })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(TIMELINE_PAGE_SIZE)
      .offset((page - 1) * TIMELINE_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(articles).where(where),
  ]);
  return { articles: rows as TimelineArticle[], total: total?.n ?? 0, pages: Math.max(1, Math.ceil((total?.n ?? 0) / TIMELINE_PAGE_SIZE)) };
}

/** Entities that appear most often in the same published articles, e.g. the people most seen with this person. */
export async function relatedEntities(entityId: string, type: EntityType, limit = 8): Promise<(EntityLink & { shared: number })[]> {
  const mine = alias(articleEntities, "mine");
  const rows = await getDb()
    .select({ ...link, shared: sql<number>`count(*)::int` })
    .from(mine)
    .innerJoin(articles, and(eq(articles.id, mine.articleId), publiclyVisible()))
    .innerJoin(articleEntities, and(eq(articleEntities.articleId, mine.articleId), sql`${articleEntities.entityId} <> ${entityId}`))
    .innerJoin(entities, eq(entities.id, articleEntities.entityId))
    .where(and(eq(mine.entityId, entityId), eq(entities.type, type)))
    .groupBy(entities.id)
    .orderBy(desc(sql`count(*)`), asc(entities.name))
    .limit(limit);
  return rows;
}
