import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import {
  entities,
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
import { slugNamespace } from "@/lib/entities/records";
import { ValidationError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/policy";
import { addToSearchVocabulary } from "@/lib/search/vocabulary";
import { parsePartialDate, type PartialDate } from "@/lib/text/partial-date";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { KB_SECTIONS, KnowledgeBase } from "./format";

type Section = keyof typeof KB_SECTIONS;
const SECTION_ORDER: Section[] = ["places", "organizations", "series", "people", "events"];

export class KnowledgeBaseError extends ValidationError {}

export interface ImportReport {
  /** Per section: how many entries were created and how many already existed and were updated. */
  counts: Record<Section, { created: number; updated: number }>;
}

/** "people[3] (key "dong-jun").positions[0].from" — the entry and the field, as the file says them. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  const [section, index, ...rest] = path;
  let text = String(section ?? "");
  if (typeof index === "number") {
    text += `[${index}]`;
    const entry = (raw as Record<string, unknown[]> | null)?.[String(section)]?.[index] as { key?: unknown } | undefined;
    if (entry && typeof entry.key === "string") text += ` (key "${entry.key}")`;
  } else if (index !== undefined) {
    text += `.${String(index)}`;
  }
  for (const part of rest) text += typeof part === "number" ? `[${part}]` : `.${String(part)}`;
  return text || "(file)";
}

/** Parses and checks a knowledge base; every problem names the entry and the field. */
export function parseKnowledgeBase(raw: unknown): KnowledgeBase {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new KnowledgeBaseError("The file must hold a JSON object with people, places, organizations, series and events.");
  }
  const unknownSection = Object.keys(raw).find((name) => !(name in KB_SECTIONS));
  if (unknownSection) {
    throw new KnowledgeBaseError(`Unknown section "${unknownSection}": expected people, places, organizations, series, events.`);
  }
  const result = KnowledgeBase.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new KnowledgeBaseError(`${describePath(raw, issue.path)}: ${issue.message}`);
  }
  const data = result.data;
  for (const section of SECTION_ORDER) {
    const seen = new Map<string, number>();
    (data[section] ?? []).forEach((entry, index) => {
      const first = seen.get(entry.key);
      if (first !== undefined) throw new KnowledgeBaseError(`${section}[${index}] (key "${entry.key}"): duplicate key, also at ${section}[${first}].`);
      seen.set(entry.key, index);
    });
  }
  const editions = new Map<string, number>();
  (data.events ?? []).forEach((event, index) => {
    if (event.series && event.edition != null) {
      const id = `${event.series}#${event.edition}`;
      const first = editions.get(id);
      if (first !== undefined) {
        throw new KnowledgeBaseError(`events[${index}] (key "${event.key}").edition: edition ${event.edition} of series "${event.series}" is also events[${first}].`);
      }
      editions.set(id, index);
    }
  });
  return data;
}

const dateOf = (value: string | null | undefined): PartialDate | null => (value ? parsePartialDate(value) : null);

/** A column pair for a partial date, and whether the file said anything about it. */
function datePair(entry: object, field: string, value: string | null | undefined) {
  const given = field in entry;
  const parsed = dateOf(value);
  return { given, date: parsed?.date ?? null, precision: parsed?.precision ?? null };
}

/**
 * Upserts a knowledge base by `key` per type, in one transaction: all of it or
 * nothing. A field missing from an entry leaves the stored value as it is (or
 * the default, for a new entry); `null` clears it. Lists that are present
 * (aliases, positions, places, participants, history, successors) replace the
 * stored ones, so importing the same file twice changes nothing.
 */
