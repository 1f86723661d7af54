import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import {
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
  type Entity,
  type EntityType,
} from "@/db/schema";
import { NotFoundError, ValidationError, isUniqueViolation } from "@/lib/errors";
import { addToSearchVocabulary } from "@/lib/search/vocabulary";
import { assertCan, type Actor } from "@/lib/policy";
import { endOfPeriod, parsePartialDate, type PartialDate } from "@/lib/text/partial-date";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { ENTITY_PATHS, entityPath } from "./paths";

export const PLACE_KINDS = ["country", "region", "province", "city", "district", "commune", "border_gate", "landmark"] as const;
export const EVENT_STATUSES = ["planned", "postponed", "held", "cancelled"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Types whose pages share a URL prefix share a slug namespace (events and series both live under /su-kien). */
export function slugNamespace(type: EntityType): EntityType[] {
  return (Object.keys(ENTITY_PATHS) as EntityType[]).filter((other) => ENTITY_PATHS[other] === ENTITY_PATHS[type]);
}

/**
 * The first free slug for `wanted` in the type's URL namespace. A slug that
 * still redirects to another entity counts as taken: reusing it would hijack
 * that entity's old links.
 */
export async function pickEntitySlug(tx: Transaction, type: EntityType, wanted: string, exceptId?: string) {
  return uniqueSlug(slugify(wanted), async (candidate) => (await slugOwner(tx, type, candidate, exceptId)) !== null);
}

/** Who holds `slug` in the type's namespace, as a page or as a redirect, other than `exceptId`. */
async function slugOwner(tx: Transaction, type: EntityType, slug: string, exceptId?: string) {
  const namespace = slugNamespace(type);
  const [page] = await tx
    .select({ id: entities.id, name: entities.name })
    .from(entities)
    .where(and(inArray(entities.type, namespace), eq(entities.slug, slug), exceptId ? ne(entities.id, exceptId) : undefined))
    .limit(1);
  if (page) return { ...page, redirect: false };
  const [redirect] = await tx
    .select({ id: entities.id, name: entities.name })
    .from(entityRedirects)
    .innerJoin(entities, eq(entities.id, entityRedirects.entityId))
    .where(
      and(
        inArray(entityRedirects.type, namespace),
        eq(entityRedirects.slug, slug),
        exceptId ? ne(entityRedirects.entityId, exceptId) : undefined,
      ),
    )
    .limit(1);
  return redirect ? { ...redirect, redirect: true } : null;
}

// ——— Input ———

const DATE_FORMAT = "Ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD.";

/** "2014", "2023-09", "2024-04-11" → a date and its precision; empty → null. */
const partialDate = z
  .string()
  .trim()
  .max(10, DATE_FORMAT)
  .nullish()
  .transform((value, ctx): PartialDate | null => {
    if (!value) return null;
    const parsed = parsePartialDate(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: DATE_FORMAT });
      return z.NEVER;
    }
    return parsed;
  });

/** A whole calendar day (the columns that have no precision); empty → null. */
const calendarDate = z
  .union([z.literal(""), z.iso.date("Ngày phải có dạng YYYY-MM-DD.")])
  .nullish()
  .transform((value) => value || null);

const ref = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)])
    .nullish()
    .transform((value) => value || null);

const idList = (message: string) =>
  z
    .array(z.uuid(message))
    .max(100, "Tối đa 100 mục.")
    .default([])
    .transform((ids) => [...new Set(ids)]);

const coordinate = (label: string, limit: number) =>
  z
    .number(`${label} phải là một số.`)
    .min(-limit, `${label} phải trong khoảng −${limit} đến ${limit}.`)
    .max(limit, `${label} phải trong khoảng −${limit} đến ${limit}.`)
    .nullish()
    .transform((value) => value ?? null);

