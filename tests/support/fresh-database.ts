import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";

/**
 * Gives the calling test file a database of its own, copied from the migrated
 * template, and points DATABASE_URL at it. Import it first in integration tests.
 */
const serverUrl = inject("testServerUrl");
const TEMPLATE_DATABASE = inject("templateDatabase");
const name = `toasoan_test_${randomBytes(6).toString("hex")}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name} template ${TEMPLATE_DATABASE}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { closeDb } = await import("../../db");
  await closeDb();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});