export async function importKnowledgeBase({
  actor,
  data: raw,
  tx: outer,
}: {
  actor: Actor | "system";
  data: unknown;
  /** Run inside the caller's transaction (the demo seed) instead of a new one. */
  tx?: Transaction;
}): Promise<ImportReport> {
  if (actor !== "system") assertCan(actor, "entity.edit");
  const data = parseKnowledgeBase(raw);
  const run = async (tx: Transaction): Promise<ImportReport> => {
    const ids = await loadKeys(tx);
    const resolve = (type: EntityType, key: string, where: string) => {
      const id = ids.get(`${type}:${key}`);
      if (!id) throw new KnowledgeBaseError(`${where}: no ${type} with key "${key}" in the file or the database.`);
      return id;
    };
    // Check every reference before writing anything, so the message names the first broken one.
    const pending = new Set<string>();
    for (const section of SECTION_ORDER) for (const entry of data[section] ?? []) pending.add(`${KB_SECTIONS[section]}:${entry.key}`);
    const check = (type: EntityType, key: string | null | undefined, where: string) => {
      if (key && !ids.has(`${type}:${key}`) && !pending.has(`${type}:${key}`)) {
        throw new KnowledgeBaseError(`${where}: no ${type} with key "${key}" in the file or the database.`);
      }
    };
    (data.places ?? []).forEach((p, i) => {
      check("place", p.parent, `places[${i}] (key "${p.key}").parent`);
      if (p.parent === p.key) throw new KnowledgeBaseError(`places[${i}] (key "${p.key}").parent: a place cannot be its own parent.`);
      (p.successors ?? []).forEach((s, j) => check("place", s, `places[${i}] (key "${p.key}").successors[${j}]`));
    });
    (data.organizations ?? []).forEach((o, i) => {
      check("place", o.country, `organizations[${i}] (key "${o.key}").country`);
      check("organization", o.parent, `organizations[${i}] (key "${o.key}").parent`);
      if (o.parent === o.key) throw new KnowledgeBaseError(`organizations[${i}] (key "${o.key}").parent: an organization cannot be its own parent.`);
    });
    (data.people ?? []).forEach((p, i) => {
      check("place", p.country, `people[${i}] (key "${p.key}").country`);
      (p.positions ?? []).forEach((position, j) => {
        const where = `people[${i}] (key "${p.key}").positions[${j}]`;
        check("organization", position.organization, `${where}.organization`);
        const from = dateOf(position.from);
        const to = dateOf(position.to);
        if (from && to && to.date < from.date) throw new KnowledgeBaseError(`${where}.to: ends (${position.to}) before it starts (${position.from}).`);
      });
    });
    (data.events ?? []).forEach((e, i) => {
      const where = `events[${i}] (key "${e.key}")`;
      check("series", e.series, `${where}.series`);
      (e.places ?? []).forEach((p, j) => check("place", p, `${where}.places[${j}]`));
      (e.participants ?? []).forEach((p, j) => check("person", p.person, `${where}.participants[${j}].person`));
      const start = dateOf(e.start);
      const end = dateOf(e.end);
      if (start && end && end.date < start.date) throw new KnowledgeBaseError(`${where}.end: ends (${e.end}) before it starts (${e.start}).`);
    });

    const counts = {} as ImportReport["counts"];
    for (const section of SECTION_ORDER) {
      counts[section] = await upsertEntities(tx, KB_SECTIONS[section], data[section] ?? [], ids);
    }
    await writePlaces(tx, data, resolve);
    await writeOrganizations(tx, data, resolve);
    await writePeople(tx, data, resolve);
    await writeEvents(tx, data, resolve);
    return { counts };
  };
  return outer ? run(outer) : getDb().transaction(run);
}

async function loadKeys(tx: Transaction) {
  const ids = new Map<string, string>();
  // References may point at any type, so load the keys of every type.
  const rows = await tx
    .select({ id: entities.id, type: entities.type, key: entities.key })
    .from(entities)
    .where(sql`${entities.key} is not null`);
  for (const row of rows) ids.set(`${row.type}:${row.key}`, row.id);
  return ids;
}

interface CommonEntry {
  key: string;
  name: string;
  aliases?: string[];
  description?: string;
  image?: string | null;
}

