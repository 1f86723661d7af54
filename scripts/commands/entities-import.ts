import { fail } from "../lib/runtime";
import type { Command } from "./types";

// Placeholder while the command is being written; it refuses to run rather than pretend.
export const command: Command = {
  summary: "entities-import",
  usage: "entities-import",
  async run() {
    fail("entities-import is not available yet.");
  },
};
