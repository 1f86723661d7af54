import { fail } from "../lib/runtime";
import type { Command } from "./types";

// Placeholder while the command is being written; it refuses to run rather than pretend.
export const command: Command = {
  summary: "entities-export",
  usage: "entities-export",
  async run() {
    fail("entities-export is not available yet.");
  },
};