async function upsertEntities(tx: Transaction, type: EntityType, entries: CommonEntry[], ids: Map<string, string>) {
  if (entries.length === 0) return { created: 0, updated: 0 };
  // Slugs for the new entries, unique within the URL namespace; existing entries keep theirs.
  const namespace = slugNamespace(type);
  const taken = new Set(
    (await tx.select({ slug: entities.slug }).from(entities).where(inArray(entities.type, namespace))).map((row) => row.slug),
  );
  const rows = [];
  for (const entry of entries) {
    let slug: string | null = null;
    if (!ids.has(`${type}:${entry.key}`)) {
      slug = await uniqueSlug(slugify(entry.name), async (candidate) => taken.has(candidate));
      taken.add(slug);
    }
    rows.push({
      type,
      key: entry.key,
      slug,
      name: entry.name,
      aliases: entry.aliases ?? null,
      description: entry.description ?? null,
      image_url: entry.image ?? null,
      set_image: "image" in entry,
    });
  }
  let created = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const fresh = JSON.stringify(chunk.filter((row) => row.slug !== null));
    const existing = JSON.stringify(chunk.filter((row) => row.slug === null));
    const recordset = sql.raw(
      "as x(type entity_type, key text, slug text, name text, aliases text[], description text, image_url text, set_image boolean)",
    );
    const inserted = await tx.execute<{ id: string; key: string }>(sql`
      insert into ${entities} (type, key, slug, name, aliases, description, image_url)
      select x.type, x.key, x.slug, x.name, coalesce(x.aliases, '{}'), coalesce(x.description, ''), x.image_url
      from jsonb_to_recordset(${fresh}::jsonb) ${recordset}
      returning id, key`);
    const changed = await tx.execute<{ id: string; key: string }>(sql`
      update ${entities} as e set
        name = x.name,
        aliases = coalesce(x.aliases, e.aliases),
        description = coalesce(x.description, e.description),
        image_url = case when x.set_image then x.image_url else e.image_url end,
        updated_at = now()
      from jsonb_to_recordset(${existing}::jsonb) ${recordset}
      where e.type = x.type and e.key = x.key
      returning e.id, e.key`);
    for (const row of inserted) ids.set(`${type}:${row.key}`, row.id);
    for (const row of changed) ids.set(`${type}:${row.key}`, row.id);
    await addToSearchVocabulary(tx, { entityIds: [...inserted, ...changed].map((row) => row.id) });
    created += inserted.length;
    updated += changed.length;
  }
  return { created, updated };
}

type Resolve = (type: EntityType, key: string, where: string) => string;

interface DetailColumn {
  name: string;
  type: string;
  /** SQL for a new row when the file does not say. */
  fallback?: string;
}

/**
 * One type's detail rows: create the missing ones, then set every column the
 * file gave (`set_<column>` true) and leave the others alone.
 */
async function writeDetails(tx: Transaction, table: string, columns: DetailColumn[], rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const recordset = sql.raw(
    `as x(entity_id uuid, ${columns.map((column) => `${column.name} ${column.type}, set_${column.name} boolean`).join(", ")})`,
  );
  const names = sql.raw(columns.map((column) => column.name).join(", "));
  const values = sql.raw(columns.map((column) => (column.fallback ? `coalesce(x.${column.name}, ${column.fallback})` : `x.${column.name}`)).join(", "));
  const sets = sql.raw(
    columns.map((column) => `${column.name} = case when x.set_${column.name} then ${column.fallback ? `coalesce(x.${column.name}, ${column.fallback})` : `x.${column.name}`} else t.${column.name} end`).join(", "),
  );
  const target = sql.raw(table);
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = JSON.stringify(rows.slice(start, start + 5000));
    await tx.execute(sql`insert into ${target} (entity_id, ${names}) select x.entity_id, ${values} from jsonb_to_recordset(${chunk}::jsonb) ${recordset} on conflict (entity_id) do nothing`);
    await tx.execute(sql`update ${target} as t set ${sets} from jsonb_to_recordset(${chunk}::jsonb) ${recordset} where t.entity_id = x.entity_id`);
  }
}

