/**
 * `npm run cms -- <command>`: every administrative command, with the same
 * database settings as the app (DATABASE_URL, or the embedded server in DATA_DIR).
 */
import { COMMANDS } from "./commands";
import { fail } from "./lib/runtime";

async function help() {
  console.log("Usage: npm run cms -- <command> [options]\n\nCommands:");
  for (const [name, entry] of Object.entries(COMMANDS)) {
    const { command } = await entry.load();
    console.log(`  ${name.padEnd(16)} ${entry.summary}\n  ${" ".repeat(16)} npm run cms -- ${command.usage}`);
  }
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    await help();
    return;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    console.error(`Unknown command: ${name}\n`);
    await help();
    process.exit(2);
  }
  const { command } = await entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`Usage: npm run cms -- ${command.usage}\n\n${entry.summary}`);
    return;
  }
  try {
    await command.run(args);
  } catch (error) {
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) fail(error.message, 2);
    throw error;
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
