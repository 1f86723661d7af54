/**
 * How well the suggestions agree with the demo newsroom's own tags: precision
 * and recall per type over the demo articles (lib/seed), with the mistakes
 * listed. Not a test: the demo tags were written by hand, with judgement calls
 * (an event tagged because the article alludes to it) no matcher can make.
 *
 *   npx tsx bench/quality.ts [--verbose]
 */
import { demoArticles, type DemoBlock } from "@/lib/seed/demo-content";
import { demoKnowledgeBase, withImpliedTags } from "@/lib/seed/demo-knowledge-base";
import { entriesFromKnowledgeBase } from "@/lib/tagging/knowledge-base";
import { buildTagIndex, suggestTags } from "@/lib/tagging/matcher";
import { TAG_TYPES, type TagType } from "@/lib/tagging/types";

const verbose = process.argv.includes("--verbose");
const blockText = (block: DemoBlock) =>
  typeof block === "string" ? block : "heading" in block ? block.heading : "quote" in block ? block.quote : block.list.join("\n");

const entries = entriesFromKnowledgeBase(demoKnowledgeBase);
const typeOf = new Map(entries.map((entry) => [entry.key!, entry.type]));
const index = buildTagIndex(entries);
const totals = Object.fromEntries(TAG_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }])) as Record<TagType, { tp: number; fp: number; fn: number }>;

for (const article of demoArticles) {
  const text = [article.title, article.sapo, ...article.blocks.map(blockText)].join("\n");
  const gold = new Set(withImpliedTags(article.tags));
  const found = new Set(suggestTags(index, text, { date: article.publishedAt.slice(0, 10) }).map((s) => s.key!));
  const misses: string[] = [];
  const extras: string[] = [];
  for (const key of gold) {
    const type = typeOf.get(key)!;
    if (found.has(key)) totals[type].tp += 1;
    else {
      totals[type].fn += 1;
      misses.push(key);
    }
  }
  for (const key of found) {
    if (gold.has(key)) continue;
    totals[typeOf.get(key)!].fp += 1;
    extras.push(key);
  }
  if (verbose || misses.length || extras.length) {
    console.log(`\n${article.title}\n  missed: ${misses.join(", ") || "—"}\n  extra:  ${extras.join(", ") || "—"}`);
  }
}

console.log("\ntype           precision  recall   (tp/fp/fn)");
for (const type of TAG_TYPES) {
  const { tp, fp, fn } = totals[type];
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  console.log(`${type.padEnd(14)} ${p.toFixed(2).padStart(9)} ${r.toFixed(2).padStart(7)}   (${tp}/${fp}/${fn})`);
}