const Common = {
  name: z.string().trim().min(1, "Cần có tên.").max(200, "Tên tối đa 200 ký tự."),
  /** Empty: from the name on create, unchanged on update. Anything typed is normalised like a title ("Phùng Quang Thanh" → phung-quang-thanh). */
  slug: z.string().trim().max(96, "Đường dẫn tối đa 96 ký tự.").optional(),
  aliases: z
    .array(z.string().trim().max(200, "Mỗi tên gọi khác tối đa 200 ký tự."))
    .max(100, "Tối đa 100 tên gọi khác.")
    .default([])
    .transform((list) => [...new Set(list.filter(Boolean))]),
  description: z.string().trim().max(5000, "Mô tả tối đa 5000 ký tự.").default(""),
};

const PositionInput = z.object({
  title: z.string().trim().min(1, "Cần có chức danh.").max(300, "Chức danh tối đa 300 ký tự."),
  rank: z.string().trim().max(200, "Cấp bậc tối đa 200 ký tự.").default(""),
  organizationId: ref("Tổ chức không hợp lệ."),
  from: partialDate,
  to: partialDate,
});

const StatusChangeInput = z.object({
  status: z.enum(EVENT_STATUSES, "Chọn một trạng thái."),
  start: partialDate,
  end: partialDate,
  note: z.string().trim().max(2000, "Ghi chú tối đa 2000 ký tự.").default(""),
  recordedOn: calendarDate,
});

const ParticipantInput = z.object({
  personId: z.uuid("Chọn một nhân vật."),
  role: z.string().trim().max(300, "Vai trò tối đa 300 ký tự.").default(""),
});

/**
 * Every entity type's record as the admin forms (and seeds, imports) submit it.
 * `person.title` and `event.startDate/endDate` are the older, simpler inputs the
 * demo seed still uses: a first position, and start/end as whole days.
 */
export const NewEntitySchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("person"),
    ...Common,
    imageUrl: z
      .string()
      .trim()
      .max(2000, "Địa chỉ ảnh tối đa 2000 ký tự.")
      .regex(/^(https?:\/\/\S+|\/\S*)$/, "Ảnh chân dung phải là một địa chỉ http(s)://… hoặc /…")
      .or(z.literal(""))
      .nullish()
      .transform((value) => value || null),
    countryId: ref("Quốc gia không hợp lệ."),
    positions: z.array(PositionInput).max(100, "Tối đa 100 chức vụ.").default([]),
    title: z.string().trim().max(300).default(""),
  }),
  z.object({
    type: z.literal("place"),
    ...Common,
    kind: z.enum(PLACE_KINDS, "Chọn loại địa danh."),
    parentId: ref("Địa danh cấp trên không hợp lệ."),
    latitude: coordinate("Vĩ độ", 90),
    longitude: coordinate("Kinh độ", 180),
    validFrom: calendarDate,
    validTo: calendarDate,
    successorIds: idList("Địa danh kế thừa không hợp lệ."),
  }),
  z.object({
    type: z.literal("organization"),
    ...Common,
    countryId: ref("Quốc gia không hợp lệ."),
    parentId: ref("Tổ chức cấp trên không hợp lệ."),
  }),
  z.object({ type: z.literal("series"), ...Common }),
  z.object({
    type: z.literal("event"),
    ...Common,
    seriesId: ref("Chuỗi sự kiện không hợp lệ."),
    edition: z
      .number("Lần thứ phải là một số.")
      .int("Lần thứ phải là số nguyên.")
      .positive("Lần thứ phải lớn hơn 0.")
      .max(100_000, "Lần thứ quá lớn.")
      .nullish()
      .transform((value) => value ?? null),
    start: partialDate,
    end: partialDate,
    startDate: z.iso.date().nullable().default(null),
    endDate: z.iso.date().nullable().default(null),
    status: z.enum(EVENT_STATUSES, "Chọn một trạng thái.").default("planned"),
    history: z.array(StatusChangeInput).max(50, "Tối đa 50 mốc trạng thái.").default([]),
    placeIds: idList("Địa điểm không hợp lệ."),
    participants: z.array(ParticipantInput).max(500, "Tối đa 500 người tham gia.").default([]),
  }),
]);
/** The admin forms' schema is the same one. */
export const EntityInputSchema = NewEntitySchema;
export type NewEntity = z.input<typeof NewEntitySchema>;
export type EntityInput = NewEntity;
type Parsed = z.output<typeof NewEntitySchema>;

