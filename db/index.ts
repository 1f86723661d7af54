import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle, for services that compose inside one transaction. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface Connection {
  url: string;
  client: postgres.Sql;
  db: Database;
}

// One pool per process, kept across Next.js dev reloads.
const holder = globalThis as unknown as { __toasoanDb?: Connection };

/**
 * The database of this process, from DATABASE_URL. The launcher (npm start,
 * npm run cms) sets DATABASE_URL to the embedded server when the user did not.
 */
export function getDb(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (which runs an embedded PostgreSQL in DATA_DIR) or set DATABASE_URL.",
    );
  }
  if (holder.__toasoanDb?.url !== url) {
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connection: { application_name: "toasoan" },
    });
    holder.__toasoanDb = { url, client, db: drizzle(client, { schema }) };
  }
  return holder.__toasoanDb.db;
}

/** The raw postgres.js client behind getDb(), for what Drizzle does not do (LISTEN/NOTIFY). */
export function getSqlClient(): postgres.Sql {
  getDb();
  return holder.__toasoanDb!.client;
}

export async function closeDb() {
  const current = holder.__toasoanDb;
  holder.__toasoanDb = undefined;
  await current?.client.end({ timeout: 5 });
}

export { schema };
