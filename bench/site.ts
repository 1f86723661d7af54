/**
 * `npm run bench -- site`: the reader's site under load.
 *
 *  1. A dataset (bench/site/dataset.ts) of 100,000 published articles and
 *     20,000 entities in its own embedded PostgreSQL in .bench-data/site (or
 *     DATABASE_URL when set), generated once and kept.
 *  2. The production app (scripts/start.ts: build when stale, then scripts/serve.mjs).
 *  3. wrk, one thread and 10 connections, against the home page, one article
 *     again and again (cached), thousands of different articles (uncached,
 *     rendered from the database), an entity page, a mix of seven searches
 *     repeated (answered by the response cache after the first) and thousands
 *     of distinct searches (every one reaching PostgreSQL); and
 *     against the same article's HTML as a static file served by nginx with one
 *     worker: the ratio to that baseline is the figure.
 *  4. The article page's JavaScript, compressed.
 *  5. Lighthouse (mobile) on the home and the article page.
 *
 * Prints a table, writes every figure to bench/results/site.json, and stops
 * Next.js, nginx and PostgreSQL on the way out, Ctrl-C included.
 *
 * Options: --articles N (100000), --entities N (20000), --duration S (15),
 * --connections N (10), --warmup S (3), --lighthouse-runs N (3), --no-lighthouse,
 * --dataset-only (generate or check the dataset, then stop).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { prng } from "./dataset";
import { cpuSeconds, startApp, type AppServer } from "./site/app-server";
import { ensureDataset, refreshViewCounts, withAppDatabase, type DatasetInfo } from "./site/dataset";
import { LIGHTHOUSE_CATEGORIES, chromiumPath, runLighthouse, type LighthouseResult } from "./site/lighthouse";
import { measurePageJs, type PageJs } from "./site/page-js";
import { logOffset, logSlowStatements, readSlowStatements, type SlowStatement } from "./site/slow-statements";
import { startStaticServer, type StaticServer } from "./site/static-server";
import { runWrk, wrkAvailable, type LoadResult } from "./site/wrk";

const root = path.resolve(import.meta.dirname, "..");

/** The searches readers type: the two commonest words, an unaccented name, a quoted phrase, a typo, a rarer pair. */
export const SEARCH_QUERIES = ["Việt Nam", "quốc phòng", "phan van giang", '"biên giới"', "Phan Văn Gaing", "Lào Cai hợp tác", "Đổng Quân"];

export const TARGETS = {
  cachedArticleRatio: 1 / 25,
  cachedArticleP99Ms: 30,
  uncachedArticleRatio: 1 / 150,
  searchP95Ms: 50,
  articleJsKb: 100,
  lighthousePerformance: 98,
} as const;

