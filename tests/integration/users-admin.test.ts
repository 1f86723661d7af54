import "../support/fresh-database";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { apiTokens, articleAuthors, articles, auditLog, users } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { ForbiddenError, UnauthenticatedError } from "@/lib/policy";
import { createApiToken } from "@/lib/tokens";
import { NewUserSchema, SYSTEM, authenticate, createUser, isCommonPassword, loadSessionUser } from "@/lib/users";
import {
  LAST_ADMIN_MESSAGE,
  changeUserRole,
  createUserWithTemporaryPassword,
  deleteUser,
  getUserForAdmin,
  listUsers,
  resetUserPassword,
  setUserDisabled,
} from "@/lib/users/admin";
import { getPublicAuthor, listAuthorArticles } from "@/lib/users/authors";
import { changeOwnPassword, getOwnProfile, updateOwnProfile } from "@/lib/users/profile";
import { makeUser } from "./helpers";

const PASSWORD = "correct horse battery";
const db = () => getDb();

async function row(id: string) {
  const [user] = await db().select().from(users).where(eq(users.id, id));
  return user!;
}

async function auditFor(action: string, targetId: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}

async function makeArticle(title: string, authorId: string, bylines: string[] = [authorId]) {
  const [article] = await db()
    .insert(articles)
    .values({ slug: `${title}-${randomUUID().slice(0, 8)}`, title, body: { type: "doc", content: [] }, authorId })
    .returning();
  if (bylines.length) await db().insert(articleAuthors).values(bylines.map((userId, position) => ({ articleId: article!.id, userId, position })));
  return article!;
}

