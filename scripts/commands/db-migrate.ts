import { parseArgs } from "node:util";
import { withDatabase } from "../lib/runtime";
import type { Command } from "./types";

export const command: Command = {
  summary: "Apply database migrations",
  usage: "db:migrate",
  async run(args) {
    parseArgs({ args, strict: true }); // takes no arguments: anything given is refused (exit 2)
    await withDatabase(async () => console.log("✔ Migrations applied"));
  },
};
