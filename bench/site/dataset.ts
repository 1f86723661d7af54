/**
 * The reader's-site benchmark dataset: `entities` people, places (nested
 * country → province → district → commune), organizations, event series and
 * events with aliases, positions and participants, and `articles` published
 * articles over the past three years in six sections, each tagged with a few
 * of them and bylined by one or two of 40 reporters.
 *
 * Written with COPY in one transaction (all or nothing), the articles table's
 * secondary indexes dropped for the load and rebuilt from their own definitions
 * afterwards, then ANALYZE. A marker table records what was generated, so later
 * runs reuse the data.
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { validateArticleBody } from "@/lib/richtext/validate";
import { plainText } from "@/lib/richtext/plain-text";
import { slugify } from "@/lib/text/slug";
import { generateGraph, prng } from "../dataset";
import { generateArticle, pickSource, type ArticleCast, type ContentEntity } from "./content";

/** Bump when the generator changes what it writes: older datasets are then regenerated. */
export const GENERATOR_VERSION = 1;
const MARKER = "bench_site_dataset";

export interface DatasetOptions {
  url: string;
  articles: number;
  entities: number;
  seed: number;
  /**
   * The database is the benchmark's own (embedded): when it holds a different
   * bench dataset, ensureDataset answers "reset-needed" and the caller recreates it.
   */
  mayReset: boolean;
  log: (line: string) => void;
}

export interface DatasetInfo {
  generated: boolean;
  generationSeconds: number | null;
  articles: number;
  entities: number;
  articleEntityLinks: number;
  /** Articles whose text matches the common words: proof that they are common. */
  matching: Record<string, number>;
  /** Pages the benchmark requests. */
  articleSlug: string;
  entityPath: string;
  generatedAt: string;
}

const SECTIONS = [
  ["thoi-su", "Thời sự"],
  ["quoc-phong", "Quốc phòng"],
  ["doi-ngoai", "Đối ngoại"],
  ["bien-gioi", "Biên giới"],
  ["kinh-te", "Kinh tế"],
  ["van-hoa-xa-hoi", "Văn hóa – Xã hội"],
] as const;

const REPORTER_NAMES =
  "Thu Hà|Minh Anh|Quang Huy|Ngọc Lan|Đức Thắng|Hồng Nhung|Văn Toàn|Thanh Tùng|Bảo Ngọc|Hải Đăng|Khánh Linh|Trọng Nghĩa|Phương Thảo|Tuấn Kiệt|Mai Hương|Việt Dũng|Quỳnh Anh|Hoàng Long|Thúy Vân|Gia Bảo".split(
    "|",
  );
const REPORTER_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm"];

interface EntityRow {
  id: string;
  type: ContentEntity["type"];
  key: string;
  slug: string;
  name: string;
  aliases: string[];
  description: string;
}

/** The entity every benchmark run opens: a minister tagged in about 3% of the articles. */
export const BENCH_ENTITY = { type: "person", slug: "phan-van-giang", path: "/nhan-vat/phan-van-giang" } as const;

// ——— COPY in text format ———

function pgArray(list: string[]) {
  return `{${list.map((item) => `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text =
    value instanceof Date ? value.toISOString() : Array.isArray(value) ? pgArray(value as string[]) : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

async function copyInto(sql: postgres.Sql | postgres.TransactionSql, table: string, columns: string[], rows: Iterable<unknown[]>) {
  function* chunks() {
    let buffer = "";
    for (const row of rows) {
      buffer += `${row.map(copyValue).join("\t")}\n`;
      if (buffer.length > 512 * 1024) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer) yield buffer;
  }
  const writable = await sql.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from(chunks()), writable);
}

// ——— the knowledge graph ———

