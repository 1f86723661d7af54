import { parseArgs } from "node:util";
import { withDatabase } from "../lib/runtime";
import type { Command } from "./types";

export const command: Command = {
  summary: "Rebuild the search vocabulary (the words misspelt queries are corrected to) from public articles and entities",
  usage: "search:reindex",
  async run(args) {
    parseArgs({ args, strict: true }); // takes no arguments: anything given is refused (exit 2)
    const { rebuildSearchVocabulary } = await import("../../lib/search/vocabulary");
    await withDatabase(async () => {
      const started = performance.now();
      const words = await rebuildSearchVocabulary();
      console.log(`✔ Search vocabulary rebuilt: ${words} words in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
  },
};
