import path from "node:path";
import { z } from "zod";

/**
 * The process environment, parsed once. Both the launcher (scripts/) and the
 * Next.js server read it through here, so a bad value fails fast with one line
 * naming the variable instead of surfacing later as a stack trace.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "postgres:" || url.protocol === "postgresql:";
    } catch {
      return false;
    }
  }, "must be a postgres:// or postgresql:// URL");

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A JSON object of header names to values, e.g. {"Authorization":"Bearer …"}. */
const headerObject = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: 'must be a JSON object of headers, e.g. {"Authorization":"Bearer …"}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "must be header names"), z.string(), { error: 'must be a JSON object of headers, e.g. {"Authorization":"Bearer …"}' }));

export const EnvSchema = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(["development", "production", "test"]).optional()),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  DEMO_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8, "must be at least 8 characters").optional()),
  CMS_DEMO: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
    z.enum(["on", "off", ""]).default("on").transform((value) => (value === "off" ? "off" : "on")),
  ),
  /** Failed sign-ins allowed from one address in 15 minutes (per account it is always 5). */
  LOGIN_IP_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1_000_000).default(20)),
  /** How often each instance confirms scheduled articles whose time has come. */
  SCHEDULER_INTERVAL_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1000).max(3_600_000).default(15_000)),
  /** The public origin used for absolute links (feeds, canonical URLs). */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** A CDN's "purge everything" endpoint, called when the public site changes (lib/cache/cdn-purge.ts). */
  CDN_PURGE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()),
  CDN_PURGE_METHOD: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim().toUpperCase() : undefined),
    z.enum(["POST", "PURGE", "BAN", "DELETE", "GET", "PUT"]).default("POST"),
  ),
  CDN_PURGE_HEADERS: z.preprocess(emptyAsUndefined, headerObject.optional()),
  CDN_PURGE_BODY: z.preprocess(emptyAsUndefined, z.string().max(10_000).optional()),
});

export type Env = z.infer<typeof EnvSchema> & { dataDir: string };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new EnvError(`Invalid environment: ${issue.path.join(".")} ${issue.message}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
