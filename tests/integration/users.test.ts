import "../support/fresh-database";
import { eq, sql } from "drizzle-orm";
import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { DuplicateEmailError, SYSTEM, authenticate, createUser, loadSessionUser } from "@/lib/users";
import { ForbiddenError } from "@/lib/policy";
import { makeUser } from "./helpers";

describe("accounts", () => {
  it("stores an argon2id hash, never the password", async () => {
    const user = await makeUser("editor", { email: "hash@test.local", password: "a long enough password" });
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.passwordHash).not.toContain("a long enough password");
  });

  it("treats emails case-insensitively, in the service and in the unique index", async () => {
    await makeUser("writer", { email: "Case@Test.local" });
    await expect(makeUser("writer", { email: "case@test.LOCAL" })).rejects.toBeInstanceOf(DuplicateEmailError);
    await expect(
      getDb().insert(users).values({ email: "CASE@TEST.LOCAL", displayName: "x", passwordHash: "x" }),
    ).rejects.toThrow();
  });

  it("refuses short passwords and bad emails with field messages", async () => {
    const error = await createUser({ actor: SYSTEM, input: { email: "nope", displayName: "x", role: "writer", password: "short" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual(["email", "password"]);
  });

  it("only admins create accounts", async () => {
    const editor = await makeUser("editor");
    await expect(
      createUser({ actor: editor, input: { email: "new@test.local", displayName: "x", role: "admin", password: "correct horse battery" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("signing in", () => {
  it("accepts the right password, whatever the email's case", async () => {
    await makeUser("editor", { email: "login@test.local", password: "correct horse battery" });
    expect(await authenticate("LOGIN@test.local", "correct horse battery")).toMatchObject({ email: "login@test.local", role: "editor" });
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    await makeUser("editor", { email: "wrong@test.local", password: "correct horse battery" });
    expect(await authenticate("wrong@test.local", "incorrect horse battery")).toBeNull();
    expect(await authenticate("nobody@test.local", "correct horse battery")).toBeNull();
    expect(await authenticate("", "")).toBeNull();
  });

  it("locks a disabled user out, including sessions already issued", async () => {
    const user = await makeUser("writer", { email: "disabled@test.local", password: "correct horse battery" });
    const session = await authenticate("disabled@test.local", "correct horse battery");
    expect(await loadSessionUser(user.id, session!.sessionVersion)).not.toBeNull();
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await loadSessionUser(user.id, session!.sessionVersion)).toBeNull();
    expect(await authenticate("disabled@test.local", "correct horse battery")).toBeNull();
  });

  it("ends older sessions when the session version moves on", async () => {
    const user = await makeUser("editor");
    const [before] = await getDb().select().from(users).where(eq(users.id, user.id));
    await getDb().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    expect(await loadSessionUser(user.id, before!.sessionVersion)).toBeNull();
    expect(await loadSessionUser(user.id, before!.sessionVersion + 1)).toMatchObject({ id: user.id });
    expect(await loadSessionUser("not-a-uuid", 1)).toBeNull();
  });
});