/** Replaces child rows (positions, history, …) of the given owners. */
async function replaceRows(tx: Transaction, table: string, ownerColumn: string, owners: string[], columns: { name: string; type: string }[], rows: Record<string, unknown>[]) {
  if (owners.length === 0) return;
  const target = sql.raw(table);
  const owner = sql.raw(ownerColumn);
  // A Postgres array literal: drizzle would otherwise spread the array into separate parameters.
  await tx.execute(sql`delete from ${target} where ${owner} = any(${`{${owners.join(",")}}`}::uuid[])`);
  if (rows.length === 0) return;
  const recordset = sql.raw(`as x(${columns.map((column) => `${column.name} ${column.type}`).join(", ")})`);
  const names = sql.raw(columns.map((column) => column.name).join(", "));
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = JSON.stringify(rows.slice(start, start + 5000));
    await tx.execute(sql`insert into ${target} (${names}) select ${names} from jsonb_to_recordset(${chunk}::jsonb) ${recordset}`);
  }
}

/** Fails (and so rolls back) when a parent chain loops: a place or organization cannot be its own ancestor. */
async function refuseCycles(tx: Transaction, table: string, section: Section, keyOf: Map<string, string>) {
  const target = sql.raw(table);
  const looped = await tx.execute<{ start: string }>(sql`
    with recursive walk(start, id, depth) as (
      select entity_id, parent_id, 1 from ${target} where parent_id is not null
      union all
      select walk.start, t.parent_id, walk.depth + 1 from walk join ${target} t on t.entity_id = walk.id
      where t.parent_id is not null and walk.id <> walk.start and walk.depth < 100
    )
    select start from walk where id = start limit 1`);
  if (looped.length > 0) {
    const key = keyOf.get(looped[0]!.start) ?? looped[0]!.start;
    throw new KnowledgeBaseError(`${section} (key "${key}").parent: the parent chain loops back to itself (an entry cannot be its own ancestor).`);
  }
}

async function writePlaces(tx: Transaction, data: KnowledgeBase, resolve: Resolve) {
  const entries = data.places ?? [];
  const keyOf = new Map<string, string>();
  const rows = entries.map((entry, index) => {
    const where = `places[${index}] (key "${entry.key}")`;
    const id = resolve("place", entry.key, where);
    keyOf.set(id, entry.key);
    const validFrom = datePair(entry, "validFrom", entry.validFrom);
    const validTo = datePair(entry, "validTo", entry.validTo);
    return {
      entity_id: id,
      kind: entry.kind ?? null,
      set_kind: entry.kind !== undefined,
      parent_id: entry.parent ? resolve("place", entry.parent, `${where}.parent`) : null,
      set_parent_id: "parent" in entry,
      latitude: entry.latitude ?? null,
      set_latitude: "latitude" in entry,
      longitude: entry.longitude ?? null,
      set_longitude: "longitude" in entry,
      valid_from: validFrom.date,
      set_valid_from: validFrom.given,
      valid_to: validTo.date,
      set_valid_to: validTo.given,
    };
  });
  await writeDetails(
    tx,
    "places",
    [
      { name: "kind", type: "place_kind", fallback: "'landmark'::place_kind" },
      { name: "parent_id", type: "uuid" },
      { name: "latitude", type: "double precision" },
      { name: "longitude", type: "double precision" },
      { name: "valid_from", type: "date" },
      { name: "valid_to", type: "date" },
    ],
    rows,
  );
  if (rows.some((row) => row.set_parent_id)) await refuseCycles(tx, "places", "places", keyOf);
  const withSuccessors = entries.filter((entry) => entry.successors !== undefined);
  await replaceRows(
    tx,
    "place_successors",
    "place_id",
    withSuccessors.map((entry) => resolve("place", entry.key, "places")),
    [
      { name: "place_id", type: "uuid" },
      { name: "successor_id", type: "uuid" },
    ],
    withSuccessors.flatMap((entry) =>
      [...new Set(entry.successors)].map((successor) => ({
        place_id: resolve("place", entry.key, "places"),
        successor_id: resolve("place", successor, `places (key "${entry.key}").successors`),
      })),
    ),
  );
}

