import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from the schema; migrations are applied by
// `npm run db:migrate` (and on start) through db/migrate.ts, so that the
// embedded server and an external DATABASE_URL go through the same path.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/toasoan" },
  strict: true,
});