describe("passwords", () => {
  it("refuses common and breached passwords, whatever the case or diacritics, with a field message", () => {
    for (const common of ["matkhau123456", "MatKhau123456", "mậtkhẩu123456", "anhyeuem123456", "123456789012", "passwordpassword", "Password1234", "aaaaaaaaaaaaaaaaaaa"]) {
      expect(isCommonPassword(common), common).toBe(true);
    }
    expect(isCommonPassword("correct horse battery")).toBe(false);
    const result = NewUserSchema.safeParse({ email: "a@test.local", displayName: "A", role: "writer", password: "iloveyou1234" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["password"], message: expect.stringMatching(/phổ biến/) });
  });

  it("applies to createUser (the CLI's path) as well as the admin forms", async () => {
    const error = await createUser({ actor: SYSTEM, input: { email: "cli@test.local", displayName: "CLI", role: "admin", password: "qwertyuiop123" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path[0])).toEqual(["password"]);
  });
});

describe("creating accounts", () => {
  it("an admin creates an account with a temporary password the user must change; it gets a slug and an audit row", async () => {
    const admin = await makeUser("admin");
    const created = await createUserWithTemporaryPassword({ actor: admin, input: { email: "Moi@Test.local", displayName: "Phóng viên Đặng Mới", role: "writer" } });
    expect(created.temporaryPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    expect(created.user).toMatchObject({ email: "moi@test.local", role: "writer", mustChangePassword: true, slug: "phong-vien-dang-moi" });
    const stored = await row(created.user.id);
    expect(stored.passwordHash).not.toContain(created.temporaryPassword);
    expect(await authenticate("moi@test.local", created.temporaryPassword)).toMatchObject({ id: created.user.id, mustChangePassword: true });
    const [audit] = await auditFor("user.create", created.user.id);
    expect(audit).toMatchObject({ actorId: admin.id, actorLabel: admin.email, details: expect.objectContaining({ email: "moi@test.local", role: "writer", temporaryPassword: true }) });
    expect(JSON.stringify(audit)).not.toContain(created.temporaryPassword);
  });

  it("gives a second account with the same name its own slug, and refuses a duplicate email", async () => {
    const admin = await makeUser("admin");
    const a = await createUserWithTemporaryPassword({ actor: admin, input: { email: "trung1@test.local", displayName: "Trùng Tên", role: "writer" } });
    const b = await createUserWithTemporaryPassword({ actor: admin, input: { email: "trung2@test.local", displayName: "Trùng Tên", role: "writer" } });
    expect([a.user.slug, b.user.slug]).toEqual(["trung-ten", "trung-ten-2"]);
    await expect(createUserWithTemporaryPassword({ actor: admin, input: { email: "TRUNG1@test.local", displayName: "x", role: "writer" } })).rejects.toThrow(/đã được dùng/);
  });

  it("is forbidden for editors and writers", async () => {
    for (const role of ["editor", "writer"] as const) {
      const actor = await makeUser(role);
      await expect(createUserWithTemporaryPassword({ actor, input: { email: `x-${role}@test.local`, displayName: "x", role: "admin" } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db().select().from(users).where(eq(users.email, "x-editor@test.local"))).toHaveLength(0);
  });
});

describe("listing", () => {
  it("finds accounts by name without diacritics, or by email; admins only", async () => {
    const admin = await makeUser("admin");
    await createUserWithTemporaryPassword({ actor: admin, input: { email: "dong@test.local", displayName: "Đồng Thị Lụa", role: "writer" } });
    expect((await listUsers({ actor: admin, input: { q: "dong thi lua" } })).rows.map((user) => user.email)).toEqual(["dong@test.local"]);
    expect((await listUsers({ actor: admin, input: { q: "DONG@" } })).rows.map((user) => user.email)).toEqual(["dong@test.local"]);
    await expect(listUsers({ actor: await makeUser("editor"), input: {} })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getUserForAdmin({ actor: admin, id: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("role changes", () => {
  it("change the role and end the user's sessions, with an audit row", async () => {
    const admin = await makeUser("admin");
    const writer = await makeUser("writer");
    const before = await row(writer.id);
    const saved = await changeUserRole({ actor: admin, input: { id: writer.id, role: "editor" } });
    expect(saved.role).toBe("editor");
    expect(await loadSessionUser(writer.id, before.sessionVersion)).toBeNull();
    expect(await loadSessionUser(writer.id, before.sessionVersion + 1)).toMatchObject({ role: "editor" });
    expect((await auditFor("user.update_role", writer.id))[0]!.details).toMatchObject({ from: "writer", to: "editor" });
  });

  it("are forbidden for editors", async () => {
    const editor = await makeUser("editor");
    const writer = await makeUser("writer");
    await expect(changeUserRole({ actor: editor, input: { id: writer.id, role: "admin" } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(writer.id)).role).toBe("writer");
  });
});

describe("the last active admin", () => {
  it("can be neither demoted nor disabled nor deleted", async () => {
    const [admins] = [await db().select().from(users).where(eq(users.role, "admin"))];
    // Only one active admin left: disable every other.
    const last = await makeUser("admin");
    const ghost = { id: randomUUID(), role: "admin" as const }; // an admin acting from outside the table (e.g. already deleted)
    for (const other of admins) await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, other.id));
    const heir = await makeUser("writer");

    await expect(changeUserRole({ actor: last, input: { id: last.id, role: "editor" } })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    await expect(setUserDisabled({ actor: ghost, input: { id: last.id, disabled: true } })).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteUser({ actor: ghost, input: { id: last.id, reassignTo: heir.id } })).rejects.toBeInstanceOf(ConflictError);
    expect(await row(last.id)).toMatchObject({ role: "admin", disabledAt: null });

    // With a second active admin, the first may step down.
    const second = await makeUser("admin");
    await changeUserRole({ actor: second, input: { id: last.id, role: "editor" } });
    await expect(changeUserRole({ actor: second, input: { id: second.id, role: "writer" } })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    for (const other of admins) await db().update(users).set({ disabledAt: null }).where(eq(users.id, other.id));
  });

  it("holds when two admins demote each other at the same moment", async () => {
    const active = await db().select().from(users).where(eq(users.role, "admin"));
    for (const other of active) await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, other.id));
    const a = await makeUser("admin");
    const b = await makeUser("admin");
    const results = await Promise.allSettled([
      changeUserRole({ actor: a, input: { id: b.id, role: "editor" } }),
      changeUserRole({ actor: b, input: { id: a.id, role: "editor" } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const left = await db().select().from(users).where(and(eq(users.role, "admin")));
    expect(left.filter((user) => !user.disabledAt)).toHaveLength(1);
    for (const other of active) await db().update(users).set({ disabledAt: null }).where(eq(users.id, other.id));
  });
});

describe("disabling and enabling", () => {
  it("locks the user out at once, sessions included, and lets them back in", async () => {
    const admin = await makeUser("admin");
    const writer = await makeUser("writer", { password: PASSWORD });
    const session = (await authenticate(writer.email, PASSWORD))!;
    await setUserDisabled({ actor: admin, input: { id: writer.id, disabled: true } });
    expect(await loadSessionUser(writer.id, session.sessionVersion)).toBeNull();
    expect(await authenticate(writer.email, PASSWORD)).toBeNull();
    await setUserDisabled({ actor: admin, input: { id: writer.id, disabled: false } });
    expect(await authenticate(writer.email, PASSWORD)).not.toBeNull();
    expect(await loadSessionUser(writer.id, session.sessionVersion)).toBeNull(); // the old session stays dead
    expect(await auditFor("user.disable", writer.id)).toHaveLength(1);
    expect(await auditFor("user.enable", writer.id)).toHaveLength(1);
  });

  it("is forbidden for writers, and an admin cannot disable themselves", async () => {
    const writer = await makeUser("writer");
    const other = await makeUser("writer");
    await expect(setUserDisabled({ actor: writer, input: { id: other.id, disabled: true } })).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await makeUser("admin");
    await expect(setUserDisabled({ actor: admin, input: { id: admin.id, disabled: true } })).rejects.toBeInstanceOf(ValidationError);
    expect((await row(other.id)).disabledAt).toBeNull();
  });
});

describe("password resets", () => {
  it("replace the password with a temporary one and end the sessions", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor", { password: PASSWORD });
    const before = await row(editor.id);
    const { temporaryPassword } = await resetUserPassword({ actor: admin, input: { id: editor.id } });
    expect(await authenticate(editor.email, PASSWORD)).toBeNull();
    expect(await authenticate(editor.email, temporaryPassword)).toMatchObject({ mustChangePassword: true });
    expect(await loadSessionUser(editor.id, before.sessionVersion)).toBeNull();
    expect(await auditFor("user.reset_password", editor.id)).toHaveLength(1);
  });

  it("are forbidden for editors", async () => {
    const editor = await makeUser("editor");
    const writer = await makeUser("writer", { password: PASSWORD });
    await expect(resetUserPassword({ actor: editor, input: { id: writer.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await authenticate(writer.email, PASSWORD)).not.toBeNull();
  });
});

describe("deleting accounts", () => {
  it("moves the articles and bylines to the chosen user in one go; tokens go, audit rows stay", async () => {
    const admin = await makeUser("admin");
    const leaving = await makeUser("writer", { password: PASSWORD });
    const heir = await makeUser("editor");
    await authenticate(leaving.email, PASSWORD);
    const solo = await makeArticle("bai-rieng", leaving.id);
    const shared = await makeArticle("bai-chung", leaving.id, [leaving.id, heir.id]);
    const coauthored = await makeArticle("bai-dong-tac-gia", heir.id, [heir.id, leaving.id]);
    await createApiToken({ actor: admin, input: { userId: leaving.id, name: "tích hợp" } });
    // Something the leaving user did, recorded with their id.
    await changeUserRole({ actor: admin, input: { id: leaving.id, role: "admin" } });
    await changeUserRole({ actor: { id: leaving.id, role: "admin" }, input: { id: heir.id, role: "writer" } });

    const result = await deleteUser({ actor: admin, input: { id: leaving.id, reassignTo: heir.id } });
    expect(result).toMatchObject({ articles: 2, bylines: 1 });
    expect(await db().select().from(users).where(eq(users.id, leaving.id))).toHaveLength(0);
    const owners = await db().select({ id: articles.id, authorId: articles.authorId }).from(articles);
    expect(owners.find((article) => article.id === solo.id)!.authorId).toBe(heir.id);
    expect(owners.find((article) => article.id === shared.id)!.authorId).toBe(heir.id);
    const bylines = await db().select().from(articleAuthors);
    expect(bylines.filter((byline) => byline.userId === leaving.id)).toHaveLength(0);
    expect(bylines.filter((byline) => byline.articleId === shared.id).map((byline) => byline.userId)).toEqual([heir.id]);
    expect(bylines.filter((byline) => byline.articleId === solo.id).map((byline) => byline.userId)).toEqual([heir.id]);
    expect(bylines.filter((byline) => byline.articleId === coauthored.id).map((byline) => byline.userId)).toEqual([heir.id]);
    expect(await db().select().from(apiTokens).where(eq(apiTokens.userId, leaving.id))).toHaveLength(0);
    // The deleted user's own audit rows remain, with who it was in the label.
    const theirs = await db().select().from(auditLog).where(eq(auditLog.actorLabel, leaving.email));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((entry) => entry.actorId === null)).toBe(true);
    expect((await auditFor("user.delete", leaving.id))[0]!.details).toMatchObject({ email: leaving.email, articles: 2, bylines: 1 });
  });

  it("rolls back entirely when the heir does not exist", async () => {
    const admin = await makeUser("admin");
    const leaving = await makeUser("writer");
    const article = await makeArticle("bai-giu-nguyen", leaving.id);
    await expect(deleteUser({ actor: admin, input: { id: leaving.id, reassignTo: randomUUID() } })).rejects.toBeInstanceOf(ValidationError);
    expect(await row(leaving.id)).toBeTruthy();
    const [kept] = await db().select().from(articles).where(eq(articles.id, article.id));
    expect(kept!.authorId).toBe(leaving.id);
  });

  it("is forbidden for editors, and nobody deletes themselves", async () => {
    const editor = await makeUser("editor");
    const writer = await makeUser("writer");
    await expect(deleteUser({ actor: editor, input: { id: writer.id, reassignTo: editor.id } })).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await makeUser("admin");
    await expect(deleteUser({ actor: admin, input: { id: admin.id, reassignTo: writer.id } })).rejects.toBeInstanceOf(ValidationError);
    expect(await row(writer.id)).toBeTruthy();
  });
});

describe("one's own profile", () => {
  it("everyone edits their display name, bio and avatar", async () => {
    const writer = await makeUser("writer");
    const saved = await updateOwnProfile({ actor: writer, input: { displayName: "Thu Hà", bio: "Phóng viên mảng biên giới.", avatarUrl: "https://cdn.example/ha.jpg" } });
    expect(saved.changedPaths).toEqual([expect.stringMatching(/^\/tac-gia\//)]);
    expect(await getOwnProfile({ actor: writer })).toMatchObject({ displayName: "Thu Hà", bio: "Phóng viên mảng biên giới.", avatarUrl: "https://cdn.example/ha.jpg" });
    expect((await auditFor("user.update_profile", writer.id))[0]!.details).toEqual({ fields: ["displayName", "bio", "avatarUrl"] });
    await updateOwnProfile({ actor: writer, input: { displayName: "Thu Hà", bio: "", avatarUrl: "" } });
    expect((await getOwnProfile({ actor: writer })).avatarUrl).toBeNull();
  });

  it("refuses a script address as avatar, and the anonymous", async () => {
    const writer = await makeUser("writer");
    await expect(updateOwnProfile({ actor: writer, input: { displayName: "x", avatarUrl: "javascript:alert(1)" } })).rejects.toBeInstanceOf(ZodError);
    await expect(updateOwnProfile({ actor: null as never, input: { displayName: "x" } })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("changing one's password needs the current one, follows the rules and ends every session", async () => {
    const editor = await makeUser("editor", { password: PASSWORD });
    const before = await row(editor.id);
    const wrong = await changeOwnPassword({ actor: editor, input: { currentPassword: "not it at all", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" } }).catch((e) => e);
    expect(wrong).toBeInstanceOf(ValidationError);
    expect((wrong as ValidationError).field).toBe("currentPassword");
    await expect(changeOwnPassword({ actor: editor, input: { currentPassword: PASSWORD, newPassword: "matkhau123456", confirmPassword: "matkhau123456" } })).rejects.toBeInstanceOf(ZodError);
    await expect(changeOwnPassword({ actor: editor, input: { currentPassword: PASSWORD, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase!" } })).rejects.toBeInstanceOf(ZodError);

    const changed = await changeOwnPassword({ actor: editor, input: { currentPassword: PASSWORD, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" } });
    expect(changed.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await loadSessionUser(editor.id, before.sessionVersion)).toBeNull();
    expect(await authenticate(editor.email, PASSWORD)).toBeNull();
    expect(await authenticate(editor.email, "a brand new passphrase")).not.toBeNull();
    expect(await auditFor("user.change_password", editor.id)).toHaveLength(1);
  });

  it("a temporary password, once changed, no longer has to be", async () => {
    const admin = await makeUser("admin");
    const created = await createUserWithTemporaryPassword({ actor: admin, input: { email: "tam@test.local", displayName: "Tạm", role: "writer" } });
    const actor = { id: created.user.id, role: created.user.role };
    await changeOwnPassword({ actor, input: { currentPassword: created.temporaryPassword, newPassword: "my own long passphrase", confirmPassword: "my own long passphrase" } });
    expect((await row(created.user.id)).mustChangePassword).toBe(false);
  });
});

describe("the public author page's read model", () => {
  it("shows an author with public articles, and only those, newest first", async () => {
    const writer = await makeUser("writer");
    await updateOwnProfile({ actor: writer, input: { displayName: "Tác Giả Công Khai", bio: "Giới thiệu.", avatarUrl: "/media/a.jpg" } });
    const { slug } = await getOwnProfile({ actor: writer });
    expect(await getPublicAuthor(slug!)).toBeNull(); // no public article yet: no page

    const draft = await makeArticle("ban-nhap", writer.id);
    const older = await makeArticle("bai-cu", writer.id);
    const newer = await makeArticle("bai-moi", writer.id);
    const future = await makeArticle("bai-hen-gio", writer.id);
    const day = 24 * 3600 * 1000;
    await db().update(articles).set({ status: "published", publishedAt: new Date(Date.now() - 2 * day) }).where(eq(articles.id, older.id));
    await db().update(articles).set({ status: "published", publishedAt: new Date(Date.now() - day) }).where(eq(articles.id, newer.id));
    await db().update(articles).set({ status: "scheduled", publishedAt: new Date(Date.now() + day) }).where(eq(articles.id, future.id));

    expect(await getPublicAuthor(slug!)).toMatchObject({ id: writer.id, displayName: "Tác Giả Công Khai", bio: "Giới thiệu.", avatarUrl: "/media/a.jpg" });
    const listed = await listAuthorArticles(writer.id, 1);
    expect(listed.rows.map((article) => article.id)).toEqual([newer.id, older.id]);
    expect(listed.total).toBe(2);
    expect(listed.rows.map((article) => article.id)).not.toContain(draft.id);
    expect(await getPublicAuthor("khong-co-ai")).toBeNull();
  });
});