async function writeOrganizations(tx: Transaction, data: KnowledgeBase, resolve: Resolve) {
  const keyOf = new Map<string, string>();
  const rows = (data.organizations ?? []).map((entry, index) => {
    const where = `organizations[${index}] (key "${entry.key}")`;
    const id = resolve("organization", entry.key, where);
    keyOf.set(id, entry.key);
    return {
      entity_id: id,
      country_id: entry.country ? resolve("place", entry.country, `${where}.country`) : null,
      set_country_id: "country" in entry,
      parent_id: entry.parent ? resolve("organization", entry.parent, `${where}.parent`) : null,
      set_parent_id: "parent" in entry,
    };
  });
  await writeDetails(
    tx,
    "organizations",
    [
      { name: "country_id", type: "uuid" },
      { name: "parent_id", type: "uuid" },
    ],
    rows,
  );
  if (rows.some((row) => row.set_parent_id)) await refuseCycles(tx, "organizations", "organizations", keyOf);
}

async function writePeople(tx: Transaction, data: KnowledgeBase, resolve: Resolve) {
  const entries = data.people ?? [];
  await writeDetails(
    tx,
    "people",
    [{ name: "country_id", type: "uuid" }],
    entries.map((entry, index) => ({
      entity_id: resolve("person", entry.key, `people[${index}]`),
      country_id: entry.country ? resolve("place", entry.country, `people[${index}] (key "${entry.key}").country`) : null,
      set_country_id: "country" in entry,
    })),
  );
  const withPositions = entries.filter((entry) => entry.positions !== undefined);
  await replaceRows(
    tx,
    "positions",
    "person_id",
    withPositions.map((entry) => resolve("person", entry.key, "people")),
    [
      { name: "person_id", type: "uuid" },
      { name: "title", type: "text" },
      { name: "rank", type: "text" },
      { name: "organization_id", type: "uuid" },
      { name: "from_date", type: "date" },
      { name: "from_precision", type: "date_precision" },
      { name: "to_date", type: "date" },
      { name: "to_precision", type: "date_precision" },
    ],
    withPositions.flatMap((entry) =>
      (entry.positions ?? []).map((position, index) => {
        const from = dateOf(position.from);
        const to = dateOf(position.to);
        return {
          person_id: resolve("person", entry.key, "people"),
          title: position.title,
          rank: position.rank ?? "",
          organization_id: position.organization ? resolve("organization", position.organization, `people (key "${entry.key}").positions[${index}].organization`) : null,
          from_date: from?.date ?? null,
          from_precision: from?.precision ?? null,
          to_date: to?.date ?? null,
          to_precision: to?.precision ?? null,
        };
      }),
    ),
  );
}

