import "../support/fresh-database";
import { eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { apiTokens, auditLog, users } from "@/db/schema";
import { withAuth } from "@/lib/http";
import { ForbiddenError } from "@/lib/policy";
import { authenticateToken, createApiToken, hashToken, listApiTokens, revokeApiToken } from "@/lib/tokens";
import { loadSessionUser, type SessionUser } from "@/lib/users";
import { createUserWithTemporaryPassword, setUserDisabled } from "@/lib/users/admin";
import { makeUser } from "./helpers";

/**
 * Personal API tokens, and the wrappers around them: withAuth (bearer tokens
 * under /api/admin/v1) and authedAction (the must-change-password gate). The
 * cookie session is mocked at getCurrentUser; everything under it is real.
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null, signIn: vi.fn() }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => session.user, signIn: session.signIn }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(() => {
  session.user = null;
  session.signIn.mockReset();
});

const asSession = async (id: string) => {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  session.user = await loadSessionUser(row!.id, row!.sessionVersion);
};

/** A route as the other engineer's /api/admin/v1 handlers are written. */
const echo = (action: Parameters<typeof withAuth>[0]) =>
  withAuth<Record<string, never>>(action, async ({ user }) => NextResponse.json({ id: user.id, role: user.role }));
const call = async (handler: ReturnType<typeof echo>, url: string, authorization?: string) => {
  const response = await handler(new Request(url, { headers: authorization ? { authorization } : {} }), { params: Promise.resolve({}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, headers: response.headers };
};
const V1 = "http://localhost/api/admin/v1/articles";

describe("creating and revoking tokens", () => {
  it("an admin creates a token for an account: shown once, stored as a SHA-256, audited", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const created = await createApiToken({ actor: admin, input: { userId: editor.id, name: "Đồng bộ tin" } });
    expect(created.token).toMatch(/^ts_[A-Za-z0-9_-]{32}$/);
    const [stored] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(stored).toMatchObject({ userId: editor.id, name: "Đồng bộ tin", tokenHash: hashToken(created.token), prefix: created.token.slice(0, 8), createdBy: admin.id });
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await listApiTokens({ actor: admin });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed.find((token) => token.id === created.id)).toMatchObject({ ownerEmail: editor.email, ownerRole: "editor", lastUsedAt: null, revokedAt: null });
    const [audit] = await getDb().select().from(auditLog).where(eq(auditLog.targetId, created.id));
    expect(audit).toMatchObject({ action: "token.create", actorId: admin.id, details: { owner: editor.email, role: "editor" } });
    expect(JSON.stringify(audit)).not.toContain(created.token);
  });

  it("creating, revoking and listing are forbidden for editors and writers", async () => {
    const admin = await makeUser("admin");
    const created = await createApiToken({ actor: admin, input: { userId: admin.id, name: "x" } });
    for (const role of ["editor", "writer"] as const) {
      const actor = await makeUser(role);
      await expect(createApiToken({ actor, input: { userId: actor.id, name: "mine" } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revokeApiToken({ actor, input: { id: created.id } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listApiTokens({ actor })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await authenticateToken(created.token)).toMatchObject({ id: admin.id });
  });

  it("a revoked token stops working, and revoking is audited", async () => {
    const admin = await makeUser("admin");
    const created = await createApiToken({ actor: admin, input: { userId: admin.id, name: "tạm" } });
    await revokeApiToken({ actor: admin, input: { id: created.id } });
    expect(await authenticateToken(created.token)).toBeNull();
    expect((await getDb().select().from(auditLog).where(eq(auditLog.targetId, created.id))).map((row) => row.action)).toEqual(["token.create", "token.revoke"]);
  });

  it("refuses a token for a disabled account", async () => {
    const admin = await makeUser("admin");
    const writer = await makeUser("writer");
    await setUserDisabled({ actor: admin, input: { id: writer.id, disabled: true } });
    await expect(createApiToken({ actor: admin, input: { userId: writer.id, name: "x" } })).rejects.toThrow(/vô hiệu hóa/);
  });
});

describe("authenticating with a token", () => {
  it("acts as the owner with the owner's current role, and notes the use at most once a minute", async () => {
    const admin = await makeUser("admin");
    const writer = await makeUser("writer");
    const { id, token } = await createApiToken({ actor: admin, input: { userId: writer.id, name: "CMS cũ" } });
    expect(await authenticateToken(token)).toMatchObject({ id: writer.id, role: "writer" });
    const [first] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(first!.lastUsedAt).toBeInstanceOf(Date);
    await authenticateToken(token);
    const [second] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(second!.lastUsedAt).toEqual(first!.lastUsedAt);
    await getDb().update(users).set({ role: "editor" }).where(eq(users.id, writer.id));
    expect(await authenticateToken(token)).toMatchObject({ role: "editor" });
  });

  it("refuses malformed and unknown tokens, and tokens of disabled owners", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const { token } = await createApiToken({ actor: admin, input: { userId: editor.id, name: "x" } });
    expect(await authenticateToken("")).toBeNull();
    expect(await authenticateToken("ts_short")).toBeNull();
    expect(await authenticateToken(`ts_${"A".repeat(32)}`)).toBeNull();
    expect(await authenticateToken(`${token} `)).toBeNull();
    await setUserDisabled({ actor: admin, input: { id: editor.id, disabled: true } });
    expect(await authenticateToken(token)).toBeNull();
  });
});

describe("withAuth and bearer tokens", () => {
  it("accepts a bearer token under /api/admin/v1, with the owner's role deciding", async () => {
    const admin = await makeUser("admin");
    const writer = await makeUser("writer");
    const writerToken = (await createApiToken({ actor: admin, input: { userId: writer.id, name: "w" } })).token;
    const adminToken = (await createApiToken({ actor: admin, input: { userId: admin.id, name: "a" } })).token;
    expect(await call(echo("article.create"), V1, `Bearer ${writerToken}`)).toMatchObject({ status: 200, json: { id: writer.id, role: "writer" } });
    expect(await call(echo("article.publish"), V1, `Bearer ${writerToken}`)).toMatchObject({ status: 403 });
    expect(await call(echo("article.publish"), `${V1}/x/transitions`, `bearer ${adminToken}`)).toMatchObject({ status: 200, json: { role: "admin" } });
  });

  it("answers 401 for a missing, bad or revoked token, and never falls back to the session cookie", async () => {
    const admin = await makeUser("admin");
    const created = await createApiToken({ actor: admin, input: { userId: admin.id, name: "r" } });
    await revokeApiToken({ actor: admin, input: { id: created.id } });
    await asSession(admin.id); // a valid cookie session is present, yet a bad bearer token is what counts
    for (const header of [`Bearer ${created.token}`, "Bearer ts_nope", "Basic YWRtaW46eA==", "Bearer"]) {
      const response = await call(echo("entity.read"), V1, header);
      expect(response.status, header).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    session.user = null;
    expect((await call(echo("entity.read"), V1)).status).toBe(401);
  });

  it("ignores bearer tokens outside /api/admin/v1", async () => {
    const admin = await makeUser("admin");
    const { token } = await createApiToken({ actor: admin, input: { userId: admin.id, name: "o" } });
    expect((await call(echo("entity.read"), "http://localhost/api/admin/entities", `Bearer ${token}`)).status).toBe(401);
    expect((await call(echo("entity.read"), "http://localhost/api/admin/v10/x", `Bearer ${token}`)).status).toBe(401);
  });

  it("refuses a token whose owner must change their password, as it refuses their session", async () => {
    const admin = await makeUser("admin");
    const created = await createUserWithTemporaryPassword({ actor: admin, input: { email: "tmp-token@test.local", displayName: "Tạm", role: "editor" } });
    const { token } = await createApiToken({ actor: admin, input: { userId: created.user.id, name: "t" } });
    expect(await call(echo("entity.read"), V1, `Bearer ${token}`)).toMatchObject({ status: 403, json: { error: "Bạn cần đổi mật khẩu trước khi tiếp tục." } });
    await asSession(created.user.id);
    expect((await call(echo("entity.read"), "http://localhost/api/admin/entities")).status).toBe(403);
  });
});

describe("server actions while a password must be changed", () => {
  it("only the password change goes through; it signs the user in again and moves on", async () => {
    const admin = await makeUser("admin");
    const created = await createUserWithTemporaryPassword({ actor: admin, input: { email: "tmp-action@test.local", displayName: "Mới Vào", role: "editor" } });
    await asSession(created.user.id);
    const { updateProfileAction } = await import("@/app/(admin)/admin/profile/actions");
    const { changePasswordAction } = await import("@/app/(admin)/admin/change-password/actions");
    expect(await updateProfileAction({ displayName: "Đổi tên" })).toEqual({ ok: false, error: "Bạn cần đổi mật khẩu trước khi tiếp tục." });

    const weak = await changePasswordAction({ currentPassword: created.temporaryPassword, newPassword: "matkhau123456", confirmPassword: "matkhau123456" });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringMatching(/phổ biến/)] } });

    const moved = await changePasswordAction({ currentPassword: created.temporaryPassword, newPassword: "a sentence of my own", confirmPassword: "a sentence of my own" }).catch((error: unknown) => error);
    expect((moved as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/admin;/);
    expect(session.signIn).toHaveBeenCalledWith("credentials", { email: "tmp-action@test.local", password: "a sentence of my own", redirect: false });
    await asSession(created.user.id);
    expect(session.user).toMatchObject({ mustChangePassword: false });
    expect(await updateProfileAction({ displayName: "Đổi tên" })).toMatchObject({ ok: true });
  });
});

describe("the user administration actions", () => {
  it("refuse editors and writers before doing anything, and work for admins", async () => {
    const { createUserAction, resetPasswordAction } = await import("@/app/(admin)/admin/users/actions");
    const { createTokenAction } = await import("@/app/(admin)/admin/tokens/actions");
    const admin = await makeUser("admin");
    for (const role of ["editor", "writer"] as const) {
      const actor = await makeUser(role);
      await asSession(actor.id);
      expect(await createUserAction({ email: `${role}-made@test.local`, displayName: "x", role: "admin" })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
      expect(await resetPasswordAction({ id: admin.id })).toMatchObject({ ok: false });
      expect(await createTokenAction({ userId: actor.id, name: "x" })).toMatchObject({ ok: false });
    }
    session.user = null;
    expect(await createUserAction({ email: "anon@test.local", displayName: "x", role: "admin" })).toEqual({ ok: false, error: "Vui lòng đăng nhập." });
    await asSession(admin.id);
    expect(await createUserAction({ email: "made@test.local", displayName: "Người Mới", role: "writer" })).toMatchObject({ ok: true, data: { email: "made@test.local" } });
  });
});