interface Options {
  articles: number;
  entities: number;
  seed: number;
  duration: number;
  connections: number;
  warmup: number;
  lighthouseRuns: number;
  lighthouse: boolean;
  datasetOnly: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (index < 0) return fallback;
    const raw = argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1];
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number (got ${raw ?? "nothing"})`);
    return parsed;
  };
  const options = {
    articles: value("articles", 100_000),
    entities: value("entities", 20_000),
    seed: value("seed", 42),
    duration: value("duration", 15),
    connections: value("connections", 10),
    warmup: value("warmup", 3),
    lighthouseRuns: value("lighthouse-runs", 3),
    lighthouse: !argv.includes("--no-lighthouse"),
    datasetOnly: argv.includes("--dataset-only"),
  };
  if (options.articles < 100 || options.entities < 100) throw new Error("--articles and --entities must be at least 100");
  if (options.duration < 1 || options.connections < 1) throw new Error("--duration and --connections must be at least 1");
  return options;
}

/** Things to stop, newest first: a synchronous kill for signals and process exit, an orderly stop otherwise. */
class Cleanup {
  private items: { name: string; kill: () => void; stop: () => Promise<void> }[] = [];
  add(name: string, kill: () => void, stop: () => Promise<void>) {
    this.items.push({ name, kill, stop });
  }
  killAll() {
    for (const item of [...this.items].reverse()) {
      try {
        item.kill();
      } catch {
        // already gone
      }
    }
  }
  async stopAll() {
    for (let item = this.items.pop(); item; item = this.items.pop()) {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 20_000).unref());
      await Promise.race([item.stop().catch((error: unknown) => console.error(`  (stopping ${item!.name}: ${String(error)})`)), timeout]);
    }
  }
}

interface LoadRow {
  id: string;
  label: string;
  url: string;
  result: LoadResult;
  /** Requests per second divided by the static baseline's. */
  ratio: number | null;
  /** Cores used during the run by the app (launcher + Next.js) and by PostgreSQL. */
  appCores: number | null;
  dbCores: number | null;
}

interface SearchTiming {
  query: string;
  /** The article search and the entity search shown above it, each alone. */
  articlesP50: number;
  articlesP95: number;
  entitiesP50: number;
  entitiesP95: number;
  samples: number;
  total: number;
  fuzzy: boolean;
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const log = (line: string) => console.log(`  · ${line}`);

/** The search functions themselves, in this process, one query at a time: what a search costs before any queueing. */
async function timeSearchFunctions(url: string): Promise<SearchTiming[]> {
  return withAppDatabase(url, async () => {
    const { searchArticles, searchEntitiesPublic } = await import("@/lib/search");
    const out: SearchTiming[] = [];
    const timed = async <T>(work: () => Promise<T>, into: number[], keep: boolean) => {
      const start = performance.now();
      const result = await work();
      if (keep) into.push(performance.now() - start);
      return result;
    };
    for (const query of SEARCH_QUERIES) {
      const articles: number[] = [];
      const entities: number[] = [];
      let total = 0;
      let fuzzy = false;
      // 20 timed rounds after one to warm up, or fewer (at least 2) when a query is slow.
      const started = performance.now();
      for (let i = 0; i <= 20 && (i <= 2 || performance.now() - started < 10_000); i++) {
        const keep = i >= 1;
        const result = await timed(() => searchArticles({ q: query }), articles, keep);
        await timed(() => searchEntitiesPublic(query), entities, keep);
        total = result.total;
        fuzzy = result.fuzzy;
      }
      out.push({
        query,
        articlesP50: round(percentile(articles, 0.5)),
        articlesP95: round(percentile(articles, 0.95)),
        entitiesP50: round(percentile(entities, 0.5)),
        entitiesP95: round(percentile(entities, 0.95)),
        samples: articles.length,
        total,
        fuzzy,
      });
    }
    return out;
  });
}

/** Statements slower than this are logged by the embedded server and summarized after the load. */
const SLOW_STATEMENT_MS = 25;

async function openBenchDatabase(
  options: Options,
  dataDir: string,
  cleanup: Cleanup,
): Promise<{ url: string; postmasterPid: () => number | undefined; dataset: DatasetInfo; logFile: string | null }> {
  const external = process.env.DATABASE_URL?.trim();
  let url: string;
  let clusterDir: string | undefined;
  if (external) {
    url = external;
    log("using DATABASE_URL");
  } else {
    const database = `site_a${options.articles}_e${options.entities}_s${options.seed}`;
    const server = await startEmbeddedPostgres({ dataDir, database, log });
    clusterDir = path.join(dataDir, "postgres");
    const pid = postmasterPid(clusterDir);
    cleanup.add(
      "PostgreSQL",
      () => {
        if (server.startedHere && pid) process.kill(pid, "SIGINT");
      },
      () => server.stop(),
    );
    url = server.url;
    log(`embedded PostgreSQL in ${dataDir}, database ${database}${server.startedHere ? "" : " (already running: reusing it)"}`);
  }
  for (let attempt = 0; ; attempt++) {
    await runMigrations(url);
    const dataset = await ensureDataset({ url, articles: options.articles, entities: options.entities, seed: options.seed, mayReset: !external && attempt === 0, log });
    if (dataset !== "reset-needed") {
      await refreshViewCounts(url, log);
      // Our own database only: a DATABASE_URL server's settings are not ours to change.
      if (!external) await logSlowStatements(url, SLOW_STATEMENT_MS);
      return { url, postmasterPid: () => (clusterDir ? postmasterPid(clusterDir) : undefined), dataset, logFile: external ? null : path.join(dataDir, "postgres.log") };
    }
    log("the bench database holds an older dataset: recreating it");
    const admin = new URL(url);
    const name = decodeURIComponent(admin.pathname.slice(1));
    admin.pathname = "/postgres";
    const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    try {
      await sql.unsafe(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
      await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
    } finally {
      await sql.end();
    }
  }
}

function postmasterPid(clusterDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Cores busy (all processes) over a short interval, from /proc/stat: is anything else running? */
async function busyCores(ms: number): Promise<number> {
  const sample = () => {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + (fields[4] ?? 0);
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  try {
    const first = sample();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const second = sample();
    const total = second.total - first.total;
    return total > 0 ? round((1 - (second.idle - first.idle) / total) * os.cpus().length, 2) : 0;
  } catch {
    return 0;
  }
}

async function randomSlugs(url: string, exclude: string, count: number): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ slug: string }[]>`select slug from articles where status = 'published' and slug <> ${exclude} order by random() limit ${count}`;
    return rows.map((row) => row.slug);
  } finally {
    await sql.end();
  }
}

/**
 * Searches no reader has made yet: one to three of the 400 commonest words of
 * public titles and sapos (search_words), drawn with a fixed seed. The query
 * mix repeats seven searches, which the response cache answers after the
 * first; these reach the search every time.
 */
async function distinctSearchPaths(url: string, count: number): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const words = (await sql<{ word: string }[]>`select word from search_words where length(word) > 1 order by ndoc desc, word limit 400`).map((row) => row.word);
    if (words.length === 0) return [];
    const random = prng(0x2a); // the same queries on every run
    const queries = new Set<string>();
    for (let attempt = 0; queries.size < count && attempt < count * 20; attempt++) {
      const size = random() < 0.2 ? 1 : random() < 0.75 ? 2 : 3;
      queries.add(Array.from({ length: size }, () => words[Math.floor(random() * words.length)]!).join(" "));
    }
    return [...queries].map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`);
  } finally {
    await sql.end();
  }
}

