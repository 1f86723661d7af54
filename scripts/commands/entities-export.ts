import fs from "node:fs/promises";
import { fail, withDatabase } from "../lib/runtime";
import type { Command } from "./types";

export const command: Command = {
  summary: "Write the knowledge base to a JSON file",
  usage: "entities:export FILE.json   (- writes to standard output)",
  async run(args) {
    const [file, ...rest] = args;
    if (!file || rest.length) fail("Usage: npm run cms -- entities:export FILE.json", 2);
    const { exportKnowledgeBase } = await import("../../lib/import/knowledge-base");
    await withDatabase(async () => {
      const data = await exportKnowledgeBase({ actor: "system" });
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (file === "-") {
        process.stdout.write(text);
        return;
      }
      try {
        await fs.writeFile(file, text);
      } catch (error) {
        fail(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      const counts = Object.entries(data).map(([section, entries]) => `${entries?.length ?? 0} ${section}`);
      console.error(`✔ Wrote ${counts.join(", ")} to ${file}`);
    });
  },
};
