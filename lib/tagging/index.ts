import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { entities, eventParticipants, eventPlaces, events, eventStatusChanges, organizations, places, positions } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/policy";
import { NEWSROOM_TIME_ZONE } from "@/lib/text/dates";
import { endOfPeriod, fromColumns } from "@/lib/text/partial-date";
import { partialRange } from "./knowledge-base";
import { buildTagIndex, suggestTags, type TagIndex } from "./matcher";
import type { KnowledgeEntry, TagSuggestion } from "./types";

export type { TagSuggestion, TagType } from "./types";

/**
 * Tag suggestions from the knowledge graph in the database.
 *
 * The matcher index is built from every entity, alias, title, series, edition,
 * date and place, and kept per process. Many app instances share one database
 * and no message bus, so each instance checks for itself whether the graph
 * changed: at most every CHECK_EVERY_MS, one query reads a fingerprint of the
 * tables the index is built from. Per table it is the row count and the
 * newest row version (`max(xmin)`): any insert or update writes a row with a
 * newer transaction id, any delete lowers the count, so no edit can slip by,
 * whether or not its writer bumped updated_at. A different fingerprint means
 * a rebuild.
 *
 * For a small graph the check and the rebuild are quick and awaited, so a new
 * entity is suggested on the very next request. For a large one (50,000
 * entities, 100,000 aliases: a ~25 ms check, ~0.9 s to load and ~1 s to build)
 * both run in the background and requests keep the previous index meanwhile.
 */

const CHECK_EVERY_MS = 5_000;
/** Below this many entities a check and a rebuild are quick enough to wait for. */
const AWAIT_BELOW = 20_000;
const TABLES = ["entities", "positions", "places", "organizations", "events", "event_status_changes", "event_places", "event_participants"] as const;

interface Cache {
  url: string;
  index: TagIndex | null;
  fingerprint: string;
  checkedAt: number;
  /** The check (and rebuild) in flight, if any. */
  refreshing: Promise<TagIndex> | null;
}

const holder = globalThis as unknown as { __toasoanTagging?: Cache };

/** Settings for tests: how often to look for graph changes. */
export const taggingCache = { checkEveryMs: CHECK_EVERY_MS };

/** Forget the cached index (tests; a process may also call it after a bulk import). */
export function resetTaggingCache() {
  holder.__toasoanTagging = undefined;
}

async function fingerprint(): Promise<string> {
  const parts = TABLES.map((table) => `(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from ${table})`).join(", ");
  const [row] = await getDb().execute<{ value: string }>(sql.raw(`select concat_ws('|', ${parts}) as value`));
  return row?.value ?? "";
}

/** Everything the matcher needs, in one pass over each table. */
export async function loadKnowledgeEntries(): Promise<KnowledgeEntry[]> {
  const db = getDb();
  const [entityRows, positionRows, placeRows, organizationRows, eventRows, historyRows, placeLinks, participantRows] = await Promise.all([
    db.select({ id: entities.id, type: entities.type, key: entities.key, slug: entities.slug, name: entities.name, aliases: entities.aliases }).from(entities),
    db
      .select({
        personId: positions.personId,
        title: positions.title,
        rank: positions.rank,
        fromDate: positions.fromDate,
        toDate: positions.toDate,
        toPrecision: positions.toPrecision,
      })
      .from(positions),
    db.select({ id: places.entityId, kind: places.kind, parentId: places.parentId }).from(places),
    db.select({ id: organizations.entityId, parentId: organizations.parentId, countryId: organizations.countryId }).from(organizations),
    db.select().from(events),
    db
      .select({
        eventId: eventStatusChanges.eventId,
        startDate: eventStatusChanges.startDate,
        startPrecision: eventStatusChanges.startPrecision,
        endDate: eventStatusChanges.endDate,
        endPrecision: eventStatusChanges.endPrecision,
      })
      .from(eventStatusChanges)
      .orderBy(eventStatusChanges.eventId, eventStatusChanges.position),
    db.select().from(eventPlaces),
    db.select({ eventId: eventParticipants.eventId, personId: eventParticipants.personId }).from(eventParticipants),
  ]);
  const group = <T, K>(rows: T[], key: (row: T) => K) => {
    const out = new Map<K, T[]>();
    for (const row of rows) {
      const list = out.get(key(row));
      if (list) list.push(row);
      else out.set(key(row), [row]);
    }
    return out;
  };
  const positionsOf = group(positionRows, (row) => row.personId);
  const placeOf = new Map(placeRows.map((row) => [row.id, row]));
  const organizationOf = new Map(organizationRows.map((row) => [row.id, row]));
  const eventOf = new Map(eventRows.map((row) => [row.entityId, row]));
  const historyOf = group(historyRows, (row) => row.eventId);
  const placesOf = group(placeLinks, (row) => row.eventId);
  const participantsOf = group(participantRows, (row) => row.eventId);

  return entityRows.map((row): KnowledgeEntry => {
    const entry: KnowledgeEntry = { id: row.id, type: row.type, key: row.key, slug: row.slug, name: row.name, aliases: row.aliases };
    if (row.type === "person") {
      entry.positions = (positionsOf.get(row.id) ?? []).map((p) => ({
        title: p.title,
        rank: p.rank || undefined,
        from: p.fromDate,
        to: p.toDate ? endOfPeriod({ date: p.toDate, precision: p.toPrecision ?? "day" }) : null,
      }));
    } else if (row.type === "place") {
      const place = placeOf.get(row.id);
      entry.kind = place?.kind ?? null;
      entry.parentId = place?.parentId ?? null;
    } else if (row.type === "organization") {
      const organization = organizationOf.get(row.id);
      entry.parentId = organization?.parentId ?? organization?.countryId ?? null;
    } else if (row.type === "event") {
      const event = eventOf.get(row.id);
      const ranges = [event ? partialRange(fromColumns(event.startDate, event.startPrecision), fromColumns(event.endDate, event.endPrecision)) : null];
      for (const change of historyOf.get(row.id) ?? []) {
        ranges.push(partialRange(fromColumns(change.startDate, change.startPrecision), fromColumns(change.endDate, change.endPrecision)));
      }
      entry.seriesId = event?.seriesId ?? null;
      entry.edition = event?.edition ?? null;
      entry.ranges = ranges.filter(
        (range, at): range is NonNullable<typeof range> => range !== null && ranges.findIndex((other) => other?.from === range.from && other?.to === range.to) === at,
      );
      entry.places = (placesOf.get(row.id) ?? []).map((link) => link.placeId);
      entry.participants = (participantsOf.get(row.id) ?? []).map((link) => link.personId);
    }
    return entry;
  });
}