async function fetchPage(base: string, pathname: string) {
  const response = await fetch(`${base}${pathname}`);
  const html = await response.text();
  if (!response.ok) throw new Error(`GET ${pathname}: HTTP ${response.status}`);
  return { html, cache: response.headers.get("x-nextjs-cache"), cacheControl: response.headers.get("cache-control") };
}

export interface SiteReport {
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; busyCoresBefore: number };
  options: Options;
  startedAt: string;
  dataset: DatasetInfo;
  staticServer: StaticServer["kind"];
  articlePath: string;
  entityPath: string;
  headers: Record<string, { xNextjsCache: string | null; cacheControl: string | null }>;
  load: LoadRow[];
  searchOneConnection: LoadResult | null;
  searchFunctions: SearchTiming[];
  /** Statements over SLOW_STATEMENT_MS during the load (embedded database only), slowest total first. */
  slowStatements: SlowStatement[] | null;
  articleJs: PageJs;
  lighthouse: Record<string, LighthouseResult | { url: string; error: string }> | null;
  checks: { target: string; value: string; pass: boolean }[];
}

/** The report, or null with --dataset-only. Throws on a setup problem (wrk or Chromium missing, the app not starting). */
export async function runSiteBench(argv = process.argv.slice(2)): Promise<SiteReport | null> {
  const options = parseOptions(argv);
  if (!wrkAvailable()) throw new Error("wrk is missing: apt-get install -y wrk");
  if (options.lighthouse && !chromiumPath()) throw new Error("Chromium is missing for Lighthouse: apt-get install -y chromium (or pass --no-lighthouse)");

  const dataDir = path.join(root, ".bench-data", "site");
  mkdirSync(dataDir, { recursive: true });
  const workDir = mkdtempSync(path.join(os.tmpdir(), "toasoan-site-bench-"));
  // nginx's workers (as "nobody" when run by root) must be able to enter it to reach the static page.
  chmodSync(workDir, 0o711);
  const cleanup = new Cleanup();
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the app, the static server and PostgreSQL…`);
    cleanup.killAll();
    void cleanup.stopAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  const onExit = () => cleanup.killAll();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", onExit);

  const cpus = os.cpus();
  const startedAt = new Date().toISOString();
  try {
    console.log(`  dataset: ${options.articles.toLocaleString("en")} articles, ${options.entities.toLocaleString("en")} entities`);
    const db = await openBenchDatabase(options, dataDir, cleanup);
    const { dataset } = db;
    log(`${dataset.articles.toLocaleString("en")} articles, ${dataset.entities.toLocaleString("en")} entities, ${dataset.articleEntityLinks.toLocaleString("en")} tags`);
    log(`articles matching "Việt Nam": ${dataset.matching["Việt Nam"]?.toLocaleString("en")}, "quốc phòng": ${dataset.matching["quốc phòng"]?.toLocaleString("en")}`);
    if (options.datasetOnly) return null;

    log("timing the search functions in-process…");
    const searchFunctions = await timeSearchFunctions(db.url);

    log("starting the app (builds first when the build is stale)…");
    const serverLog = path.join(dataDir, "server.log");
    writeFileSync(serverLog, "");
    const app: AppServer = await startApp(root, db.url, dataDir, serverLog);
    cleanup.add(
      "the app",
      () => process.kill(-app.pgid, "SIGTERM"),
      () => app.stop(),
    );
    log(`app on ${app.base} (log: ${serverLog})`);

    const articlePath = `/bai-viet/${dataset.articleSlug}`;
    const entityPath = dataset.entityPath;
    // Twice each: the second answer shows whether the page is served from a cache.
    const headers: SiteReport["headers"] = {};
    for (const pathname of ["/", articlePath, entityPath]) {
      await fetchPage(app.base, pathname);
      const again = await fetchPage(app.base, pathname);
      headers[pathname] = { xNextjsCache: again.cache, cacheControl: again.cacheControl };
    }
    const article = await fetchPage(app.base, articlePath);
    const articleJs = await measurePageJs(app.base, article.html);
    log(`article page: ${article.html.length.toLocaleString("en")} bytes of HTML, ${articleJs.files.length} scripts`);

    const staticServer = await startStaticServer(path.join(workDir, "static"), article.html);
    cleanup.add(
      "the static server",
      () => {},
      () => staticServer.stop(),
    );
    log(`static baseline: ${staticServer.kind} on ${staticServer.base}`);

    const pool = await randomSlugs(db.url, dataset.articleSlug, Math.min(40_000, dataset.articles - 1));
    const warmPool = pool.splice(0, Math.min(2_000, Math.floor(pool.length / 5))).map((slug) => `/bai-viet/${slug}`);
    const coldPool = pool.map((slug) => `/bai-viet/${slug}`);
    const searchPaths = SEARCH_QUERIES.map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`);
    const distinctSearches = await distinctSearchPaths(db.url, 6_000);
    const [distinctWarm, distinctLoad, distinctOne] = [distinctSearches.slice(0, 500), distinctSearches.slice(500, 4_000), distinctSearches.slice(4_000)];

    const pg = () => db.postmasterPid();
    const measure = async (id: string, label: string, base: string, paths: string[], warmPaths: string[], opts: { countCache?: boolean; connections?: number; appGroup?: number; cpuParent?: number } = {}) => {
      const connections = opts.connections ?? options.connections;
      if (options.warmup > 0) await runWrk({ base, paths: warmPaths, seconds: options.warmup, connections, workDir, name: `${id}-warmup` });
      const pgPid = pg();
      const before = { app: opts.appGroup ? cpuSeconds({ pgid: opts.appGroup }) : opts.cpuParent ? cpuSeconds({ parent: opts.cpuParent }) : 0, db: pgPid ? cpuSeconds({ parent: pgPid }) : 0 };
      const result = await runWrk({ base, paths, seconds: options.duration, connections, countCache: opts.countCache, workDir, name: id });
      const after = { app: opts.appGroup ? cpuSeconds({ pgid: opts.appGroup }) : opts.cpuParent ? cpuSeconds({ parent: opts.cpuParent }) : 0, db: pgPid ? cpuSeconds({ parent: pgPid }) : 0 };
      const row: LoadRow = {
        id,
        label,
        url: paths.length === 1 ? paths[0]! : `${paths.length.toLocaleString("en")} URLs, e.g. ${paths[0]}`,
        result,
        ratio: null,
        appCores: opts.appGroup || opts.cpuParent ? round((after.app - before.app) / result.seconds, 2) : null,
        dbCores: pgPid ? round((after.db - before.db) / result.seconds, 2) : null,
      };
      const errors = Object.values(result.errors).reduce((a, b) => a + b, 0);
      log(`${label}: ${result.rps >= 10 ? round(result.rps, 0) : round(result.rps, 1)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms${errors ? `, ${errors} errors` : ""}`);
      return row;
    };

    console.log(`  load: wrk, 1 thread, ${options.connections} connections, ${options.duration} s per target (after ${options.warmup} s of warm-up)`);
    // Anything else busy on the machine skews the ratios (the baseline most of all): say so.
    const busyBefore = await busyCores(1000);
    if (busyBefore > 0.3) log(`warning: ${busyBefore} cores busy with other work just before the load: the figures will be skewed`);
    const nginxPid = staticServer.kind === "nginx" ? Number(readFileSync(path.join(workDir, "static", "nginx.pid"), "utf8").trim()) : undefined;
    const load: LoadRow[] = [];
    const logStart = db.logFile ? logOffset(db.logFile) : 0;
    load.push(await measure("static", `static file (${staticServer.kind})`, staticServer.base, [staticServer.path], [staticServer.path], { cpuParent: nginxPid }));
    load.push(await measure("home", "home /", app.base, ["/"], ["/"], { appGroup: app.pgid }));
    load.push(await measure("article-cached", "article, same URL", app.base, [articlePath], [articlePath], { appGroup: app.pgid }));
    load.push(await measure("article-uncached", "article, rotating (uncached)", app.base, coldPool, warmPool, { appGroup: app.pgid, countCache: true }));
    load.push(await measure("entity", "entity page", app.base, [entityPath], [entityPath], { appGroup: app.pgid }));
    load.push(await measure("search", "search, query mix (repeated)", app.base, searchPaths, searchPaths, { appGroup: app.pgid }));
    load.push(await measure("search-distinct", "search, distinct queries", app.base, distinctLoad, distinctWarm, { appGroup: app.pgid }));
    const staticRps = load[0]!.result.rps;
    for (const row of load) row.ratio = row.result.rps / staticRps;
    const searchOne = await measure("search-1conn", "search, distinct, 1 connection", app.base, distinctOne, distinctWarm, { appGroup: app.pgid, connections: 1 });
    const slowStatements = db.logFile ? readSlowStatements(db.logFile, logStart) : null;

    let lighthouse: SiteReport["lighthouse"] = null;
    if (options.lighthouse) {
      lighthouse = {};
      for (const [name, pathname] of [
        ["home", "/"],
        ["article", articlePath],
      ] as const) {
        log(`Lighthouse (mobile) on ${pathname}, ${options.lighthouseRuns} run(s)…`);
        try {
          lighthouse[name] = await runLighthouse(root, `${app.base}${pathname}`, workDir, name, Math.max(1, options.lighthouseRuns));
        } catch (error) {
          // The load figures stand on their own: report the failure and keep them.
          lighthouse[name] = { url: `${app.base}${pathname}`, error: error instanceof Error ? error.message : String(error) };
          log(`Lighthouse failed on ${pathname}: ${lighthouse[name].error}`);
        }
      }
    }

    const report: SiteReport = {
      machine: { cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, platform: `${os.platform()} ${os.arch()}`, busyCoresBefore: busyBefore },
      options,
      startedAt,
      dataset,
      staticServer: staticServer.kind,
      articlePath,
      entityPath,
      headers,
      load,
      searchOneConnection: searchOne.result,
      searchFunctions,
      slowStatements,
      articleJs,
      lighthouse,
      checks: checks(load, articleJs, lighthouse, options.connections),
    };
    print(report);
    const out = path.join(root, "bench", "results", "site.json");
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n  Every figure: ${path.relative(process.cwd(), out) || out}`);
    return report;
  } finally {
    await cleanup.stopAll();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("exit", onExit);
    if (existsSync(workDir)) rmSync(workDir, { recursive: true, force: true });
  }
}

function checks(load: LoadRow[], js: PageJs, lighthouse: SiteReport["lighthouse"], connections: number): SiteReport["checks"] {
  const row = (id: string) => load.find((r) => r.id === id)!;
  const clean = (r: LoadRow) => Object.values(r.result.errors).reduce((a, b) => a + b, 0) === 0;
  const fraction = (ratio: number | null) => (ratio ? `1/${round(1 / ratio, 1)}` : "0 req/s");
  const cached = row("article-cached");
  const uncached = row("article-uncached");
  const search = row("search");
  const distinct = row("search-distinct");
  const latency = (r: LoadRow, key: "p95" | "p99") =>
    r.result.requests - r.result.errors.timeout <= 0 ? `none completed (${r.result.errors.timeout} timed out at 10 s)` : `${r.result.latencyMs[key]} ms`;
  const out: SiteReport["checks"] = [
    { target: "cached article ≥ 1/25 of static req/s", value: fraction(cached.ratio), pass: clean(cached) && (cached.ratio ?? 0) >= TARGETS.cachedArticleRatio },
    { target: "cached article p99 < 30 ms", value: latency(cached, "p99"), pass: clean(cached) && cached.result.latencyMs.p99 < TARGETS.cachedArticleP99Ms },
    { target: "uncached article ≥ 1/150 of static req/s", value: fraction(uncached.ratio), pass: clean(uncached) && (uncached.ratio ?? 0) >= TARGETS.uncachedArticleRatio },
    { target: `search p95 < 50 ms, repeated mix (${connections} conn.)`, value: latency(search, "p95"), pass: clean(search) && search.result.latencyMs.p95 < TARGETS.searchP95Ms },
    { target: `search p95 < 50 ms, distinct (${connections} conn.)`, value: latency(distinct, "p95"), pass: clean(distinct) && distinct.result.latencyMs.p95 < TARGETS.searchP95Ms },
    { target: "article page JS < 100 KB gzip", value: `${round(js.gzip / 1024)} KB`, pass: js.gzip < TARGETS.articleJsKb * 1024 },
  ];
  for (const [page, result] of Object.entries(lighthouse ?? {})) {
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const wanted = category === "performance" ? TARGETS.lighthousePerformance : 100;
      const score = "error" in result ? null : result.scores[category];
      out.push({ target: `Lighthouse ${page} ${category} ≥ ${wanted}`, value: score === null ? "error" : String(score), pass: score !== null && score >= wanted });
    }
  }
  return out;
}

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((r) => r[column]!.length)));
  for (const [index, r] of rows.entries()) {
    console.log(`  ${r.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")}`);
    if (index === 0) console.log(`  ${widths.map((w) => "─".repeat(w)).join("  ")}`);
  }
}

