import postgres from "postgres";
import type { Env } from "../lib/env";
import { startEmbeddedPostgres } from "./embedded";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/**
 * DATABASE_URL when set (nothing is started), otherwise the embedded server
 * in DATA_DIR. Either way the connection is checked, and failure becomes one
 * line that names the setting to fix.
 */
export async function openDatabase(env: Env, log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await checkReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  let server;
  try {
    server = await startEmbeddedPostgres({ dataDir: env.dataDir, log });
  } catch (error) {
    throw new DatabaseUnavailableError(error instanceof Error ? error.message : String(error));
  }
  return { url: server.url, embedded: true, stop: () => server.stop() };
}

async function checkReachable(url: string) {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(
      `Cannot reach the database at DATABASE_URL=${redact(url)}: ${reason}. Fix DATABASE_URL, or unset it to use the embedded PostgreSQL in DATA_DIR.`,
    );
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export function redact(url: string) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
