import { access } from "node:fs/promises";
import { parseArgs } from "node:util";
import { fail, readInput, withDatabase } from "../lib/runtime";
import type { Command } from "./types";

/** The output's sections, in order, and the entity type each holds. */
const SECTIONS = [
  ["people", "person"],
  ["places", "place"],
  ["organizations", "organization"],
  ["series", "series"],
  ["events", "event"],
] as const;

export const command: Command = {
  summary: "Suggest entity tags for a plain-text article (FILE or - for stdin)",
  usage: "suggest FILE|- [--date YYYY-MM-DD]   (JSON on stdout: people, places, organizations, series, events with key, name, count)",
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { date: { type: "string" } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) fail("suggest takes one FILE (a plain-text article), or - for standard input.", 2);
    const file = positionals[0]!;
    const date = values.date;
    if (date !== undefined && !isIsoDay(date)) fail(`--date must be a calendar date as YYYY-MM-DD, not "${date}".`, 2);
    if (file !== "-") {
      try {
        await access(file);
      } catch {
        fail(`Cannot read ${file}: no such file.`, 2);
      }
    }
    const text = await readInput(file);
    const { suggestTagsAsSystem } = await import("../../lib/tagging");
    await withDatabase(async () => {
      const suggestions = await suggestTagsAsSystem(text, date);
      // Namesakes are all listed: the output has no ambiguity flag, and an editor would be offered each.
      const output = Object.fromEntries(
        SECTIONS.map(([section, type]) => [
          section,
          suggestions
            .filter((suggestion) => suggestion.type === type)
            .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi"))
            .map((suggestion) => ({ key: suggestion.key ?? suggestion.slug, name: suggestion.name, count: suggestion.count })),
        ]),
      );
      console.log(JSON.stringify(output, null, 2));
    });
  },
};

function isIsoDay(value: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const probe = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return probe.toISOString().slice(0, 10) === value;
}