function print(report: SiteReport) {
  const { machine, dataset } = report;
  console.log(`\n  Machine: ${machine.cpu}, ${machine.cores} cores; the app is one Node.js process, nginx one worker, wrk one thread on the same machine.`);
  console.log(
    `  Dataset: ${dataset.articles.toLocaleString("en")} articles, ${dataset.entities.toLocaleString("en")} entities` +
      (dataset.generationSeconds !== null ? ` (generated in ${round(dataset.generationSeconds, 0)} s${dataset.generated ? "" : ", earlier run"})` : ""),
  );
  console.log(`  Article: ${report.articlePath}   entity: ${report.entityPath}`);
  console.log(
    `  Cache headers (second request): ${Object.entries(report.headers)
      .map(([p, h]) => `${p === "/" ? "home" : p.split("/")[1]} ${h.xNextjsCache ?? "no x-nextjs-cache"}${h.cacheControl ? ` (${h.cacheControl})` : ""}`)
      .join("; ")}\n`,
  );
  const rows = [["target", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "vs static", "app cores", "db cores", "errors"]];
  for (const row of [...report.load, ...(report.searchOneConnection ? [{ id: "search-1", label: "search, distinct, 1 connection", result: report.searchOneConnection, ratio: null, appCores: null, dbCores: null }] : [])]) {
    const r = row.result;
    const errors = Object.values(r.errors).reduce((a, b) => a + b, 0);
    // No completed request: wrk has no latencies to give (those over --timeout count as timeouts).
    const ms = (value: number) => (r.requests - r.errors.timeout <= 0 ? "—" : String(value));
    rows.push([
      row.label,
      String(r.rps >= 10 ? round(r.rps, 0) : round(r.rps, 1)),
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p95),
      ms(r.latencyMs.p99),
      ms(r.latencyMs.max),
      row.ratio && row.id !== "static" ? `1/${round(1 / row.ratio, 1)}` : "",
      row.appCores !== null ? String(row.appCores) : "",
      row.dbCores !== null ? String(row.dbCores) : "",
      errors ? `${errors}${r.errors.status ? ` (${r.errors.status} non-2xx)` : ""}${r.errors.timeout ? ` (${r.errors.timeout} timeouts)` : ""}` : "0",
    ]);
  }
  table(rows);
  const uncached = report.load.find((row) => row.id === "article-uncached")?.result.cache;
  if (uncached) console.log(`  uncached run, x-nextjs-cache answers: ${Object.entries(uncached).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`);

  console.log("\n  Search functions in-process, one call at a time (lib/search: searchArticles, and searchEntitiesPublic shown above the results):");
  table([
    ["query", "articles p50 ms", "p95 ms", "entities p50 ms", "p95 ms", "runs", "results"],
    ...report.searchFunctions.map((s) => [
      s.query,
      String(s.articlesP50),
      String(s.articlesP95),
      String(s.entitiesP50),
      String(s.entitiesP95),
      String(s.samples),
      `${s.total}${s.fuzzy ? " (typo fallback)" : ""}`,
    ]),
  ]);

  const js = report.articleJs;
  const kb = (bytes: number) => `${round(bytes / 1024)} KB`;
  console.log(
    `\n  Article page JavaScript: ${js.files.length} files, ${kb(js.raw)} raw, ${kb(js.gzip)} gzip, ${kb(js.brotli)} brotli; ` +
      `inline scripts (RSC payload) ${kb(js.inline.raw)} raw, ${kb(js.inline.gzip)} gzip; HTML ${kb(js.html.raw)} raw, ${kb(js.html.gzip)} gzip`,
  );
  if (js.legacyFiles.length) {
    console.log(`  not counted: ${js.legacyFiles.length} nomodule file(s), ${kb(js.legacyFiles.reduce((sum, file) => sum + file.gzip, 0))} gzip, fetched only by browsers without ES modules`);
  }
  console.log(`  largest: ${[...js.files].sort((a, b) => b.gzip - a.gzip).slice(0, 5).map((file) => `${file.url.split("/").pop()} ${kb(file.gzip)}`).join(", ")}`);

  if (report.slowStatements?.length) {
    console.log(`\n  Slowest SQL during the load (statements over ${SLOW_STATEMENT_MS} ms, by total time):`);
    for (const statement of report.slowStatements) {
      console.log(`    ${statement.count}× mean ${statement.meanMs} ms, max ${statement.maxMs} ms: ${statement.statement.slice(0, 300)}`);
    }
  } else if (report.slowStatements) {
    console.log(`\n  No SQL statement took over ${SLOW_STATEMENT_MS} ms during the load.`);
  }

  if (report.lighthouse) {
    const entries = Object.entries(report.lighthouse);
    for (const [page, r] of entries) if ("error" in r) console.log(`\n  Lighthouse failed on ${page}: ${r.error}`);
    const results = entries.filter((entry): entry is [string, LighthouseResult] => !("error" in entry[1]));
    console.log("\n  Lighthouse (mobile, median run by performance):");
    table([
      ["page", ...LIGHTHOUSE_CATEGORIES, "perf runs", "LCP", "TBT", "CLS"],
      ...results.map(([page, r]) => [
        page,
        ...LIGHTHOUSE_CATEGORIES.map((c) => String(r.scores[c])),
        r.performanceRuns.join(" "),
        r.metrics["largest-contentful-paint"] ?? "",
        r.metrics["total-blocking-time"] ?? "",
        r.metrics["cumulative-layout-shift"] ?? "",
      ]),
    ]);
    for (const [page, r] of results) {
      for (const [category, audits] of Object.entries(r.failing)) {
        if (!audits?.length) continue;
        console.log(`  ${page} · ${category} (${r.scores[category as keyof typeof r.scores]}):`);
        for (const audit of audits) {
          console.log(`    - ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ""} [${audit.id}, score ${audit.score}]${audit.items?.length ? `\n        ${audit.items.join("\n        ")}` : ""}`);
        }
      }
    }
  }

  console.log(`\n  Targets (per core, ${report.options.connections} connections):`);
  table([["target", "value", "verdict"], ...report.checks.map((c) => [c.target, c.value, c.pass ? "ok" : "FAIL"])]);
}
