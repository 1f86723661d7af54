import "../support/fresh-database";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { auditLog, loginAttempts } from "@/db/schema";
import { signInWithPassword } from "@/lib/users/sign-in";
import { ACCOUNT_FAILURE_LIMIT, LOGIN_WINDOW_MINUTES, ipFailureLimit, throttledMessage } from "@/lib/users/throttle";
import { makeUser } from "./helpers";

// next-auth's entry point needs Next's module resolution; it only re-exports Auth.js's core errors, used as such here.
vi.mock("next-auth", async () => {
  const errors = await import("@auth/core/errors");
  return { CredentialsSignin: errors.CredentialsSignin, AuthError: errors.AuthError };
});

// The login form's action, with Auth.js's signIn stubbed (the credentials callback itself is tested below).
const login = vi.hoisted(() => ({ signIn: vi.fn() }));
vi.mock("@/lib/auth", async () => ({ ThrottledError: (await import("@/lib/auth/credentials")).ThrottledError, signIn: login.signIn }));

const PASSWORD = "correct horse battery";
let ipCounter = 0;
/** Each test signs in from its own address, so the per-address limit only bites where a test means it to. */
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

afterEach(() => {
  vi.unstubAllEnvs();
});

async function fail(email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) expect(await signInWithPassword({ email, password: `wrong password ${i}`, ip })).toEqual({ ok: false, reason: "invalid" });
}

/** Moves this email's recorded attempts back in time. */
async function age(email: string, minutes: number) {
  await getDb()
    .update(loginAttempts)
    .set({ createdAt: sql`${loginAttempts.createdAt} - make_interval(mins => ${minutes})` })
    .where(eq(loginAttempts.email, email));
}

describe("per-account throttling", () => {
  it("refuses the sixth attempt in a row, even with the right password, with the wait in minutes", async () => {
    const user = await makeUser("writer", { email: "six@test.local", password: PASSWORD });
    const ip = freshIp();
    await fail(user.email, ip, ACCOUNT_FAILURE_LIMIT);
    const sixth = await signInWithPassword({ email: "SIX@test.local", password: PASSWORD, ip: freshIp() });
    expect(sixth).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: LOGIN_WINDOW_MINUTES });
    expect(throttledMessage(15)).toBe("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    // Refused attempts are not counted: the wait does not grow while someone keeps trying.
    await signInWithPassword({ email: user.email, password: PASSWORD, ip });
    const rows = await getDb().select().from(loginAttempts).where(eq(loginAttempts.email, "six@test.local"));
    expect(rows).toHaveLength(ACCOUNT_FAILURE_LIMIT);
    expect(rows.every((row) => !row.success && row.ip === ip)).toBe(true);
  });

  it("treats an unknown account exactly like a known one", async () => {
    const ip = freshIp();
    await fail("nobody@test.local", ip, ACCOUNT_FAILURE_LIMIT);
    expect(await signInWithPassword({ email: "nobody@test.local", password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
  });

  it("lets attempts in again once the window has passed, and tells the real remaining wait", async () => {
    const user = await makeUser("editor", { email: "window@test.local", password: PASSWORD });
    await fail(user.email, freshIp(), ACCOUNT_FAILURE_LIMIT);
    await age(user.email, 10);
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip: freshIp() })).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 5 });
    await age(user.email, 6);
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("counts failures in a row: a successful sign-in starts the count again", async () => {
    const user = await makeUser("editor", { email: "row@test.local", password: PASSWORD });
    const ip = freshIp();
    await fail(user.email, ip, ACCOUNT_FAILURE_LIMIT - 1);
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    await fail(user.email, ip, ACCOUNT_FAILURE_LIMIT - 1);
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
  });

  it("holds against guesses sent all at once", async () => {
    const user = await makeUser("writer", { email: "burst@test.local", password: PASSWORD });
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signInWithPassword({ email: user.email, password: `guess number ${i}`, ip })));
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(ACCOUNT_FAILURE_LIMIT);
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
  });
});

