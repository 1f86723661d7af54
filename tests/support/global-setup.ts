import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";

/**
 * One real PostgreSQL for the whole run: TEST_DATABASE_URL when given (a
 * server where we may create databases), otherwise an embedded one in
 * .test-data/. Migrations are applied once to a template database; each test
 * file then gets its own copy (tests/support/fresh-database.ts).
 */
declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl: string;
  let stop = async () => {};
  // Per run, so that two runs on one machine never share a cluster or a template.
  const TEMPLATE_DATABASE = `toasoan_test_template_${process.pid}`;
  if (process.env.TEST_DATABASE_URL) {
    serverUrl = process.env.TEST_DATABASE_URL;
  } else {
    const dataDir = path.resolve(import.meta.dirname, `../../.test-data/vitest-${process.pid}`);
    const server = await startEmbeddedPostgres({ dataDir, database: "postgres" });
    serverUrl = server.url;
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.unsafe(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await runMigrations(templateUrl.toString());
  project.provide("testServerUrl", serverUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);
  return async () => {
    const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await cleanup.unsafe(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await cleanup.end();
    await stop();
  };
}
