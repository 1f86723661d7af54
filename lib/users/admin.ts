import "server-only";
import { and, asc, count, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { articleAuthors, articles, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { ROLES, assertCan, type Actor, type Role } from "@/lib/policy";
import { DisplayNameSchema, EmailSchema, insertUser } from "./index";
import { hashPassword } from "./password";
import { generateTemporaryPassword } from "./password-policy";

/*
 * User administration (admins only): list and search, create with a temporary
 * password, change role, disable and enable, reset the password, delete with
 * the articles reassigned. Each write: policy check, zod, one transaction with
 * its audit row. Role, status and password changes bump the session version,
 * so the user's open sessions stop working on their next request.
 */

export interface AdminUserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  slug: string | null;
  disabledAt: Date | null;
  mustChangePassword: boolean;
  createdAt: Date;
}

const adminColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  slug: users.slug,
  disabledAt: users.disabledAt,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

export const USERS_PAGE_SIZE = 50;

export const UserListSchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

const fold = (value: unknown) => sql`immutable_unaccent(replace(lower(${value}), 'đ', 'd'))`;

/** Accounts by display name, searched by name (diacritics optional) or email. */
export async function listUsers({ actor, input }: { actor: Actor; input: z.input<typeof UserListSchema> }) {
  assertCan(actor, "user.manage");
  const { q, page } = UserListSchema.parse(input);
  let where: SQL | undefined;
  if (q) {
    const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    where = or(sql`lower(${users.email}) like ${pattern}`, sql`${fold(users.displayName)} like ${fold(pattern)}`);
  }
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select(adminColumns)
      .from(users)
      .where(where)
      .orderBy(sql`${users.displayName} collate "vi-x-icu"`, asc(users.email))
      .limit(USERS_PAGE_SIZE)
      .offset((page - 1) * USERS_PAGE_SIZE),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const n = total?.n ?? 0;
  return { rows: rows as AdminUserRow[], total: n, q, page, pageCount: Math.max(1, Math.ceil(n / USERS_PAGE_SIZE)) };
}

export interface AdminUserDetail extends AdminUserRow {
  bio: string;
  avatarUrl: string | null;
  /** Articles this user filed (articles.author_id) and bylines they carry. */
  articleCount: number;
  bylineCount: number;
}

export async function getUserForAdmin({ actor, id }: { actor: Actor; id: string }): Promise<AdminUserDetail> {
  assertCan(actor, "user.manage");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("Tài khoản không tồn tại.");
  const db = getDb();
  const [user] = await db
    .select({ ...adminColumns, bio: users.bio, avatarUrl: users.avatarUrl })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!user) throw new NotFoundError("Tài khoản không tồn tại.");
  const [[owned], [bylines]] = await Promise.all([
    db.select({ n: count() }).from(articles).where(eq(articles.authorId, id)),
    db.select({ n: count() }).from(articleAuthors).where(eq(articleAuthors.userId, id)),
  ]);
  return { ...(user as AdminUserRow & { bio: string; avatarUrl: string | null }), articleCount: owned?.n ?? 0, bylineCount: bylines?.n ?? 0 };
}

/** The enabled accounts, by name: owners for new API tokens, heirs for a deleted account's articles. */
export async function listActiveAccounts({ actor }: { actor: Actor }) {
  assertCan(actor, "user.manage");
  return getDb()
    .select({ id: users.id, displayName: users.displayName, email: users.email, role: users.role })
    .from(users)
    .where(isNull(users.disabledAt))
    .orderBy(sql`${users.displayName} collate "vi-x-icu"`, asc(users.email));
}

/** Everyone an account's articles may be handed to: the other enabled accounts. */
export async function listReassignmentTargets({ actor, exceptId }: { actor: Actor; exceptId: string }) {
  return (await listActiveAccounts({ actor })).filter((row) => row.id !== exceptId);
}

// ——— writes ———

export const CreateUserInputSchema = z.object({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  role: z.enum(ROLES, "Hãy chọn vai trò."),
});

/**
 * A new account with a generated temporary password, returned once (it is
 * stored only as a hash). The user must change it at first sign-in.
 */
export async function createUserWithTemporaryPassword({ actor, input }: { actor: Actor; input: z.input<typeof CreateUserInputSchema> }) {
  assertCan(actor, "user.manage");
  const data = CreateUserInputSchema.parse(input);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await getDb().transaction((tx) => insertUser(tx, { actor, data, passwordHash, mustChangePassword: true }));
  return { user: toRow(user), temporaryPassword };
}

const IdSchema = z.uuid("Tài khoản không hợp lệ.");

function toRow(user: User): AdminUserRow {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    slug: user.slug,
    disabledAt: user.disabledAt,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt,
  };
}

async function lockUser(tx: Transaction, id: string): Promise<User> {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  if (!user) throw new NotFoundError("Tài khoản không tồn tại.");
  return user;
}

export const LAST_ADMIN_MESSAGE = "Đây là quản trị viên cuối cùng còn hoạt động: không thể hạ quyền, vô hiệu hóa hay xóa tài khoản này.";

/**
 * Refuses to leave the newsroom without an active admin. Changes that could
 * take one away take a lock first, so two admins demoting each other at the
 * same moment cannot both succeed.
 */