describe("per-address throttling", () => {
  it("refuses an address after 20 failures across accounts by default; LOGIN_IP_LIMIT changes the limit", async () => {
    expect(ipFailureLimit({})).toBe(20);
    expect(ipFailureLimit({ LOGIN_IP_LIMIT: "1000" })).toBe(1000);
    expect(() => ipFailureLimit({ LOGIN_IP_LIMIT: "many" })).toThrow(/LOGIN_IP_LIMIT/);

    const ip = freshIp();
    for (let i = 0; i < 20; i++) await fail(`spray${i}@test.local`, ip, 1);
    const user = await makeUser("writer", { email: "victim@test.local", password: PASSWORD });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
    // The same account from elsewhere is fine.
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });

    vi.stubEnv("LOGIN_IP_LIMIT", "100");
    expect(await signInWithPassword({ email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
  });
});

describe("what is recorded", () => {
  it("each attempt, lower-cased, with its address; sign-ins, failures and refusals in the audit log", async () => {
    const user = await makeUser("writer", { email: "trace@test.local", password: PASSWORD });
    const ip = freshIp();
    await signInWithPassword({ email: " Trace@Test.LOCAL ", password: PASSWORD, ip });
    await fail("TRACE@test.local", ip, ACCOUNT_FAILURE_LIMIT);
    await signInWithPassword({ email: user.email, password: PASSWORD, ip });
    const attempts = await getDb().select().from(loginAttempts).where(eq(loginAttempts.email, "trace@test.local")).orderBy(loginAttempts.id);
    expect(attempts.map((row) => row.success)).toEqual([true, false, false, false, false, false]);
    const audit = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.ip, ip)))
      .orderBy(auditLog.id);
    expect(audit.map((row) => row.action)).toEqual(["auth.login", ...Array(ACCOUNT_FAILURE_LIMIT).fill("auth.login_failed"), "auth.login_throttled"]);
    expect(audit[0]).toMatchObject({ actorId: user.id, actorLabel: "trace@test.local" });
    expect(audit[1]).toMatchObject({ actorId: null, actorLabel: "trace@test.local", targetId: user.id, details: { email: "trace@test.local", reason: "wrong_password" } });
    expect(audit.at(-1)!.details).toMatchObject({ limit: "account", retryAfterMinutes: 15 });
  });
});

describe("Auth.js's credentials callback, posted to directly", () => {
  it("is throttled like the login form, and says so without telling whether the account exists", async () => {
    // What app/api/auth/[...nextauth] runs: Auth.js's core with our configuration (next-auth adds only the base path).
    const { Auth } = await import("@auth/core");
    const { authConfig } = await import("@/lib/auth/credentials");
    const config = { ...authConfig, secret: "a-test-secret-that-is-long-enough-for-authjs", basePath: "/api/auth" };
    const user = await makeUser("writer", { email: "direct@test.local", password: PASSWORD });
    const ip = freshIp();
    async function post(password: string) {
      const csrf = await Auth(new Request("http://localhost/api/auth/csrf"), config);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
      const response = await Auth(
        new Request("http://localhost/api/auth/callback/credentials", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": `${ip}, 10.255.0.1` },
          body: new URLSearchParams({ email: user.email, password, csrfToken, callbackUrl: "http://localhost/admin" }),
        }),
        config,
      );
      return { status: response.status, location: response.headers.get("location") ?? "", cookies: response.headers.getSetCookie().join("\n") };
    }
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      const response = await post(`wrong guess ${i}`);
      expect(response.location).toBe("http://localhost/login?error=CredentialsSignin&code=credentials");
    }
    const sixth = await post(PASSWORD);
    expect(sixth.location).toBe("http://localhost/login?error=CredentialsSignin&code=throttled");
    expect(sixth.cookies).not.toMatch(/authjs\.session-token=/);
    const attempts = await getDb().select().from(loginAttempts).where(eq(loginAttempts.email, user.email));
    expect(attempts.map((row) => row.ip)).toEqual(Array(ACCOUNT_FAILURE_LIMIT).fill(ip));

    // And a right password, from a fresh account, gets a session cookie.
    const other = await makeUser("writer", { email: "direct-ok@test.local", password: PASSWORD });
    const csrf = await Auth(new Request("http://localhost/api/auth/csrf"), config);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const ok = await Auth(
      new Request("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ") },
        body: new URLSearchParams({ email: other.email, password: PASSWORD, csrfToken, callbackUrl: "http://localhost/admin" }),
      }),
      config,
    );
    expect(ok.headers.get("location")).toBe("http://localhost/admin");
    expect(ok.headers.getSetCookie().join("\n")).toMatch(/authjs\.session-token=/);
  });
});

describe("the login form's action", () => {
  it("shows the wait when throttled, and the same message for every other refusal", async () => {
    const { loginAction } = await import("@/app/login/actions");
    const { ThrottledError } = await import("@/lib/auth/credentials");
    const { CredentialsSignin } = await import("@auth/core/errors");
    const form = (email: string) => {
      const data = new FormData();
      data.set("email", email);
      data.set("password", "whatever");
      return data;
    };
    login.signIn.mockRejectedValueOnce(new ThrottledError(7));
    expect(await loginAction({}, form("a@test.local"))).toEqual({ error: "throttled", minutes: 7, email: "a@test.local" });
    login.signIn.mockRejectedValueOnce(new CredentialsSignin());
    expect(await loginAction({}, form("b@test.local"))).toEqual({ error: "invalid", email: "b@test.local" });
  });
});