/** Reads the fingerprint and rebuilds the index when it changed. */
async function refresh(cache: Cache): Promise<TagIndex> {
  const print = await fingerprint();
  cache.checkedAt = Date.now();
  if (cache.index && print === cache.fingerprint) return cache.index;
  const index = buildTagIndex(await loadKnowledgeEntries());
  if (holder.__toasoanTagging === cache) {
    cache.index = index;
    cache.fingerprint = print;
  }
  return index;
}

/** The index for this process's database, rebuilt when the graph has changed. */
export async function getTagIndex(): Promise<TagIndex> {
  const url = process.env.DATABASE_URL ?? "";
  let cache = holder.__toasoanTagging;
  if (!cache || cache.url !== url) {
    cache = { url, index: null, fingerprint: "", checkedAt: 0, refreshing: null };
    holder.__toasoanTagging = cache;
  }
  if (cache.index && Date.now() - cache.checkedAt < taggingCache.checkEveryMs) return cache.index;
  const current = cache;
  if (!current.refreshing) {
    current.refreshing = refresh(current).finally(() => {
      current.refreshing = null;
    });
  }
  if (current.index && current.index.stats.entities >= AWAIT_BELOW) {
    current.refreshing.catch((error) => console.error("Tag suggestions: index refresh failed:", error));
    return current.index;
  }
  return current.refreshing;
}

export const SuggestTagsInput = z.object({
  text: z.string().max(200_000, "Văn bản quá dài để gợi ý thẻ (tối đa 200.000 ký tự)."),
  /** The article's date: an ISO day or date-time. Titles are shown as of it. */
  date: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
});
export type SuggestTagsInput = z.input<typeof SuggestTagsInput>;

/** The calendar day in the newsroom's time zone: "2024-04-10T20:00:00Z" is 11/4 in Hà Nội. */
function newsroomDay(value: string | undefined): string | undefined {
  if (!value || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Intl.DateTimeFormat("en-CA", { timeZone: NEWSROOM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(value));
}

/**
 * People, places, organizations, events and series a text mentions, for the
 * editor's tag suggestions and `npm run cms -- suggest`. Suggestions only:
 * nothing is tagged until a person accepts one.
 */
export async function suggestEntityTags({ actor, input }: { actor: Actor | "system"; input: SuggestTagsInput }): Promise<{ suggestions: TagSuggestion[] }> {
  if (actor !== "system") assertCan(actor, "entity.read");
  const { text, date } = SuggestTagsInput.parse(input);
  const index = await getTagIndex();
  return { suggestions: suggestTags(index, text, { date: newsroomDay(date) }) };
}

/** For the command line (`npm run cms -- suggest`): no actor and no length limit. */
export async function suggestTagsAsSystem(text: string, date?: string): Promise<TagSuggestion[]> {
  return suggestTags(await getTagIndex(), text, { date: newsroomDay(date) });
}