/** The older inputs folded into the richer ones. */
function normalize(data: Parsed): Parsed {
  if (data.type === "person" && data.title) {
    return { ...data, positions: [{ title: data.title, rank: "", organizationId: null, from: null, to: null }, ...data.positions], title: "" };
  }
  if (data.type === "event") {
    return {
      ...data,
      start: data.start ?? (data.startDate ? { date: data.startDate, precision: "day" } : null),
      end: data.end ?? (data.endDate ? { date: data.endDate, precision: "day" } : null),
    };
  }
  return data;
}

// ——— Rules that need the data itself ———

/** `to` may not end before `from` begins: "2014" – "2014-05" is fine, "2020" – "2019" is not. */
function endsBeforeStart(from: PartialDate | null, to: PartialDate | null) {
  return !!from && !!to && endOfPeriod(to) < from.date;
}

/** True when `candidateId` is `rootId` or lies below it in the places or organizations tree. */
export async function isInSubtree(tx: Transaction, tree: "place" | "organization", rootId: string, candidateId: string): Promise<boolean> {
  if (rootId === candidateId) return true;
  const table = tree === "place" ? places : organizations;
  const [row] = await tx.execute<{ hit: boolean }>(sql`
    with recursive below(id) as (
      select ${table.entityId} from ${table} where ${table.parentId} = ${rootId}
      union
      select child.entity_id from ${table} child join below on child.parent_id = below.id
    )
    select exists (select 1 from below where id = ${candidateId}) as hit`);
  return row?.hit ?? false;
}

interface RefRow {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
}

