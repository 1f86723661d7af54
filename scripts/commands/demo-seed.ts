import { parseArgs } from "node:util";
import { fail, withDatabase } from "../lib/runtime";
import type { Command } from "./types";

export const command: Command = {
  summary: "Seed the demo newsroom into an empty database",
  usage: "demo:seed   (password from DEMO_PASSWORD, otherwise random; printed)",
  async run(args) {
    parseArgs({ args, strict: true }); // takes no arguments: anything given is refused (exit 2)
    const { isNewsroomEmpty, seedDemoNewsroom } = await import("../../lib/seed");
    await withDatabase(async () => {
      if (!(await isNewsroomEmpty())) fail("The database is not empty: the demo newsroom is only seeded into an empty one.");
      const credentials = await seedDemoNewsroom({ password: process.env.DEMO_PASSWORD || undefined });
      console.log(JSON.stringify(credentials, null, 2));
    });
  },
};