async function keepAnActiveAdmin(tx: Transaction, target: User) {
  if (target.role !== "admin" || target.disabledAt) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('toasoan:active-admins', 0))`);
  const [others] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, target.id)));
  if ((others?.n ?? 0) === 0) throw new ConflictError(LAST_ADMIN_MESSAGE);
}

const bumpSession = sql`${users.sessionVersion} + 1`;

export const ChangeRoleSchema = z.object({ id: IdSchema, role: z.enum(ROLES, "Hãy chọn vai trò.") });

export async function changeUserRole({ actor, input }: { actor: Actor; input: z.input<typeof ChangeRoleSchema> }): Promise<AdminUserRow> {
  assertCan(actor, "user.manage");
  const { id, role } = ChangeRoleSchema.parse(input);
  return getDb().transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (user.role === role) return toRow(user);
    if (role !== "admin") await keepAnActiveAdmin(tx, user);
    const [saved] = await tx.update(users).set({ role, sessionVersion: bumpSession, updatedAt: new Date() }).where(eq(users.id, id)).returning();
    await recordAudit(tx, { actor, action: "user.update_role", targetType: "user", targetId: id, details: { email: user.email, from: user.role, to: role } });
    return toRow(saved!);
  });
}

export const SetDisabledSchema = z.object({ id: IdSchema, disabled: z.boolean() });

export async function setUserDisabled({ actor, input }: { actor: Actor; input: z.input<typeof SetDisabledSchema> }): Promise<AdminUserRow> {
  assertCan(actor, "user.manage");
  const { id, disabled } = SetDisabledSchema.parse(input);
  if (disabled && id === actor.id) throw new ValidationError("Bạn không thể tự vô hiệu hóa tài khoản của mình.");
  return getDb().transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (!!user.disabledAt === disabled) return toRow(user);
    if (disabled) await keepAnActiveAdmin(tx, user);
    const [saved] = await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null, sessionVersion: bumpSession, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, { actor, action: disabled ? "user.disable" : "user.enable", targetType: "user", targetId: id, details: { email: user.email } });
    return toRow(saved!);
  });
}

export const ResetPasswordSchema = z.object({ id: IdSchema });

/** A new temporary password (returned once); the user's sessions end and they must choose a new one. */
export async function resetUserPassword({ actor, input }: { actor: Actor; input: z.input<typeof ResetPasswordSchema> }) {
  assertCan(actor, "user.manage");
  const { id } = ResetPasswordSchema.parse(input);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await getDb().transaction(async (tx) => {
    const user = await lockUser(tx, id);
    const [saved] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionVersion: bumpSession, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, { actor, action: "user.reset_password", targetType: "user", targetId: id, details: { email: user.email } });
    return saved!;
  });
  return { user: toRow(user), temporaryPassword };
}

export const DeleteUserSchema = z.object({
  id: IdSchema,
  reassignTo: z.uuid("Hãy chọn người nhận lại các bài viết."),
});

/**
 * Deletes an account. Its articles (articles.author_id) and bylines
 * (article_authors) move to `reassignTo`, in the same transaction; its API
 * tokens go with it. Revisions, notes and audit rows keep their text but lose
 * the link to the account.
 */
export async function deleteUser({ actor, input }: { actor: Actor; input: z.input<typeof DeleteUserSchema> }) {
  assertCan(actor, "user.manage");
  const { id, reassignTo } = DeleteUserSchema.parse(input);
  if (id === actor.id) throw new ValidationError("Bạn không thể tự xóa tài khoản của mình.");
  if (id === reassignTo) throw new ValidationError("Hãy chọn một người khác để nhận lại các bài viết.", "reassignTo");
  return getDb().transaction(async (tx) => {
    // Both rows, in a fixed order.
    const locked = await tx.select().from(users).where(inArray(users.id, [id, reassignTo])).orderBy(users.id).for("update");
    const user = locked.find((row) => row.id === id);
    const heir = locked.find((row) => row.id === reassignTo);
    if (!user) throw new NotFoundError("Tài khoản không tồn tại.");
    if (!heir) throw new ValidationError("Người nhận lại các bài viết không còn tồn tại.", "reassignTo");
    await keepAnActiveAdmin(tx, user);

    const moved = await tx.update(articles).set({ authorId: reassignTo }).where(eq(articles.authorId, id)).returning({ id: articles.id });
    // A byline the heir already has on the same article is kept once.
    await tx
      .delete(articleAuthors)
      .where(
        and(
          eq(articleAuthors.userId, id),
          inArray(articleAuthors.articleId, tx.select({ articleId: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.userId, reassignTo))),
        ),
      );
    const bylines = await tx.update(articleAuthors).set({ userId: reassignTo }).where(eq(articleAuthors.userId, id)).returning({ articleId: articleAuthors.articleId });

    await recordAudit(tx, {
      actor,
      action: "user.delete",
      targetType: "user",
      targetId: id,
      details: { email: user.email, displayName: user.displayName, role: user.role, reassignedTo: { id: heir.id, email: heir.email }, articles: moved.length, bylines: bylines.length },
    });
    await tx.delete(users).where(eq(users.id, id));
    return { deleted: toRow(user), reassignedTo: toRow(heir), articles: moved.length, bylines: bylines.length };
  });
}