async function loadRefs(tx: Transaction, ids: (string | null)[]): Promise<Map<string, RefRow>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: entities.id, type: entities.type, name: entities.name, kind: places.kind })
    .from(entities)
    .leftJoin(places, eq(places.entityId, entities.id))
    .where(inArray(entities.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Checks what zod cannot: dates in order, references of the right type,
 * no cycles, editions unique in a series. Throws the first problem found,
 * naming its field ("positions.1.to") so the form can flag it.
 */
async function checkRules(tx: Transaction, id: string | null, data: Parsed) {
  const fail = (field: string, message: string): never => {
    throw new ValidationError(message, field);
  };
  const refs = await loadRefs(tx, [
    ...(data.type === "person" ? [data.countryId, ...data.positions.map((p) => p.organizationId)] : []),
    ...(data.type === "place" ? [data.parentId, ...data.successorIds] : []),
    ...(data.type === "organization" ? [data.countryId, data.parentId] : []),
    ...(data.type === "event" ? [data.seriesId, ...data.placeIds, ...data.participants.map((p) => p.personId)] : []),
  ]);
  const requireRef = (refId: string | null, field: string, ok: (row: RefRow) => boolean, message: string) => {
    if (!refId) return;
    const row = refs.get(refId);
    if (!row) fail(field, "Mục đã chọn không còn tồn tại.");
    if (!ok(row!)) fail(field, message);
  };
  const isCountry = (row: RefRow) => row.type === "place" && row.kind === "country";

  if (data.type === "person") {
    requireRef(data.countryId, "countryId", isCountry, "Quốc gia phải là một địa danh loại “Quốc gia”.");
    data.positions.forEach((position, index) => {
      requireRef(position.organizationId, `positions.${index}.organizationId`, (row) => row.type === "organization", "Hãy chọn một tổ chức.");
      if (endsBeforeStart(position.from, position.to)) {
        fail(`positions.${index}.to`, `Chức vụ ${index + 1}: ngày kết thúc không được trước ngày bắt đầu.`);
      }
    });
  }

  if (data.type === "place") {
    if (data.validFrom && data.validTo && data.validTo < data.validFrom) fail("validTo", "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.");
    requireRef(data.parentId, "parentId", (row) => row.type === "place", "Cấp trên phải là một địa danh.");
    if (data.parentId && id && (await isInSubtree(tx, "place", id, data.parentId))) {
      fail("parentId", "Một địa danh không thể là cấp trên của chính nó (trực tiếp hay gián tiếp).");
    }
    for (const successorId of data.successorIds) {
      if (successorId === id) fail("successorIds", "Một địa danh không thể kế thừa chính nó.");
      requireRef(successorId, "successorIds", (row) => row.type === "place", "Đơn vị kế thừa phải là một địa danh.");
    }
  }

  if (data.type === "organization") {
    requireRef(data.countryId, "countryId", isCountry, "Quốc gia phải là một địa danh loại “Quốc gia”.");
    requireRef(data.parentId, "parentId", (row) => row.type === "organization", "Cấp trên phải là một tổ chức.");
    if (data.parentId && id && (await isInSubtree(tx, "organization", id, data.parentId))) {
      fail("parentId", "Một tổ chức không thể là cấp trên của chính nó (trực tiếp hay gián tiếp).");
    }
  }

  if (data.type === "event") {
    if (endsBeforeStart(data.start, data.end)) fail("end", "Ngày kết thúc không được trước ngày bắt đầu.");
    data.history.forEach((change, index) => {
      if (endsBeforeStart(change.start, change.end)) fail(`history.${index}.end`, `Mốc ${index + 1}: ngày kết thúc không được trước ngày bắt đầu.`);
    });
    requireRef(data.seriesId, "seriesId", (row) => row.type === "series", "Hãy chọn một chuỗi sự kiện.");
    for (const placeId of data.placeIds) requireRef(placeId, "placeIds", (row) => row.type === "place", "Địa điểm phải là một địa danh.");
    const seen = new Set<string>();
    data.participants.forEach((participant, index) => {
      requireRef(participant.personId, `participants.${index}.personId`, (row) => row.type === "person", "Hãy chọn một nhân vật.");
      if (seen.has(participant.personId)) fail(`participants.${index}.personId`, `Người tham gia ${index + 1} đã có trong danh sách.`);
      seen.add(participant.personId);
    });
    if (data.seriesId && data.edition !== null) await checkEditionFree(tx, id, data.seriesId, data.edition);
  }
}

async function checkEditionFree(tx: Transaction, id: string | null, seriesId: string, edition: number) {
  const [other] = await tx
    .select({ name: entities.name })
    .from(events)
    .innerJoin(entities, eq(entities.id, events.entityId))
    .where(and(eq(events.seriesId, seriesId), eq(events.edition, edition), id ? ne(events.entityId, id) : undefined))
    .limit(1);
  if (other) throw editionTaken(edition, other.name);
}

const editionTaken = (edition: number, name?: string) =>
  new ValidationError(name ? `Chuỗi này đã có lần thứ ${edition}: “${name}”.` : `Chuỗi này đã có lần thứ ${edition}.`, "edition");

/** The slug to store: the one typed (normalised, refused when another entity holds it), else the current one, else one made from the name. */
async function resolveSlug(tx: Transaction, data: Parsed, current?: { id: string; slug: string }) {
  if (!data.slug) return current ? current.slug : pickEntitySlug(tx, data.type, data.name);
  const slug = slugify(data.slug);
  if (!slug) throw new ValidationError("Đường dẫn cần có chữ hoặc số.", "slug");
  if (slug === current?.slug) return slug;
  const owner = await slugOwner(tx, data.type, slug, current?.id);
  if (owner) {
    throw new ValidationError(
      owner.redirect ? `Đường dẫn “${slug}” đang chuyển hướng tới “${owner.name}”.` : `Đường dẫn “${slug}” đã được dùng cho “${owner.name}”.`,
      "slug",
    );
  }
  return slug;
}

// ——— Warnings: saved, but worth a second look ———

export interface AliasWarning {
  alias: string;
  other: { id: string; type: EntityType; name: string };
}

/** Aliases that are (case- and diacritics-insensitively) another entity's name: a likely mix-up or duplicate. */
export async function findAliasWarnings(
  db: Pick<Transaction, "execute">,
  id: string,
  aliases: string[],
): Promise<AliasWarning[]> {
  if (aliases.length === 0) return [];
  const list = sql.join(
    aliases.map((alias) => sql`${alias}`),
    sql`, `,
  );
  const rows = await db.execute<{ alias: string; id: string; type: EntityType; name: string }>(sql`
    select a.alias, e.id, e.type, e.name
    from unnest(array[${list}]::text[]) as a(alias)
    join ${entities} e on immutable_unaccent(lower(e.name)) = immutable_unaccent(lower(a.alias))
    where e.id <> ${id}
    order by a.alias, e.name
    limit 50`);
  return rows.map((row) => ({ alias: row.alias, other: { id: row.id, type: row.type, name: row.name } }));
}

// ——— Writes ———

/** What a save returns: enough for the form, plus the public paths to revalidate. */
export interface SavedEntity {
  id: string;
  type: EntityType;
  slug: string;
  name: string;
  warnings: AliasWarning[];
  changedPaths: string[];
}

const toColumns = (value: PartialDate | null) => ({ date: value?.date ?? null, precision: value?.precision ?? null });

/** Writes the type's own table and its child rows (positions, history, places, participants, successors), replacing what was there. */
async function writeDetails(tx: Transaction, id: string, data: Parsed) {
  if (data.type === "person") {
    await tx.insert(people).values({ entityId: id, countryId: data.countryId }).onConflictDoUpdate({ target: people.entityId, set: { countryId: data.countryId } });
    await tx.delete(positions).where(eq(positions.personId, id));
    if (data.positions.length) {
      await tx.insert(positions).values(
        data.positions.map((position) => {
          const from = toColumns(position.from);
          const to = toColumns(position.to);
          return {
            personId: id,
            title: position.title,
            rank: position.rank,
            organizationId: position.organizationId,
            fromDate: from.date,
            fromPrecision: from.precision,
            toDate: to.date,
            toPrecision: to.precision,
          };
        }),
      );
    }
  } else if (data.type === "place") {
    const values = {
      kind: data.kind,
      parentId: data.parentId,
      latitude: data.latitude,
      longitude: data.longitude,
      validFrom: data.validFrom,
      validTo: data.validTo,
    };
    await tx.insert(places).values({ entityId: id, ...values }).onConflictDoUpdate({ target: places.entityId, set: values });
    await tx.delete(placeSuccessors).where(eq(placeSuccessors.placeId, id));
    if (data.successorIds.length) await tx.insert(placeSuccessors).values(data.successorIds.map((successorId) => ({ placeId: id, successorId })));
  } else if (data.type === "organization") {
    const values = { countryId: data.countryId, parentId: data.parentId };
    await tx.insert(organizations).values({ entityId: id, ...values }).onConflictDoUpdate({ target: organizations.entityId, set: values });
  } else if (data.type === "event") {
    const start = toColumns(data.start);
    const end = toColumns(data.end);
    const values = {
      seriesId: data.seriesId,
      edition: data.edition,
      startDate: start.date,
      startPrecision: start.precision,
      endDate: end.date,
      endPrecision: end.precision,
      status: data.status,
    };
    await tx.insert(events).values({ entityId: id, ...values }).onConflictDoUpdate({ target: events.entityId, set: values });
    await tx.delete(eventStatusChanges).where(eq(eventStatusChanges.eventId, id));
    if (data.history.length) {
      await tx.insert(eventStatusChanges).values(
        data.history.map((change, position) => {
          const changeStart = toColumns(change.start);
          const changeEnd = toColumns(change.end);
          return {
            eventId: id,
            status: change.status,
            startDate: changeStart.date,
            startPrecision: changeStart.precision,
            endDate: changeEnd.date,
            endPrecision: changeEnd.precision,
            note: change.note,
            recordedOn: change.recordedOn,
            position,
          };
        }),
      );
    }
    await tx.delete(eventPlaces).where(eq(eventPlaces.eventId, id));
    if (data.placeIds.length) await tx.insert(eventPlaces).values(data.placeIds.map((placeId) => ({ eventId: id, placeId })));
    await tx.delete(eventParticipants).where(eq(eventParticipants.eventId, id));
    if (data.participants.length) {
      await tx
        .insert(eventParticipants)
        .values(data.participants.map((participant, position) => ({ eventId: id, personId: participant.personId, role: participant.role, position })));
    }
  }
}

/** Unique-index races (two saves at once) become the same field messages as the checks before them. */
async function translateConflicts<T>(work: () => Promise<T>, data: Parsed): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "entities_type_slug_idx")) throw new ValidationError("Đường dẫn này vừa được dùng cho mục khác.", "slug");
    if (isUniqueViolation(error, "events_series_edition_idx") && data.type === "event" && data.edition !== null) throw editionTaken(data.edition);
    throw error;
  }
}

