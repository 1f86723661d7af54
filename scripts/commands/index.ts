import type { Command } from "./types";

/**
 * Every command, loaded only when run (so `--help` and one command never load
 * the others' dependencies). Each file exports `command: Command`.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  "user:create": { summary: "Create an account", load: () => import("./user-create") },
  "db:migrate": { summary: "Apply database migrations", load: () => import("./db-migrate") },
  "demo:seed": { summary: "Seed the demo newsroom into an empty database", load: () => import("./demo-seed") },
  "entities:import": { summary: "Upsert a knowledge base (people, places, organizations, series, events) from JSON", load: () => import("./entities-import") },
  "entities:export": { summary: "Write the knowledge base to a JSON file", load: () => import("./entities-export") },
  "search:reindex": { summary: "Rebuild the search vocabulary (typo corrections) from public articles and entities", load: () => import("./search-reindex") },
  suggest: { summary: "Suggest entity tags for a plain-text article (FILE or - for stdin)", load: () => import("./suggest") },
};
