import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { ROLES, assertCan, type Actor, type Role } from "@/lib/policy";
import { decoyHash, hashPassword, verifyPassword } from "./password";

export const MIN_PASSWORD_LENGTH = 12;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Email không hợp lệ."));

export const NewUserSchema = z.object({
  email: EmailSchema,
  displayName: z.string().trim().min(1, "Cần có tên hiển thị.").max(120),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`).max(1024),
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

export async function createUser({ actor, input }: { actor: Actor | typeof SYSTEM; input: NewUser }): Promise<User> {
  if (actor !== SYSTEM) assertCan(actor, "user.manage");
  const data = NewUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  const db = getDb();
  const existing = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${data.email}`);
  if (existing.length > 0) throw new DuplicateEmailError(data.email);
  const [user] = await db
    .insert(users)
    .values({ email: data.email, displayName: data.displayName, role: data.role, passwordHash })
    .returning();
  return user!;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  sessionVersion: number;
}

/** Email + password → the user, or null. The same work is done whether or not the account exists. */
export async function authenticate(email: string, password: string): Promise<SessionUser | null> {
  const parsed = EmailSchema.safeParse(email);
  if (!parsed.success || typeof password !== "string" || password.length === 0 || password.length > 1024) return null;
  const [user] = await getDb()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${parsed.data}`)
    .limit(1);
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.disabledAt) return null;
  return toSessionUser(user);
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

function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}

export async function countUsers(): Promise<number> {
  const [row] = await getDb().select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}
