import "server-only";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { verifyCredentials, type SessionUser } from "./index";
import { attemptKey, pruneLoginAttempts, recordAttemptSuccess, reserveAttempt } from "./throttle";

export type SignInResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Signing in with email and password, as the login form and Auth.js's
 * credentials callback both do: throttle first (before the password is
 * checked), then verify, then record the outcome in login_attempts and the
 * audit log. The result never tells whether the account exists.
 */
export async function signInWithPassword({ email, password, ip }: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const key = attemptKey(String(email ?? ""));
  const slot = await reserveAttempt({ email: key, ip });
  const db = getDb();
  if (slot.throttled) {
    await db.transaction((tx) =>
      recordAudit(tx, {
        actor: { label: key || "(trống)" },
        action: "auth.login_throttled",
        details: { email: key, limit: slot.reason, retryAfterMinutes: slot.retryAfterMinutes },
        ip,
      }),
    );
    return { ok: false, reason: "throttled", retryAfterMinutes: slot.retryAfterMinutes };
  }
  if (Math.random() < 0.01) void pruneLoginAttempts().catch(() => {});
  const check = await verifyCredentials(key, String(password ?? ""));
  if (!check.ok) {
    await db.transaction((tx) =>
      recordAudit(tx, {
        actor: { label: key || "(trống)" },
        action: "auth.login_failed",
        targetType: check.userId ? "user" : null,
        targetId: check.userId,
        details: { email: key, reason: check.reason },
        ip,
      }),
    );
    return { ok: false, reason: "invalid" };
  }
  await db.transaction(async (tx) => {
    await recordAttemptSuccess(tx, slot.attemptId);
    await recordAudit(tx, { actor: check.user, action: "auth.login", targetType: "user", targetId: check.user.id, ip });
  });
  return { ok: true, user: check.user };
}
