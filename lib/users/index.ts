import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/errors";
import { ROLES, assertCan, type Actor, type Role } from "@/lib/policy";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { decoyHash, hashPassword, verifyPassword } from "./password";
import { MAX_PASSWORD_LENGTH, PasswordSchema } from "./password-policy";

export { MIN_PASSWORD_LENGTH, PasswordSchema, generateTemporaryPassword, isCommonPassword } from "./password-policy";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Email không hợp lệ.").max(320, "Email quá dài."));

export const DisplayNameSchema = z.string().trim().min(1, "Cần có tên hiển thị.").max(120, "Tên hiển thị tối đa 120 ký tự.");

/** A new account. The password rules apply here, so the CLI's user:create follows them too. */
export const NewUserSchema = z.object({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  role: z.enum(ROLES),
  password: PasswordSchema,
});
export type NewUser = z.input<typeof NewUserSchema>;

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`Email ${email} đã được dùng cho một tài khoản khác.`);
    this.name = "DuplicateEmailError";
  }
}

/** The command line acts as the system: it is run by whoever holds the server. */
export const SYSTEM = "system" as const;

/** A free author-page slug from a display name ("Phóng viên Thu Hà" → "phong-vien-thu-ha", then "-2" …). */
export async function uniqueUserSlug(tx: Pick<Transaction, "select">, displayName: string, exceptId?: string): Promise<string> {
  return uniqueSlug(slugify(displayName) || "tac-gia", async (candidate) => {
    const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.slug, candidate)).limit(1);
    return !!row && row.id !== exceptId;
  });
}

/**
 * Inserts an account inside the caller's transaction: unique email (any
 * case), a slug for the author page, the audit row. The password is already
 * validated and hashed.
 */
export async function insertUser(
  tx: Transaction,
  { actor, data, passwordHash, mustChangePassword }: { actor: Actor | typeof SYSTEM; data: Omit<z.output<typeof NewUserSchema>, "password">; passwordHash: string; mustChangePassword: boolean },
): Promise<User> {
  const existing = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.email}`);
  if (existing.length > 0) throw new DuplicateEmailError(data.email);
  const slug = await uniqueUserSlug(tx, data.displayName);
  let user: User;
  try {
    [user] = (await tx
      .insert(users)
      .values({ email: data.email, displayName: data.displayName, role: data.role, passwordHash, mustChangePassword, slug })
      .returning()) as [User];
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_idx")) throw new DuplicateEmailError(data.email);
    throw error;
  }
  await recordAudit(tx, {
    actor,
    action: "user.create",
    targetType: "user",
    targetId: user.id,
    details: { email: user.email, displayName: user.displayName, role: user.role, temporaryPassword: mustChangePassword },
  });
  return user;
}

/** Creates an account with a password chosen by whoever creates it (the CLI, tests). */
export async function createUser({ actor, input }: { actor: Actor | typeof SYSTEM; input: NewUser }): Promise<User> {
  if (actor !== SYSTEM) assertCan(actor, "user.manage");
  const data = NewUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return getDb().transaction((tx) => insertUser(tx, { actor, data, passwordHash, mustChangePassword: false }));
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  sessionVersion: number;
  /** Set after an admin created or reset the account: only the password change is allowed until then. */
  mustChangePassword?: boolean;
}

export type CredentialCheck =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "unknown_account" | "wrong_password" | "disabled" | "malformed"; userId: string | null };

/**
 * Email + password → the user, or why not (for the audit log only: whoever
 * signs in is told the same thing in every case). The same work is done
 * whether or not the account exists.
 */
export async function verifyCredentials(email: string, password: string): Promise<CredentialCheck> {
  const parsed = EmailSchema.safeParse(email);
  if (!parsed.success || typeof password !== "string" || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    await verifyPassword(await decoyHash(), "x");
    return { ok: false, reason: "malformed", userId: null };
  }
  const [user] = await getDb()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${parsed.data}`)
    .limit(1);
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    return { ok: false, reason: "unknown_account", userId: null };
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok) return { ok: false, reason: "wrong_password", userId: user.id };
  if (user.disabledAt) return { ok: false, reason: "disabled", userId: user.id };
  return { ok: true, user: toSessionUser(user) };
}

/** Email + password → the user, or null. No throttling: sign-in goes through signInWithPassword (lib/users/sign-in). */
export async function authenticate(email: string, password: string): Promise<SessionUser | null> {
  const result = await verifyCredentials(email, password);
  return result.ok ? result.user : null;
}

/**
 * The user behind a session, if the account still exists, is enabled, and the
 * session was issued after the last role, password or status change.
 */
export async function loadSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const [user] = await getDb()
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt), eq(users.sessionVersion, sessionVersion)))
    .limit(1);
  return user ? toSessionUser(user) : null;
}

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    sessionVersion: user.sessionVersion,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function countUsers(): Promise<number> {
  const [row] = await getDb().select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}
