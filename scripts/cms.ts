/**
 * `npm run cms -- <command>`: every administrative command, with the same
 * database settings as the app (DATABASE_URL, or the embedded server in DATA_DIR).
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb } from "../db";
import { ROLES } from "../lib/policy";
import { DuplicateEmailError, NewUserSchema, SYSTEM, createUser } from "../lib/users";
import { fail, loadEnv, prepareDatabase } from "./lib/runtime";

interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<void>;
}

const commands: Record<string, Command> = {
  "user:create": {
    summary: "Create an account",
    usage: "user:create --email E --role admin|editor|writer [--name \"Display name\"]   (password from CMS_PASSWORD or a prompt)",
    async run(args) {
      const { values } = parseArgs({
        args,
        options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
        strict: true,
      });
      const options = z
        .object({
          email: z.string({ error: "--email is required" }),
          role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(", ")}` }),
          name: z.string().optional(),
        })
        .safeParse(values);
      if (!options.success) fail(options.error.issues[0]!.message);
      const password = process.env.CMS_PASSWORD ?? (await promptPassword());
      const input = {
        email: options.data.email,
        role: options.data.role,
        displayName: options.data.name ?? options.data.email.split("@")[0] ?? options.data.email,
        password,
      };
      const parsed = NewUserSchema.safeParse(input);
      if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
      await withDatabase(async () => {
        try {
          const user = await createUser({ actor: SYSTEM, input });
          console.log(`✔ Created ${user.role} ${user.email} (${user.id})`);
        } catch (error) {
          if (error instanceof DuplicateEmailError) fail(error.message);
          throw error;
        }
      });
    },
  },
  "db:migrate": {
    summary: "Apply database migrations",
    usage: "db:migrate",
    async run() {
      await withDatabase(async () => console.log("✔ Migrations applied"));
    },
  },
  "demo:seed": {
    summary: "Seed the demo newsroom into an empty database",
    usage: "demo:seed   (password from DEMO_PASSWORD, otherwise random; printed)",
    async run() {
      const { isNewsroomEmpty, seedDemoNewsroom } = await import("../lib/seed");
      await withDatabase(async () => {
        if (!(await isNewsroomEmpty())) fail("The database is not empty: the demo newsroom is only seeded into an empty one.");
        const credentials = await seedDemoNewsroom({ password: process.env.DEMO_PASSWORD || undefined });
        console.log(JSON.stringify(credentials, null, 2));
      });
    },
  },
};

async function withDatabase(work: () => Promise<void>) {
  const env = loadEnv();
  const database = await prepareDatabase(env, (line) => console.error(line));
  try {
    await work();
  } finally {
    await closeDb();
    await database.stop();
  }
}

function help() {
  console.log("Usage: npm run cms -- <command> [options]\n\nCommands:");
  for (const [name, command] of Object.entries(commands)) console.log(`  ${name.padEnd(14)} ${command.summary}\n                 ${command.usage}`);
}

async function promptPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    // Piped: the first line of standard input.
    const rl = createInterface({ input });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    fail("No password: set CMS_PASSWORD or type one at the prompt.");
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input, output: process.stdout, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        // Echo the prompt, hide what is typed.
        if (s.startsWith(question)) write.call(rl, question);
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  if (first !== second) fail("The passwords do not match.");
  return first;
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    help();
    return;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command: ${name}\n`);
    help();
    process.exit(2);
  }
  if (args.includes("--help")) {
    console.log(`Usage: npm run cms -- ${command.usage}`);
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