interface Graph {
  entities: EntityRow[];
  people: { entityId: string; countryId: string | null }[];
  positions: { id: string; personId: string; title: string; rank: string; organizationId: string | null; from: string | null; fromPrecision: string | null; to: string | null; toPrecision: string | null }[];
  places: { entityId: string; kind: string; parentId: string | null }[];
  organizations: { entityId: string; countryId: string | null; parentId: string | null }[];
  events: { entityId: string; seriesId: string | null; edition: number | null; start: string | null; end: string | null; status: string }[];
  eventPlaces: { eventId: string; placeId: string }[];
  eventParticipants: { eventId: string; personId: string; role: string; position: number }[];
  /** What articles are tagged with: people with their current title. */
  cast: { people: ContentEntity[]; places: ContentEntity[]; organizations: ContentEntity[]; events: (ContentEntity & { seriesId: string | null })[] };
  /** The famous few, tagged more often than the rest. */
  stars: { giang: ContentEntity; dongQuan: ContentEntity; borderProvinces: ContentEntity[]; series: ContentEntity; seriesEvents: ContentEntity[]; ministry: ContentEntity };
}

function buildGraph(total: number, seed: number): Graph {
  const graph: Graph = {
    entities: [],
    people: [],
    positions: [],
    places: [],
    organizations: [],
    events: [],
    eventPlaces: [],
    eventParticipants: [],
    cast: { people: [], places: [], organizations: [], events: [] },
    stars: undefined as unknown as Graph["stars"],
  };
  const taken = new Set<string>();
  const slugFor = (type: string, name: string) => {
    const base = slugify(name) || type;
    let slug = base;
    for (let n = 2; taken.has(`${type}:${slug}`); n++) slug = `${base}-${n}`;
    taken.add(`${type}:${slug}`);
    return slug;
  };
  const add = (type: EntityRow["type"], key: string, name: string, aliases: string[], description = ""): ContentEntity => {
    const row: EntityRow = { id: randomUUID(), type, key, slug: slugFor(type, name), name, aliases: [...new Set(aliases)].filter((alias) => alias !== name), description };
    graph.entities.push(row);
    return { id: row.id, type, slug: row.slug, name };
  };
  const position = (personId: string, title: string, rank: string, organizationId: string | null, from: string | null, to: string | null, precision = "day") =>
    graph.positions.push({ id: randomUUID(), personId, title, rank, organizationId, from, fromPrecision: from ? precision : null, to, toPrecision: to ? precision : null });

  // The famous few, with the slugs the benchmark requests.
  const vietNam = add("place", "viet-nam", "Việt Nam", ["Viet Nam", "Vietnam"]);
  const china = add("place", "trung-quoc", "Trung Quốc", ["Trung Quoc", "China", "中国"]);
  graph.places.push({ entityId: vietNam.id, kind: "country", parentId: null }, { entityId: china.id, kind: "country", parentId: null });
  const borderProvinces = ["Lào Cai", "Hà Giang", "Cao Bằng", "Lạng Sơn", "Quảng Ninh", "Điện Biên", "Lai Châu"].map((name) => {
    const place = add("place", slugify(name), name, [slugify(name).replace(/-/g, " "), `tỉnh ${name}`]);
    graph.places.push({ entityId: place.id, kind: "province", parentId: vietNam.id });
    return place;
  });
  const ministry = add("organization", "bqp", "Bộ Quốc phòng", ["Bộ Quốc phòng Việt Nam", "Bo Quoc phong", "Ministry of National Defence"]);
  const ministryCn = add("organization", "bqp-tq", "Bộ Quốc phòng Trung Quốc", ["Bo Quoc phong Trung Quoc", "国防部"]);
  const borderGuard = add("organization", "bdbp", "Bộ Tư lệnh Bộ đội Biên phòng", ["Bo doi Bien phong"]);
  graph.organizations.push(
    { entityId: ministry.id, countryId: vietNam.id, parentId: null },
    { entityId: ministryCn.id, countryId: china.id, parentId: null },
    { entityId: borderGuard.id, countryId: vietNam.id, parentId: ministry.id },
  );
  const giang = { ...add("person", "phan-van-giang", "Phan Văn Giang", ["Phan Van Giang", "Đại tướng Phan Văn Giang"]), title: "Bộ trưởng Bộ Quốc phòng" };
  position(giang.id, "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Thượng tướng", ministry.id, "2016-04-01", "2021-04-01", "month");
  position(giang.id, "Bộ trưởng Bộ Quốc phòng", "Đại tướng", ministry.id, "2021-04-01", null, "month");
  const dongQuan = { ...add("person", "dong-quan", "Đổng Quân", ["Dong Jun", "董军", "Dong Quan"]), title: "Bộ trưởng Bộ Quốc phòng Trung Quốc" };
  position(dongQuan.id, "Bộ trưởng Bộ Quốc phòng Trung Quốc", "Đô đốc", ministryCn.id, "2023-12-01", null, "month");
  const chien = { ...add("person", "hoang-xuan-chien", "Hoàng Xuân Chiến", ["Hoang Xuan Chien"]), title: "Thứ trưởng Bộ Quốc phòng" };
  position(chien.id, "Thứ trưởng Bộ Quốc phòng", "Thượng tướng", ministry.id, "2016-06-01", null, "month");
  for (const person of [giang, chien]) graph.people.push({ entityId: person.id, countryId: vietNam.id });
  graph.people.push({ entityId: dongQuan.id, countryId: china.id });
  const series = add("series", "gl-qpbg", "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc", ["Giao luu huu nghi quoc phong bien gioi"]);
  const seriesEvents = Array.from({ length: 8 }, (_, index) => {
    const edition = index + 1;
    const event = add("event", `gl-qpbg-${edition}`, `${series.name} lần thứ ${edition}`, [`Giao lưu hữu nghị quốc phòng biên giới lần thứ ${edition}`]);
    const year = 2014 + edition + (edition > 5 ? 1 : 0);
    graph.events.push({ entityId: event.id, seriesId: series.id, edition, start: `${year}-04-11`, end: `${year}-04-12`, status: "held" });
    graph.eventPlaces.push({ eventId: event.id, placeId: borderProvinces[index % borderProvinces.length]!.id });
    graph.eventParticipants.push({ eventId: event.id, personId: giang.id, role: "Trưởng đoàn Việt Nam", position: 0 });
    if (edition === 8) graph.eventParticipants.push({ eventId: event.id, personId: dongQuan.id, role: "Trưởng đoàn Trung Quốc", position: 1 });
    return event;
  });
  const famous = graph.entities.length;

  // The rest from the tag-suggestion benchmark's generator: Vietnamese and Chinese names with aliases.
  const { entries } = generateGraph(Math.max(0, total - famous), Math.max(0, total - famous) * 2, seed);
  const ids = new Map<string, ContentEntity>();
  const random = prng(seed + 1);
  const provinces: string[] = [];
  for (const entry of entries) {
    const entity = add(entry.type, entry.key ?? entry.id, entry.name, entry.aliases);
    ids.set(entry.id, entity);
    if (entry.type === "place") {
      const parent = entry.parentId ? ids.get(entry.parentId)?.id : undefined;
      const kind = entry.kind ?? "commune";
      graph.places.push({ entityId: entity.id, kind, parentId: parent ?? (kind === "province" ? vietNam.id : null) });
      if (kind === "province") provinces.push(entity.id);
      graph.cast.places.push(entity);
    } else if (entry.type === "person") {
      const current = entry.positions?.find((p) => p.to === null) ?? entry.positions?.[0];
      for (const p of entry.positions ?? []) position(entity.id, p.title, "", null, p.from, p.to);
      graph.people.push({ entityId: entity.id, countryId: random() < 0.75 ? vietNam.id : china.id });
      graph.cast.people.push({ ...entity, title: current?.title ?? "" });
    } else if (entry.type === "organization") {
      graph.organizations.push({ entityId: entity.id, countryId: random() < 0.85 ? vietNam.id : china.id, parentId: entry.name.startsWith("Bộ ") ? null : random() < 0.3 ? ministry.id : null });
      graph.cast.organizations.push(entity);
    } else if (entry.type === "event") {
      const range = entry.ranges?.[0];
      const seriesId = entry.seriesId ? (ids.get(entry.seriesId)?.id ?? null) : null;
      graph.events.push({ entityId: entity.id, seriesId, edition: entry.edition ?? null, start: range?.from ?? null, end: range?.to ?? null, status: "held" });
      for (const place of entry.places ?? []) {
        const placeId = ids.get(place)?.id;
        if (placeId) graph.eventPlaces.push({ eventId: entity.id, placeId });
      }
      [...new Set(entry.participants ?? [])].forEach((person, index) => {
        const personId = ids.get(person)?.id;
        if (personId) graph.eventParticipants.push({ eventId: entity.id, personId, role: index === 0 ? "Trưởng đoàn" : "", position: index });
      });
      graph.cast.events.push({ ...entity, seriesId });
    }
  }
  graph.stars = { giang, dongQuan, borderProvinces, series, seriesEvents, ministry };
  return graph;
}

