import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * Fail closed: when the auth configuration is broken — Auth.js throws, or the
 * secret is missing in production — every admin page, action and API refuses
 * access with an ordinary "please sign in", never a leak and never a pass.
 */
const state = vi.hoisted(() => ({
  auth: vi.fn(),
  loadSessionUser: vi.fn(),
  authenticateToken: vi.fn(),
  signInWithPassword: vi.fn(),
}));
const admin = { id: "00000000-0000-4000-8000-000000000001", email: "admin@test.local", displayName: "Admin", role: "admin" as const, sessionVersion: 1 };

vi.mock("next-auth", async () => ({
  default: () => ({ handlers: {}, auth: state.auth, signIn: vi.fn(), signOut: vi.fn() }),
  // next-auth re-exports these from Auth.js's core.
  CredentialsSignin: (await import("@auth/core/errors")).CredentialsSignin,
}));
vi.mock("@/lib/users", () => ({ loadSessionUser: state.loadSessionUser }));
vi.mock("@/lib/users/sign-in", () => ({ signInWithPassword: state.signInWithPassword }));
vi.mock("@/lib/tokens", () => ({ authenticateToken: state.authenticateToken }));

const { getCurrentUser } = await import("./index");
const { authConfig } = await import("./credentials");
const { requirePageUser } = await import("./page");
const { authedAction, withAuth } = await import("@/lib/http");
const { z } = await import("zod");

const route = withAuth("user.manage", async () => new Response("secret admin data"));
const action = authedAction({ action: "user.manage", schema: z.object({}) }, async () => "secret admin data");
const callRoute = async (url = "http://localhost/api/admin/v1/users", headers: Record<string, string> = {}) => {
  const response = await route(new Request(url, { headers }), { params: Promise.resolve({}) });
  return { status: response.status, body: await response.text() };
};

beforeEach(() => {
  // A valid session for an admin, if anyone were to ask.
  state.auth.mockResolvedValue({ user: { id: admin.id }, sv: 1, expires: "2999-01-01T00:00:00.000Z" });
  state.loadSessionUser.mockResolvedValue(admin);
  state.authenticateToken.mockResolvedValue(admin);
  state.signInWithPassword.mockResolvedValue({ ok: true, user: admin });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.clearAllMocks();
});

describe("with a missing secret in production", () => {
  beforeEach(() => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    vi.spyOn(console, "error").mockImplementation(() => {});
  });

  it("getCurrentUser returns no one, without consulting the session", async () => {
    expect(await getCurrentUser()).toBeNull();
    expect(state.auth).not.toHaveBeenCalled();
    expect(state.loadSessionUser).not.toHaveBeenCalled();
  });

  it("route handlers answer 401, with a plain message; bearer tokens are not even looked up", async () => {
    for (const response of [await callRoute(), await callRoute(undefined, { authorization: `Bearer ts_${"a".repeat(32)}` })]) {
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toEqual({ error: "Vui lòng đăng nhập." });
    }
    expect(state.authenticateToken).not.toHaveBeenCalled();
  });

  it("server actions refuse, and admin pages send to the login", async () => {
    expect(await action({})).toEqual({ ok: false, error: "Vui lòng đăng nhập." });
    const redirect = await requirePageUser("/admin/users").catch((error: unknown) => error);
    expect((redirect as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/login\?next=%2Fadmin%2Fusers;/);
  });

  it("sign-in is refused before any password is checked", async () => {
    const provider = authConfig.providers[0] as unknown as { authorize: (credentials: unknown, request: Request) => Promise<unknown> };
    expect(await provider.authorize({ email: admin.email, password: "whatever it is" }, new Request("http://localhost/"))).toBeNull();
    expect(state.signInWithPassword).not.toHaveBeenCalled();
  });

  it("a short secret counts as missing", async () => {
    vi.stubEnv("AUTH_SECRET", "too-short");
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("with Auth.js failing (a broken configuration)", () => {
  it("every entry point refuses", async () => {
    vi.stubEnv("AUTH_SECRET", "a-secret-that-is-long-enough-for-production");
    vi.stubEnv("NODE_ENV", "production");
    state.auth.mockRejectedValue(new Error("MissingSecret: Please define a `secret`"));
    expect(await getCurrentUser()).toBeNull();
    const response = await callRoute("http://localhost/api/admin/users");
    expect(response.status).toBe(401);
    expect(response.body).not.toMatch(/MissingSecret|secret admin data/);
    expect(await action({})).toEqual({ ok: false, error: "Vui lòng đăng nhập." });
  });
});

describe("with a sound configuration", () => {
  it("lets the signed-in admin through (so the refusals above are the configuration's doing)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "a-secret-that-is-long-enough-for-production");
    expect(await getCurrentUser()).toEqual(admin);
    expect(await callRoute()).toEqual({ status: 200, body: "secret admin data" });
    expect(await action({})).toEqual({ ok: true, data: "secret admin data" });
  });
});
