import { KnowledgeBaseError } from "../../lib/import/knowledge-base";
import { fail, readInput, withDatabase } from "../lib/runtime";
import type { Command } from "./types";

export const command: Command = {
  summary: "Upsert a knowledge base (people, places, organizations, series, events) from JSON",
  usage: "entities:import FILE.json   (idempotent, by key per type, in one transaction; - reads standard input)",
  async run(args) {
    const [file, ...rest] = args;
    if (!file || rest.length) fail("Usage: npm run cms -- entities:import FILE.json", 2);
    const text = await readInput(file);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      fail(`${file} is not valid JSON: ${(error as Error).message}. Nothing was imported.`);
    }
    const { importKnowledgeBase } = await import("../../lib/import/knowledge-base");
    await withDatabase(async () => {
      try {
        const { counts } = await importKnowledgeBase({ actor: "system", data });
        const total = Object.values(counts).reduce((sum, count) => sum + count.created + count.updated, 0);
        console.log(`✔ Imported ${total} entries from ${file}:`);
        for (const [section, count] of Object.entries(counts)) {
          console.log(`    ${section.padEnd(14)} ${String(count.created).padStart(6)} created ${String(count.updated).padStart(6)} updated`);
        }
      } catch (error) {
        if (error instanceof KnowledgeBaseError) fail(`${file}: ${error.message.replace(/\.$/, "")}. Nothing was imported.`);
        throw error;
      }
    });
  },
};