async function writeEvents(tx: Transaction, data: KnowledgeBase, resolve: Resolve) {
  const entries = data.events ?? [];
  const idOf = (key: string) => resolve("event", key, "events");
  await writeDetails(
    tx,
    "events",
    [
      { name: "series_id", type: "uuid" },
      { name: "edition", type: "integer" },
      { name: "start_date", type: "date" },
      { name: "start_precision", type: "date_precision" },
      { name: "end_date", type: "date" },
      { name: "end_precision", type: "date_precision" },
      { name: "status", type: "event_status", fallback: "'planned'::event_status" },
    ],
    entries.map((entry, index) => {
      const start = datePair(entry, "start", entry.start);
      const end = datePair(entry, "end", entry.end);
      return {
        entity_id: idOf(entry.key),
        series_id: entry.series ? resolve("series", entry.series, `events[${index}] (key "${entry.key}").series`) : null,
        set_series_id: "series" in entry,
        edition: entry.edition ?? null,
        set_edition: "edition" in entry,
        start_date: start.date,
        set_start_date: start.given,
        start_precision: start.precision,
        set_start_precision: start.given,
        end_date: end.date,
        set_end_date: end.given,
        end_precision: end.precision,
        set_end_precision: end.given,
        status: entry.status ?? null,
        set_status: entry.status !== undefined,
      };
    }),
  );
  const withHistory = entries.filter((entry) => entry.history !== undefined);
  await replaceRows(
    tx,
    "event_status_changes",
    "event_id",
    withHistory.map((entry) => idOf(entry.key)),
    [
      { name: "event_id", type: "uuid" },
      { name: "status", type: "event_status" },
      { name: "start_date", type: "date" },
      { name: "start_precision", type: "date_precision" },
      { name: "end_date", type: "date" },
      { name: "end_precision", type: "date_precision" },
      { name: "note", type: "text" },
      { name: "recorded_on", type: "date" },
      { name: "position", type: "integer" },
    ],
    withHistory.flatMap((entry) =>
      (entry.history ?? []).map((change, position) => {
        const start = dateOf(change.start);
        const end = dateOf(change.end);
        return {
          event_id: idOf(entry.key),
          status: change.status,
          start_date: start?.date ?? null,
          start_precision: start?.precision ?? null,
          end_date: end?.date ?? null,
          end_precision: end?.precision ?? null,
          note: change.note ?? "",
          recorded_on: dateOf(change.recorded)?.date ?? null,
          position,
        };
      }),
    ),
  );
  const withPlaces = entries.filter((entry) => entry.places !== undefined);
  await replaceRows(
    tx,
    "event_places",
    "event_id",
    withPlaces.map((entry) => idOf(entry.key)),
    [
      { name: "event_id", type: "uuid" },
      { name: "place_id", type: "uuid" },
    ],
    withPlaces.flatMap((entry) =>
      [...new Set(entry.places)].map((place) => ({ event_id: idOf(entry.key), place_id: resolve("place", place, `events (key "${entry.key}").places`) })),
    ),
  );
  const withParticipants = entries.filter((entry) => entry.participants !== undefined);
  await replaceRows(
    tx,
    "event_participants",
    "event_id",
    withParticipants.map((entry) => idOf(entry.key)),
    [
      { name: "event_id", type: "uuid" },
      { name: "person_id", type: "uuid" },
      { name: "role", type: "text" },
      { name: "position", type: "integer" },
    ],
    withParticipants.flatMap((entry) => {
      const seen = new Set<string>();
      return (entry.participants ?? []).flatMap((participant, position) => {
        const personId = resolve("person", participant.person, `events (key "${entry.key}").participants`);
        if (seen.has(personId)) return [];
        seen.add(personId);
        return [{ event_id: idOf(entry.key), person_id: personId, role: participant.role ?? "", position }];
      });
    }),
  );
}