/**
 * Creates an entity with its type's details, inside the caller's transaction
 * when given one. Returns the row, the alias warnings and the paths to revalidate.
 */
export async function createEntity({
  actor,
  input,
  tx,
}: {
  actor: Actor | "system";
  input: NewEntity | Record<string, unknown>;
  tx?: Transaction;
}): Promise<Entity & Omit<SavedEntity, keyof Entity>> {
  if (actor !== "system") assertCan(actor, "entity.create");
  const data = normalize(NewEntitySchema.parse(input));
  const run = async (t: Transaction) => {
    const slug = await resolveSlug(t, data);
    const imageUrl = data.type === "person" ? data.imageUrl : null;
    const [entity] = await t
      .insert(entities)
      .values({ type: data.type, slug, name: data.name, aliases: data.aliases, description: data.description, imageUrl })
      .returning();
    await checkRules(t, entity!.id, data);
    await writeDetails(t, entity!.id, data);
    await addToSearchVocabulary(t, { entityIds: [entity!.id] });
    return { ...entity!, warnings: await findAliasWarnings(t, entity!.id, data.aliases), changedPaths: [entityPath(entity!)] };
  };
  return translateConflicts(() => (tx ? run(tx) : getDb().transaction(run)), data);
}

/**
 * Saves an entity's whole record. A changed slug leaves a redirect behind so
 * the old URL keeps working; both paths are returned for revalidation.
 */
