import { fail } from "../lib/runtime";
import type { Command } from "./types";

// Placeholder while the command is being written; it refuses to run rather than pretend.
export const command: Command = {
  summary: "suggest",
  usage: "suggest",
  async run() {
    fail("suggest is not available yet.");
  },
};
