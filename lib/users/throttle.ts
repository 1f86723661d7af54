import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { loginAttempts, users } from "@/db/schema";

/**
 * Sign-in throttling, kept in PostgreSQL so that it holds across app
 * instances: within a 15-minute window, 5 failed attempts for one account (in
 * a row: a successful sign-in starts the count again) or 20 failed attempts
 * from one address, and further attempts are refused — before the password is
 * even checked — until the window has passed.
 *
 * Each checked attempt is recorded up front as a failure and turned into a
 * success only when the password is right, so concurrent guesses cannot slip
 * past the count; a per-account advisory lock serializes the check-and-record.
 * Refused attempts are not counted (they go to the audit log), so the wait
 * announced to the user is the real one.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const DEFAULT_IP_FAILURE_LIMIT = 20;

/** LOGIN_IP_LIMIT overrides the per-address limit (the e2e suite, whose every spec comes from 127.0.0.1, raises it). */
export function ipFailureLimit(source: Record<string, string | undefined> = process.env): number {
  const parsed = z.coerce.number().int().min(1).max(1_000_000).safeParse(source.LOGIN_IP_LIMIT || DEFAULT_IP_FAILURE_LIMIT);
  if (!parsed.success) throw new Error(`Invalid environment: LOGIN_IP_LIMIT must be a whole number ≥ 1`);
  return parsed.data;
}

/** How sign-in attempts are keyed: the email as typed, trimmed and lower-cased (whether or not it exists). */
export function attemptKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

/** What the one signing in is told (it never says whether the account exists). */
export function throttledMessage(minutes: number): string {
  return `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}

export type AttemptSlot = { throttled: false; attemptId: number } | { throttled: true; retryAfterMinutes: number; reason: "account" | "ip" };

const windowStart = sql`now() - make_interval(mins => ${LOGIN_WINDOW_MINUTES})`;

/**
 * When the `limit`-th most recent failure leaves the window, the count drops
 * below the limit again: that is when attempts are accepted again.
 */
async function retryAfter(tx: Transaction, condition: ReturnType<typeof and>, limit: number): Promise<number> {
  const [row] = await tx
    .select({ seconds: sql<number>`extract(epoch from (${loginAttempts.createdAt} + make_interval(mins => ${LOGIN_WINDOW_MINUTES}) - now()))::float8` })
    .from(loginAttempts)
    .where(condition)
    .orderBy(desc(loginAttempts.createdAt))
    .offset(limit - 1)
    .limit(1);
  return Math.max(1, Math.ceil((row?.seconds ?? LOGIN_WINDOW_MINUTES * 60) / 60));
}

/**
 * Checks the limits for this email and address and, when within them,
 * records the attempt (as a failure until `recordAttemptSuccess`).
 */
export async function reserveAttempt({ email, ip }: { email: string; ip: string }): Promise<AttemptSlot> {
  const key = attemptKey(email);
  const ipLimit = ipFailureLimit();
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`login:${key}`}, 0))`);
    // "In a row": failures after the account's last successful sign-in.
    const lastSuccess = sql`coalesce((select max(${loginAttempts.createdAt}) from ${loginAttempts} where ${loginAttempts.email} = ${key} and ${loginAttempts.success}), '-infinity'::timestamptz)`;
    const accountFailures = and(eq(loginAttempts.email, key), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, windowStart), gt(loginAttempts.createdAt, lastSuccess));
    const ipFailures = and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, windowStart));
    const [counts] = await tx
      .select({
        account: sql<number>`(select count(*)::int from ${loginAttempts} where ${accountFailures})`,
        ip: sql<number>`(select count(*)::int from ${loginAttempts} where ${ipFailures})`,
      })
      .from(sql`(select 1) as one`);
    if ((counts?.account ?? 0) >= ACCOUNT_FAILURE_LIMIT) {
      return { throttled: true, reason: "account", retryAfterMinutes: await retryAfter(tx, accountFailures, ACCOUNT_FAILURE_LIMIT) };
    }
    if ((counts?.ip ?? 0) >= ipLimit) {
      return { throttled: true, reason: "ip", retryAfterMinutes: await retryAfter(tx, ipFailures, ipLimit) };
    }
    const [row] = await tx.insert(loginAttempts).values({ email: key, ip, success: false }).returning({ id: loginAttempts.id });
    return { throttled: false, attemptId: row!.id };
  });
}

export async function recordAttemptSuccess(tx: Transaction, attemptId: number): Promise<void> {
  await tx.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId));
}

/** Attempts older than a day are of no use to the limits; called now and then by sign-in. */
export async function pruneLoginAttempts(): Promise<void> {
  await getDb()
    .delete(loginAttempts)
    .where(sql`${loginAttempts.createdAt} < now() - interval '1 day'`);
}

/** The user id behind an email, for the audit log of a failed attempt (never shown to the one signing in). */
export async function userIdByEmail(tx: Transaction, email: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${attemptKey(email)}`)
    .limit(1);
  return row?.id ?? null;
}