// ——— articles ———

/** Skewed towards the start of the list: a few entities get much of the coverage, as in real news. */
const skewed = <T>(list: readonly T[], random: () => number) => list[Math.floor(list.length * random() ** 2.5)]!;

interface ArticleDraft {
  row: unknown[];
  tags: string[];
  authors: string[];
}

function* articleRows(count: number, graph: Graph, sectionIds: string[], reporterIds: string[], seed: number, now: number): Generator<ArticleDraft> {
  const random = prng(seed + 2);
  const threeYears = 3 * 365 * 86_400_000;
  const { stars, cast } = graph;
  for (let i = 0; i < count; i++) {
    // Spread over three years, newest first by index, to the second.
    const publishedAt = new Date(now - Math.floor(((i + random()) / count) * threeYears));
    const people: ContentEntity[] = [];
    if (random() < 0.03) people.push(stars.giang);
    if (random() < 0.015) people.push(stars.dongQuan);
    while (people.length < 1 + Math.floor(random() * 3) && cast.people.length) people.push(skewed(cast.people, random));
    const places: ContentEntity[] = [random() < 0.25 ? stars.borderProvinces[Math.floor(random() * stars.borderProvinces.length)]! : skewed(cast.places, random)];
    if (random() < 0.4 && cast.places.length) places.push(skewed(cast.places, random));
    const organizations = random() < 0.6 && cast.organizations.length ? [random() < 0.2 ? stars.ministry : skewed(cast.organizations, random)] : [];
    const events: ContentEntity[] = [];
    const series: string[] = [];
    if (random() < 0.05) {
      events.push(stars.seriesEvents[Math.floor(random() * stars.seriesEvents.length)]!);
      series.push(stars.series.id);
    } else if (random() < 0.2 && cast.events.length) {
      const event = skewed(cast.events, random);
      events.push(event);
      if (event.seriesId) series.push(event.seriesId);
    }
    const castOf: ArticleCast = { people, places, organizations, events };
    const article = generateArticle(castOf, publishedAt, random);
    const id = randomUUID();
    const base = slugify(article.title).slice(0, 80).replace(/-+[^-]*$/, "") || "bai-viet";
    const slug = `${base}-${(i + 1).toString(36)}`;
    const tags = [...new Set([...people, ...places, ...organizations, ...events].map((entity) => entity.id).concat(series))];
    const authors = [reporterIds[Math.floor(random() * reporterIds.length)]!];
    if (random() < 0.2) {
      const second = reporterIds[Math.floor(random() * reporterIds.length)]!;
      if (second !== authors[0]) authors.push(second);
    }
    yield {
      row: [
        id,
        slug,
        article.title,
        article.sapo,
        article.body,
        plainText(article.body),
        "published",
        publishedAt,
        sectionIds[Math.floor(random() * sectionIds.length)]!,
        authors[0],
        pickSource(random),
        publishedAt,
        publishedAt,
      ],
      tags,
      authors,
    };
  }
}