/** The whole knowledge base in the import format: importing it back changes nothing. */
export async function exportKnowledgeBase({ actor }: { actor: Actor | "system" }): Promise<KnowledgeBase> {
  if (actor !== "system") assertCan(actor, "entity.read");
  const db = getDb();
  const all = await db.select().from(entities).orderBy(entities.type, entities.name);
  const keyOf = new Map(all.map((row) => [row.id, row.key ?? row.slug]));
  const ref = (id: string | null) => (id ? (keyOf.get(id) ?? null) : null);
  const common = (row: (typeof all)[number]) => ({
    key: row.key ?? row.slug,
    name: row.name,
    aliases: row.aliases,
    ...(row.description ? { description: row.description } : {}),
  });
  const byType = (type: EntityType) => all.filter((row) => row.type === type);
  const partial = (date: string | null, precision: PartialDate["precision"] | null) => {
    if (!date) return null;
    if (precision === "year") return date.slice(0, 4);
    if (precision === "month") return date.slice(0, 7);
    return date;
  };

  const [placeRows, successorRows, orgRows, peopleRows, positionRows, eventRows, historyRows, eventPlaceRows, participantRows] = await Promise.all([
    db.select().from(places),
    db.select().from(placeSuccessors),
    db.select().from(organizations),
    db.select().from(people),
    db.select().from(positions).orderBy(positions.personId, positions.fromDate),
    db.select().from(events),
    db.select().from(eventStatusChanges).orderBy(eventStatusChanges.eventId, eventStatusChanges.position),
    db.select().from(eventPlaces),
    db.select().from(eventParticipants).orderBy(eventParticipants.eventId, eventParticipants.position),
  ]);
  const group = <T, K>(rows: T[], key: (row: T) => K) => {
    const map = new Map<K, T[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };
  const placeById = new Map(placeRows.map((row) => [row.entityId, row]));
  const successorsOf = group(successorRows, (row) => row.placeId);
  const orgById = new Map(orgRows.map((row) => [row.entityId, row]));
  const personById = new Map(peopleRows.map((row) => [row.entityId, row]));
  const positionsOf = group(positionRows, (row) => row.personId);
  const eventById = new Map(eventRows.map((row) => [row.entityId, row]));
  const historyOf = group(historyRows, (row) => row.eventId);
  const placesOf = group(eventPlaceRows, (row) => row.eventId);
  const participantsOf = group(participantRows, (row) => row.eventId);

  // Parents before children, so the file reads top-down (Việt Nam › Lào Cai › …).
  const placeEntities = byType("place");
  const depth = (id: string, seen = new Set<string>()): number => {
    const parent = placeById.get(id)?.parentId;
    if (!parent || seen.has(parent)) return 0;
    seen.add(parent);
    return 1 + depth(parent, seen);
  };
  placeEntities.sort((a, b) => depth(a.id) - depth(b.id));

  return {
    places: placeEntities.map((row) => {
      const detail = placeById.get(row.id);
      return {
        ...common(row),
        kind: detail?.kind ?? "landmark",
        parent: ref(detail?.parentId ?? null),
        ...(detail?.latitude != null ? { latitude: detail.latitude, longitude: detail.longitude } : {}),
        ...(detail?.validFrom ? { validFrom: detail.validFrom } : {}),
        ...(detail?.validTo ? { validTo: detail.validTo } : {}),
        ...(successorsOf.has(row.id) ? { successors: successorsOf.get(row.id)!.map((s) => ref(s.successorId)!).filter(Boolean) } : {}),
      };
    }),
    organizations: byType("organization").map((row) => ({
      ...common(row),
      country: ref(orgById.get(row.id)?.countryId ?? null),
      parent: ref(orgById.get(row.id)?.parentId ?? null),
    })),
    series: byType("series").map(common),
    people: byType("person").map((row) => ({
      ...common(row),
      ...(row.imageUrl ? { image: row.imageUrl } : {}),
      country: ref(personById.get(row.id)?.countryId ?? null),
      positions: (positionsOf.get(row.id) ?? []).map((position) => ({
        title: position.title,
        ...(position.rank ? { rank: position.rank } : {}),
        organization: ref(position.organizationId),
        from: partial(position.fromDate, position.fromPrecision),
        to: partial(position.toDate, position.toPrecision),
      })),
    })),
    events: byType("event").map((row) => {
      const detail = eventById.get(row.id);
      return {
        ...common(row),
        series: ref(detail?.seriesId ?? null),
        edition: detail?.edition ?? null,
        start: partial(detail?.startDate ?? null, detail?.startPrecision ?? null),
        end: partial(detail?.endDate ?? null, detail?.endPrecision ?? null),
        status: detail?.status ?? "planned",
        history: (historyOf.get(row.id) ?? []).map((change) => ({
          status: change.status,
          start: partial(change.startDate, change.startPrecision),
          end: partial(change.endDate, change.endPrecision),
          ...(change.note ? { note: change.note } : {}),
          ...(change.recordedOn ? { recorded: change.recordedOn } : {}),
        })),
        places: (placesOf.get(row.id) ?? []).map((place) => ref(place.placeId)!).filter(Boolean),
        participants: (participantsOf.get(row.id) ?? []).map((participant) => ({
          person: ref(participant.personId)!,
          ...(participant.role ? { role: participant.role } : {}),
        })),
      };
    }),
  };
}

