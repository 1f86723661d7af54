/**
 * Lighthouse (the project's devDependency, its CLI in a child process) with the
 * Debian Chromium: default config, i.e. a mobile form factor with simulated
 * throttling; performance, accessibility, best practices and SEO. Each page is
 * audited `runs` times and the run with the median performance score is kept,
 * as Lighthouse's own documentation recommends for variance.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface FailingAudit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** The page elements it is about, when Lighthouse names them (selectors or snippets). */
  items?: string[];
}

export interface LighthouseResult {
  url: string;
  lighthouseVersion: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Every run's performance score: the kept run is the median. */
  performanceRuns: number[];
  metrics: Record<string, string>;
  /** Audits under full marks that count towards a category below 100. */
  failing: Partial<Record<Category, FailingAudit[]>>;
}

export function chromiumPath(): string | undefined {
  return [process.env.CHROME_PATH, "/usr/bin/chromium", process.env.CHROMIUM_PATH].find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/** What an audit's table rows may name: an element, a URL, a script. */
interface AuditItem {
  node?: { selector?: string; snippet?: string };
  url?: string;
  source?: { url?: string } | string;
  /** errors-in-console: the message itself. */
  description?: string;
  sourceLocation?: { url?: string };
}

function describeItem(item: AuditItem | null | undefined): string | undefined {
  if (!item) return undefined;
  if (typeof item.description === "string") {
    // Insight tables carry explanatory prose (Markdown links) among their rows: not an element or a resource.
    if (item.description.includes("](http")) return undefined;
    const where = item.sourceLocation?.url ?? item.url;
    return `${where ? `${where}: ` : ""}${item.description}`.slice(0, 300);
  }
  return item.node?.selector ?? item.node?.snippet ?? item.url ?? (typeof item.source === "object" ? item.source?.url : undefined);
}

interface Report {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      details?: { items?: unknown };
    }
  >;
}

function runOnce(root: string, url: string, output: string, chrome: string): Promise<Report> {
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  const args = [
    cli,
    url,
    "--output=json",
    `--output-path=${output}`,
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    "--quiet",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0 || !existsSync(output)) return reject(new Error(`lighthouse exited with ${code} for ${url}:\n${log.slice(-2000)}`));
      const report = JSON.parse(readFileSync(output, "utf8")) as Report;
      if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`));
      resolve(report);
    });
  });
}

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

function summarize(url: string, report: Report, performanceRuns: number[]): LighthouseResult {
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing: LighthouseResult["failing"] = {};
  for (const id of LIGHTHOUSE_CATEGORIES) {
    if (scores[id] >= 100) continue;
    const audits = (report.categories[id]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ ref, audit }) => audit && (ref.weight > 0 || id === "performance") && audit.score !== null && audit.score < 1 && ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode))
      .map(({ audit }) => ({
        id: audit!.id,
        title: audit!.title,
        score: audit!.score,
        displayValue: audit!.displayValue,
        items: (Array.isArray(audit!.details?.items) ? (audit!.details.items as AuditItem[]) : [])
          .map(describeItem)
          .filter((item): item is string => typeof item === "string")
          .slice(0, 5),
      }));
    failing[id] = audits;
  }
  const metrics = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? "?"]));
  return { url, lighthouseVersion: report.lighthouseVersion, scores, performanceRuns, metrics, failing };
}

export async function runLighthouse(root: string, url: string, workDir: string, name: string, runs: number): Promise<LighthouseResult> {
  const chrome = chromiumPath();
  if (!chrome) throw new Error("no Chromium at /usr/bin/chromium (apt-get install -y chromium) or CHROME_PATH");
  const reports: Report[] = [];
  for (let run = 0; run < runs; run++) reports.push(await runOnce(root, url, path.join(workDir, `lighthouse-${name}-${run}.json`), chrome));
  const byPerformance = [...reports].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  return summarize(
    url,
    median,
    reports.map((report) => Math.round((report.categories.performance?.score ?? 0) * 100)),
  );
}
