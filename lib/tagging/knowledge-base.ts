/**
 * Matcher entries straight from a knowledge-base file (lib/import/format.ts),
 * without a database: for unit tests, the benchmark and the quality check.
 * Ids are "type:key".
 */
import type { KnowledgeBase } from "@/lib/import/format";
import { endOfPeriod, parsePartialDate, type PartialDate } from "@/lib/text/partial-date";
import type { KnowledgeEntry } from "./types";

/** An ISO range from partial dates ("2014" → the whole year); null when the start is unknown. */
export function partialRange(start: PartialDate | null, end: PartialDate | null): NonNullable<KnowledgeEntry["ranges"]>[number] | null {
  const from = start ?? end;
  if (!from) return null;
  const until = end ?? start!;
  const precision = from.precision === "day" && until.precision === "day" ? "day" : from.precision === "year" || until.precision === "year" ? "year" : "month";
  return { from: from.date, to: endOfPeriod(until), precision };
}

const parse = (value: string | null | undefined) => (value ? parsePartialDate(value) : null);

export function entriesFromKnowledgeBase(kb: KnowledgeBase): KnowledgeEntry[] {
  const id = (type: string, key: string | null | undefined) => (key ? `${type}:${key}` : null);
  const common = (type: KnowledgeEntry["type"], entry: { key: string; name: string; aliases?: string[] }) => ({
    id: `${type}:${entry.key}`,
    type,
    key: entry.key,
    slug: entry.key,
    name: entry.name,
    aliases: entry.aliases ?? [],
  });
  return [
    ...(kb.people ?? []).map((p) => ({
      ...common("person", p),
      positions: (p.positions ?? []).map((position) => {
        const to = parse(position.to);
        return { title: position.title, rank: position.rank, from: parse(position.from)?.date ?? null, to: to ? endOfPeriod(to) : null };
      }),
    })),
    ...(kb.places ?? []).map((p) => ({ ...common("place", p), kind: p.kind ?? null, parentId: id("place", p.parent) })),
    ...(kb.organizations ?? []).map((o) => ({ ...common("organization", o), parentId: id("organization", o.parent) ?? id("place", o.country) })),
    ...(kb.series ?? []).map((s) => common("series", s)),
    ...(kb.events ?? []).map((e) => {
      const ranges = [partialRange(parse(e.start), parse(e.end))];
      for (const change of e.history ?? []) ranges.push(partialRange(parse(change.start), parse(change.end)));
      return {
        ...common("event", e),
        seriesId: id("series", e.series),
        edition: e.edition ?? null,
        ranges: ranges.filter((range, index): range is NonNullable<typeof range> => range !== null && ranges.findIndex((other) => other?.from === range.from && other?.to === range.to) === index),
        places: (e.places ?? []).map((key) => `place:${key}`),
        participants: (e.participants ?? []).map((participant) => `person:${participant.person}`),
      };
    }),
  ];
}
