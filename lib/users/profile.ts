import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { recordAudit, requestIp } from "@/lib/audit";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { UnauthenticatedError, type Actor } from "@/lib/policy";
import { DisplayNameSchema } from "./index";
import { hashPassword, verifyPassword } from "./password";
import { MAX_PASSWORD_LENGTH, PasswordSchema } from "./password-policy";
import { recordAttemptSuccess, reserveAttempt, throttledMessage } from "./throttle";

/*
 * One's own account: everyone edits their display name, bio and avatar (the
 * public author page /tac-gia/[slug] shows them) and their password. The
 * actor is the subject: there is no way to name another account here.
 */

function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
}

export interface OwnProfile {
  id: string;
  email: string;
  displayName: string;
  bio: string;
  avatarUrl: string | null;
  slug: string | null;
  role: Actor["role"];
  mustChangePassword: boolean;
}

export async function getOwnProfile({ actor }: { actor: Actor }): Promise<OwnProfile> {
  assertSignedIn(actor);
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      bio: users.bio,
      avatarUrl: users.avatarUrl,
      slug: users.slug,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  if (!row) throw new NotFoundError("Tài khoản không tồn tại.");
  return row;
}

/** An image address: https (or http) on another host, or a path on this site. */
const AvatarUrlSchema = z
  .string()
  .trim()
  .max(2048, "Địa chỉ ảnh quá dài.")
  .refine((value) => {
    if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "Ảnh đại diện phải là một địa chỉ https://… hoặc một đường dẫn trên trang.");

export const ProfileSchema = z.object({
  displayName: DisplayNameSchema,
  bio: z.string().trim().max(2000, "Giới thiệu tối đa 2000 ký tự.").default(""),
  avatarUrl: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), AvatarUrlSchema.nullable().default(null)),
});
export type ProfileInput = z.input<typeof ProfileSchema>;

export async function updateOwnProfile({ actor, input }: { actor: Actor; input: ProfileInput }) {
  assertSignedIn(actor);
  const data = ProfileSchema.parse(input);
  return getDb().transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!before) throw new NotFoundError("Tài khoản không tồn tại.");
    const [saved] = await tx
      .update(users)
      .set({ displayName: data.displayName, bio: data.bio, avatarUrl: data.avatarUrl, updatedAt: new Date() })
      .where(eq(users.id, actor.id))
      .returning();
    const changed = (["displayName", "bio", "avatarUrl"] as const).filter((field) => before[field] !== saved![field]);
    if (changed.length) {
      await recordAudit(tx, { actor, action: "user.update_profile", targetType: "user", targetId: actor.id, details: { fields: changed } });
    }
    // The public author page shows these: the caller revalidates it.
    return { slug: saved!.slug, changedPaths: saved!.slug ? [`/tac-gia/${saved!.slug}`] : [] };
  });
}

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Hãy nhập mật khẩu hiện tại.").max(MAX_PASSWORD_LENGTH),
    newPassword: PasswordSchema,
    confirmPassword: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .refine((data) => data.newPassword === data.confirmPassword, { message: "Hai lần nhập mật khẩu mới không khớp.", path: ["confirmPassword"] })
  .refine((data) => data.newPassword !== data.currentPassword, { message: "Mật khẩu mới phải khác mật khẩu hiện tại.", path: ["newPassword"] });
export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;

/**
 * Changes one's own password, the current one required. Clears "must change
 * password" and bumps the session version: every session of this account,
 * this one included, stops working — the caller signs the user in again with
 * the new password (app/(admin)/admin/change-password/actions.ts).
 */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: ChangePasswordInput }): Promise<{ email: string; sessionVersion: number }> {
  assertSignedIn(actor);
  const data = ChangePasswordSchema.parse(input);
  const [account] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, actor.id)).limit(1);
  if (!account) throw new UnauthenticatedError();
  // Guessing the current password through this form counts like guessing it at the login.
  const slot = await reserveAttempt({ email: account.email, ip: (await requestIp()) ?? "unknown" });
  if (slot.throttled) throw new ValidationError(throttledMessage(slot.retryAfterMinutes), "currentPassword");
  const newHash = await hashPassword(data.newPassword);
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!user || user.disabledAt) throw new UnauthenticatedError();
    if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
      throw new ValidationError("Mật khẩu hiện tại không đúng.", "currentPassword");
    }
    await recordAttemptSuccess(tx, slot.attemptId);
    const [saved] = await tx
      .update(users)
      .set({ passwordHash: newHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, actor.id))
      .returning({ email: users.email, sessionVersion: users.sessionVersion });
    await recordAudit(tx, {
      actor,
      action: "user.change_password",
      targetType: "user",
      targetId: actor.id,
      details: { wasTemporary: user.mustChangePassword },
    });
    return saved!;
  });
}