// ——— the marker and the whole run ———

interface Marker {
  articles: number;
  entities: number;
  seed: number;
  version: number;
  seconds: number;
  article_slug: string;
  generated_at: Date;
}

async function readMarker(sql: postgres.Sql): Promise<Marker | null> {
  const [exists] = await sql<{ ok: boolean }[]>`select to_regclass(${MARKER}) is not null as ok`;
  if (!exists?.ok) return null;
  const [row] = await sql.unsafe<Marker[]>(`select * from ${MARKER} limit 1`);
  return row ?? null;
}

/** True when the database holds anything a newsroom wrote: then it is not ours to fill. */
async function hasContent(sql: postgres.Sql) {
  const [row] = await sql<{ any: boolean }[]>`select exists (select 1 from users) or exists (select 1 from articles) or exists (select 1 from entities) as any`;
  return row?.any ?? false;
}

/**
 * Makes sure the database at `url` holds the dataset asked for, generating it
 * into an empty database. When it holds a different bench dataset: "reset-needed"
 * if `mayReset` (the caller recreates the database), else an error. A database
 * holding anything else (someone's newsroom) is never touched.
 */
export async function ensureDataset(options: DatasetOptions): Promise<DatasetInfo | "reset-needed"> {
  const sql = postgres(options.url, { max: 1, onnotice: () => {} });
  try {
    const marker = await readMarker(sql);
    const wanted = (m: Marker) => m.articles === options.articles && m.entities === options.entities && m.seed === options.seed && m.version === GENERATOR_VERSION;
    let generated = false;
    let seconds: number | null = null;
    if (marker && wanted(marker)) {
      options.log(`dataset present (generated ${marker.generated_at.toISOString()} in ${marker.seconds.toFixed(0)} s): reusing it`);
    } else {
      if (marker || (await hasContent(sql))) {
        if (!marker) {
          throw new Error(
            "the benchmark database already holds a newsroom that the benchmark did not generate; point DATABASE_URL at an empty database (or unset it to use the embedded one in .bench-data/site)",
          );
        }
        if (options.mayReset) return "reset-needed";
        throw new Error(
          `the database at DATABASE_URL holds another bench dataset (${marker.articles} articles, ${marker.entities} entities, generator v${marker.version}); drop and recreate it, or run with the same sizes`,
        );
      }
      const started = performance.now();
      await generate(sql, options);
      seconds = (performance.now() - started) / 1000;
      await sql.unsafe(`update ${MARKER} set seconds = ${seconds}`);
      generated = true;
      options.log(`dataset generated in ${seconds.toFixed(1)} s`);
    }
    return { generated, generationSeconds: seconds ?? marker?.seconds ?? null, ...(await describe(sql)) };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function describe(sql: postgres.Sql) {
  const [marker] = await sql.unsafe<Marker[]>(`select * from ${MARKER} limit 1`);
  const [counts] = await sql<{ articles: number; entities: number; links: number }[]>`
    select (select count(*)::int from articles) as articles, (select count(*)::int from entities) as entities, (select count(*)::int from article_entities) as links`;
  const matching: Record<string, number> = {};
  for (const words of ["Việt Nam", "quốc phòng"]) {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from articles where search_vector @@ websearch_to_tsquery('simple', immutable_unaccent(lower(${words})))`;
    matching[words] = row?.n ?? 0;
  }
  return {
    articles: counts!.articles,
    entities: counts!.entities,
    articleEntityLinks: counts!.links,
    matching,
    articleSlug: marker!.article_slug,
    entityPath: BENCH_ENTITY.path,
    generatedAt: marker!.generated_at.toISOString(),
  };
}

async function generate(sql: postgres.Sql, options: DatasetOptions) {
  const { log } = options;
  const now = Date.now();
  const graph = buildGraph(options.entities, options.seed);
  log(`generating ${graph.entities.length.toLocaleString("en")} entities and ${options.articles.toLocaleString("en")} articles…`);

  // Every body must be one the editor could have saved: check a sample with the real validator.
  {
    const sample = articleRows(Math.min(200, options.articles), graph, [randomUUID()], [randomUUID()], options.seed, now);
    for (const draft of sample) {
      const result = validateArticleBody(draft.row[4]);
      if (!result.ok) throw new Error(`generated body refused by the editor schema: ${result.error}`);
    }
  }

  await sql.begin(async (tx) => {
    await tx.unsafe("set local maintenance_work_mem = '512MB'");
    await tx.unsafe("set local synchronous_commit = off");

    const reporterIds: string[] = [];
    const reporters = REPORTER_NAMES.flatMap((given, index) => [`${REPORTER_SURNAMES[index % 4]} ${given}`, `${REPORTER_SURNAMES[(index + 1) % 4]} ${given}`]);
    await copyInto(
      tx,
      "users",
      ["id", "email", "display_name", "password_hash", "role", "slug"],
      reporters.map((name, index) => {
        const id = randomUUID();
        reporterIds.push(id);
        // No password can match this hash: the bylines exist, the accounts cannot sign in.
        return [id, `phongvien${index + 1}@bench.toasoan.local`, name, "!bench-no-login", "writer", `${slugify(name)}-${index + 1}`];
      }),
    );
    const sectionIds = SECTIONS.map(() => randomUUID());
    await copyInto(tx, "sections", ["id", "slug", "name", "position"], SECTIONS.map(([slug, name], index) => [sectionIds[index], slug, name, index]));

    await copyInto(tx, "entities", ["id", "type", "key", "slug", "name", "aliases", "description"], graph.entities.map((e) => [e.id, e.type, e.key, e.slug, e.name, e.aliases, e.description]));
    await copyInto(tx, "people", ["entity_id", "country_id"], graph.people.map((p) => [p.entityId, p.countryId]));
    await copyInto(
      tx,
      "positions",
      ["id", "person_id", "title", "rank", "organization_id", "from_date", "from_precision", "to_date", "to_precision"],
      graph.positions.map((p) => [p.id, p.personId, p.title, p.rank, p.organizationId, p.from, p.fromPrecision, p.to, p.toPrecision]),
    );
    // Parents before children: the generator lists them in that order.
    await copyInto(tx, "places", ["entity_id", "kind", "parent_id"], graph.places.map((p) => [p.entityId, p.kind, p.parentId]));
    await copyInto(tx, "organizations", ["entity_id", "country_id", "parent_id"], graph.organizations.map((o) => [o.entityId, o.countryId, o.parentId]));
    await copyInto(
      tx,
      "events",
      ["entity_id", "series_id", "edition", "start_date", "start_precision", "end_date", "end_precision", "status"],
      graph.events.map((e) => [e.entityId, e.seriesId, e.edition, e.start, e.start ? "day" : null, e.end, e.end ? "day" : null, e.status]),
    );
    await copyInto(tx, "event_places", ["event_id", "place_id"], graph.eventPlaces.map((p) => [p.eventId, p.placeId]));
    await copyInto(tx, "event_participants", ["event_id", "person_id", "role", "position"], graph.eventParticipants.map((p) => [p.eventId, p.personId, p.role, p.position]));
    log(`  entities written`);

    // Secondary indexes are rebuilt once at the end, from their own definitions (faster than 100k GIN updates).
    const indexes = await tx<{ name: string; definition: string }[]>`
      select i.relname as name, pg_get_indexdef(i.oid) as definition
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      where t.relname in ('articles', 'article_entities', 'article_authors') and t.relnamespace = 'public'::regnamespace
        and not x.indisunique and not x.indisprimary`;
    for (const index of indexes) await tx.unsafe(`drop index "${index.name}"`);

    const tags: unknown[][] = [];
    const bylines: unknown[][] = [];
    let firstSlug = "";
    const started = performance.now();
    let written = 0;
    const rows = (function* () {
      for (const draft of articleRows(options.articles, graph, sectionIds, reporterIds, options.seed, now)) {
        const articleId = draft.row[0];
        if (!firstSlug) firstSlug = draft.row[1] as string;
        draft.tags.forEach((entityId, position) => tags.push([articleId, entityId, position]));
        draft.authors.forEach((userId, position) => bylines.push([articleId, userId, position]));
        written += 1;
        if (written % 20_000 === 0) log(`  ${written.toLocaleString("en")} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`);
        yield draft.row;
      }
    })();
    await copyInto(
      tx,
      "articles",
      ["id", "slug", "title", "sapo", "body", "body_text", "status", "published_at", "section_id", "author_id", "source", "created_at", "updated_at"],
      rows,
    );
    await copyInto(tx, "article_entities", ["article_id", "entity_id", "position"], tags);
    await copyInto(tx, "article_authors", ["article_id", "user_id", "position"], bylines);
    log(`  articles written in ${((performance.now() - started) / 1000).toFixed(0)} s; rebuilding ${indexes.length} indexes…`);
    const indexStart = performance.now();
    for (const index of indexes) await tx.unsafe(index.definition);
    log(`  indexes rebuilt in ${((performance.now() - indexStart) / 1000).toFixed(0)} s`);

    // The benchmark's article: the newest, tagged with the minister so the page has people, titles and places.
    await tx.unsafe(`create table ${MARKER} (articles int not null, entities int not null, seed int not null, version int not null, seconds double precision not null, article_slug text not null, generated_at timestamptz not null default now())`);
    const [pick] = await tx<{ slug: string }[]>`
      select a.slug from articles a join article_entities ae on ae.article_id = a.id and ae.entity_id = ${graph.stars.giang.id}
      order by a.published_at desc limit 1`;
    await tx`insert into ${tx(MARKER)} (articles, entities, seed, version, seconds, article_slug) values (${options.articles}, ${options.entities}, ${options.seed}, ${GENERATOR_VERSION}, 0, ${pick?.slug ?? firstSlug})`;
  });
  log("  analyzing…");
  await sql.unsafe("vacuum (analyze) articles, article_entities, article_authors, entities, positions, places, organizations, events, event_places, event_participants, users, sections");
  // COPY bypasses the app's publishing hooks: the words search corrects typos to are gathered as `npm run cms -- search:reindex` does.
  log("  the search vocabulary…");
  const words = await withAppDatabase(options.url, async () => (await import("@/lib/search/vocabulary")).rebuildSearchVocabulary());
  log(`  ${words} words`);
}

/** Runs `work` with the app's own database module (`@/db`) pointed at `url`, then closes its pool and restores DATABASE_URL. */
export async function withAppDatabase<T>(url: string, work: () => Promise<T>): Promise<T> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const { closeDb } = await import("@/db");
  try {
    return await work();
  } finally {
    await closeDb();
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

/**
 * Readership counts, when the schema has them (lib/readership): the newest 3,000
 * articles get hourly views over the last week, skewed so a few lead. Redone on
 * every run because "the last week" moves; a few seconds, set-based.
 */
export async function refreshViewCounts(url: string, log: (line: string) => void) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [table] = await sql<{ ok: boolean }[]>`
      select count(*) = 3 as ok from information_schema.columns
      where table_schema = 'public' and table_name = 'article_view_counts' and column_name in ('article_id', 'hour', 'views')`;
    if (!table?.ok) return false;
    await sql.begin(async (tx) => {
      await tx`delete from article_view_counts where true`;
      await tx`
        insert into article_view_counts (article_id, hour, views)
        select a.id, h.hour, 1 + floor(random() * 400 / (1 + a.rn / 50.0))::int
        from (select id, row_number() over (order by published_at desc) as rn from articles where status = 'published' order by published_at desc limit 3000) a
        cross join lateral (
          select date_trunc('hour', now()) - make_interval(hours => g) as hour
          from generate_series(0, 167) g where random() < 0.25
        ) h`;
    });
    await sql`analyze article_view_counts`;
    log("readership counts refreshed (newest 3,000 articles, last 7 days)");
    return true;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
