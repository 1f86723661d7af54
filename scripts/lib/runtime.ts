import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { closeDb } from "../../db";
import { DatabaseUnavailableError, openDatabase, type DatabaseHandle } from "../../db/connect";
import { runMigrations } from "../../db/migrate";
import { EnvError, parseEnv, type Env } from "../../lib/env";

/** Prints one line and exits: what a person running a command should see for a setup problem. */
export function fail(message: string, code = 1): never {
  console.error(`✖ ${message}`);
  process.exit(code);
}

export function loadEnv(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
}

/** Opens (or starts) the database, applies migrations, and exports DATABASE_URL for this process. */
export async function prepareDatabase(env: Env, log: (line: string) => void): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(env, log);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    throw error;
  }
  try {
    await runMigrations(handle.url);
  } catch (error) {
    await handle.stop();
    fail(`Database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.env.DATABASE_URL = handle.url;
  return handle;
}

/**
 * AUTH_SECRET signs the session cookies. In production it must be given;
 * elsewhere one is generated once into DATA_DIR so sessions survive restarts.
 */
export async function resolveAuthSecret(env: Env): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    fail("AUTH_SECRET must be set in production (at least 32 characters, e.g. `openssl rand -base64 32`).");
  }
  const file = path.join(env.dataDir, "auth-secret");
  try {
    const existing = (await fs.readFile(file, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not generated yet
  }
  const secret = randomBytes(32).toString("base64url");
  await fs.mkdir(env.dataDir, { recursive: true });
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function credentialsFile(env: Env) {
  return path.join(env.dataDir, "demo-credentials.json");
}

/** Runs work with DATABASE_URL pointing at a migrated database, then closes everything. */
export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  const env = loadEnv();
  const database = await prepareDatabase(env, (line) => console.error(line));
  try {
    return await work();
  } finally {
    await closeDb();
    await database.stop();
  }
}

/** Reads a file argument, or standard input for "-". */
export async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** A password typed at a prompt (not echoed), or the first line of piped input. */
export async function promptPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
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
      const internals = rl as unknown as { _writeToOutput: (s: string) => void };
      const write = internals._writeToOutput;
      // Echo the prompt, hide what is typed.
      internals._writeToOutput = (s: string) => {
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
