/**
 * Tag suggestions at scale: 50,000 entities with 100,000 aliases against a
 * 5,000-word article. Measures building the index (once per graph change),
 * the memory it holds, and matching (per request). In memory, no database:
 * loading from PostgreSQL is a separate, cached cost.
 */
import { buildTagIndex, suggestTags } from "@/lib/tagging/matcher";
import { generateArticle, generateGraph } from "./dataset";

export interface SuggestBenchOptions {
  entities?: number;
  aliases?: number;
  words?: number;
  runs?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

export function runSuggestBench({ entities = 50_000, aliases = 100_000, words = 5_000, runs = 50 }: SuggestBenchOptions = {}) {
  const empty = heap();
  const { entries, aliasCount } = generateGraph(entities, aliases);
  const article = generateArticle(entries, words);
  const wordCount = article.split(/\s+/).length;

  const before = heap();
  const t0 = performance.now();
  const index = buildTagIndex(entries);
  const buildMs = performance.now() - t0;
  const after = heap();

  // Warm up the JIT, then time.
  let suggestions = suggestTags(index, article, { date: "2024-04-11" });
  for (let i = 0; i < 5; i++) suggestTags(index, article, { date: "2024-04-11" });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    suggestions = suggestTags(index, article, { date: "2024-04-11" });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;

  return {
    rows: [
      ["graph", `${entries.length.toLocaleString("en")} entities, ${aliasCount.toLocaleString("en")} aliases`],
      ["index", `${index.stats.spellings.toLocaleString("en")} spellings (${index.stats.derived.toLocaleString("en")} derived), ${index.stats.nodes.toLocaleString("en")} trie nodes, ${index.vocab.size.toLocaleString("en")} distinct words`],
      ["article", `${wordCount.toLocaleString("en")} words, ${article.length.toLocaleString("en")} characters`],
      ["build index", ms(buildMs)],
      ["heap: graph entries", `${mb(before - empty)} (what the loader reads from PostgreSQL; the index keeps it)`],
      ["heap: index", `${mb(after - before)}${gc ? "" : " (approximate: run with --expose-gc)"}`],
      [`match (${runs} runs) min`, ms(times[0]!)],
      ["match median", ms(at(0.5))],
      ["match p95", ms(at(0.95))],
      ["suggestions", `${suggestions.length} entities, ${suggestions.reduce((sum, s) => sum + s.count, 0)} mentions`],
    ] as [string, string][],
    medianMs: at(0.5),
  };
}
