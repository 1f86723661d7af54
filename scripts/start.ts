/**
 * `npm start` (and `npm run dev` with --dev): the one command that serves the
 * newsroom. Starts or connects to PostgreSQL, migrates, seeds the demo newsroom
 * into an empty database, builds when the build is missing or stale, then runs
 * Next.js with DATABASE_URL and AUTH_SECRET in its environment.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { closeDb } from "../db";
import { isNewsroomEmpty, seedDemoNewsroom, type DemoCredentials } from "../lib/seed";
import { credentialsFile, fail, loadEnv, prepareDatabase, resolveAuthSecret } from "./lib/runtime";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[toasoan] ${line}`);

async function main() {
  const env = loadEnv();
  await fs.mkdir(env.dataDir, { recursive: true });
  const authSecret = await resolveAuthSecret(env);
  const database = await prepareDatabase(env, log);
  log(database.embedded ? `Embedded PostgreSQL running (data in ${env.dataDir})` : "Using DATABASE_URL");

  await seedIfEmpty(env);
  await closeDb();

  // The build renders the few pages without parameters (home, feeds) once, against this database.
  if (!dev) await buildIfStale(database.url);

  // Production: scripts/serve.mjs (Next.js plus the reader pages' rewrite); development: `next dev`, hydrated as usual.
  const command = dev ? [path.join(root, "node_modules", "next", "dist", "bin", "next"), "dev", "--port", String(env.PORT)] : [path.join(root, "scripts", "serve.mjs")];
  const child = spawn(process.execPath, command, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret, DATA_DIR: env.dataDir, PORT: String(env.PORT) },
  });
  log(`Serving on http://localhost:${env.PORT}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));
  child.on("exit", (code) => void stop(code ?? 0));
}

async function seedIfEmpty(env: ReturnType<typeof loadEnv>) {
  const file = credentialsFile(env);
  if (env.CMS_DEMO === "off") {
    log("CMS_DEMO=off: starting with an empty newsroom (create an admin with `npm run cms -- user:create`).");
    return;
  }
  if (await isNewsroomEmpty()) {
    if (env.NODE_ENV === "production") {
      log("Empty database in production: no demo content is seeded. Create an admin with `npm run cms -- user:create`.");
      return;
    }
    log("Empty database: seeding the demo newsroom…");
    const credentials = await seedDemoNewsroom({ password: env.DEMO_PASSWORD });
    await fs.writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
    printCredentials(credentials);
    return;
  }
  try {
    printCredentials(JSON.parse(await fs.readFile(file, "utf8")) as DemoCredentials);
  } catch {
    // Not a demo newsroom, or the file was removed: nothing to print.
  }
}

function printCredentials(credentials: DemoCredentials) {
  log("Demo logins (also in DATA_DIR/demo-credentials.json):");
  for (const [role, { email, password }] of Object.entries(credentials)) {
    console.log(`    ${role.padEnd(7)} ${email.padEnd(22)} ${password}`);
  }
}

/** Source files whose change makes the production build stale. */
const BUILD_INPUTS = ["app", "components", "lib", "db/schema", "db/index.ts", "i18n", "messages", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "tsconfig.json", "package-lock.json"];

async function sourceFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (relative: string) => {
    const full = path.join(root, relative);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of (await fs.readdir(full)).sort()) await visit(path.join(relative, entry));
    } else {
      hash.update(relative).update("\0").update(await fs.readFile(full)).update("\0");
    }
  };
  for (const input of BUILD_INPUTS) await visit(input);
  return hash.digest("hex");
}

async function buildIfStale(databaseUrl: string) {
  const stampFile = path.join(root, ".next", "toasoan-source.sha256");
  const fingerprint = await sourceFingerprint();
  const current =
    existsSync(path.join(root, ".next", "BUILD_ID")) && (await fs.readFile(stampFile, "utf8").catch(() => "")) === fingerprint;
  if (current) return;
  log("Building the production bundle (first start or sources changed)…");
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [next, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl } });
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) fail("next build failed (see above).");
  await fs.writeFile(stampFile, fingerprint);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