export async function updateEntity({ actor, id, input }: { actor: Actor; id: string; input: EntityInput | Record<string, unknown> }): Promise<SavedEntity> {
  assertCan(actor, "entity.edit");
  const data = normalize(NewEntitySchema.parse(input));
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("Mục này không tồn tại.");
  return translateConflicts(
    () =>
      getDb().transaction(async (tx) => {
        const [current] = await tx.select().from(entities).where(eq(entities.id, id)).for("update");
        if (!current) throw new NotFoundError("Mục này không tồn tại.");
        if (current.type !== data.type) throw new ValidationError("Không thể đổi loại của một mục.", "type");
        const slug = await resolveSlug(tx, data, current);
        await checkRules(tx, id, data);
        const [saved] = await tx
          .update(entities)
          .set({
            slug,
            name: data.name,
            aliases: data.aliases,
            description: data.description,
            imageUrl: data.type === "person" ? data.imageUrl : current.imageUrl,
            updatedAt: new Date(),
          })
          .where(eq(entities.id, id))
          .returning();
        const changedPaths = [entityPath(saved!)];
        if (slug !== current.slug) {
          await recordRedirect(tx, current, id);
          // The new slug may be one this entity answered to before: it is a page again, not a redirect.
          await tx.delete(entityRedirects).where(and(inArray(entityRedirects.type, slugNamespace(current.type)), eq(entityRedirects.slug, slug)));
          changedPaths.push(entityPath(current));
        }
        await writeDetails(tx, id, data);
        await addToSearchVocabulary(tx, { entityIds: [id] });
        return {
          id,
          type: saved!.type,
          slug: saved!.slug,
          name: saved!.name,
          warnings: await findAliasWarnings(tx, id, data.aliases),
          changedPaths,
        };
      }),
    data,
  );
}

/** `from` (its type and slug) now answers with a permanent redirect to `toId`. */
export async function recordRedirect(tx: Transaction, from: { type: EntityType; slug: string }, toId: string) {
  await tx
    .insert(entityRedirects)
    .values({ type: from.type, slug: from.slug, entityId: toId })
    .onConflictDoUpdate({ target: [entityRedirects.type, entityRedirects.slug], set: { entityId: toId, createdAt: new Date() } });
}
