import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { apiTokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/policy";
import { toSessionUser, type SessionUser } from "@/lib/users";

/**
 * Personal API tokens for integrations calling /api/admin/v1 with
 * `Authorization: Bearer ts_…`. An admin creates one for an account (it
 * carries that account's role, read at each request) and sees it once; only
 * its SHA-256 is stored. A revoked token, or one whose owner is disabled or
 * deleted, is refused.
 */
export const TOKEN_PREFIX = "ts_";
const TOKEN_PATTERN = /^ts_[A-Za-z0-9_-]{32}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** `ts_` and 32 base64url characters (192 random bits). */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
}

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  ownerName: string;
  ownerEmail: string;
  ownerRole: SessionUser["role"];
  ownerDisabled: boolean;
  createdAt: Date;
  createdByEmail: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function listApiTokens({ actor, userId }: { actor: Actor; userId?: string }): Promise<TokenRow[]> {
  assertCan(actor, "user.manage");
  const creators = sql`(select ${users.email} from ${users} where ${users.id} = ${apiTokens.createdBy})`;
  const rows = await getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      userId: apiTokens.userId,
      ownerName: users.displayName,
      ownerEmail: users.email,
      ownerRole: users.role,
      ownerDisabledAt: users.disabledAt,
      createdAt: apiTokens.createdAt,
      createdByEmail: sql<string | null>`${creators}`,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(userId && z.uuid().safeParse(userId).success ? eq(apiTokens.userId, userId) : undefined)
    .orderBy(sql`${apiTokens.revokedAt} is not null`, desc(apiTokens.createdAt));
  return rows.map(({ ownerDisabledAt, ...row }) => ({ ...row, ownerDisabled: !!ownerDisabledAt }));
}

export const CreateTokenSchema = z.object({
  userId: z.uuid("Hãy chọn tài khoản sở hữu mã."),
  name: z.string().trim().min(1, "Hãy đặt tên cho mã (ví dụ: tên hệ thống tích hợp).").max(100, "Tên tối đa 100 ký tự."),
});

/** Creates a token; the plain value is returned this once and never stored. */
export async function createApiToken({ actor, input }: { actor: Actor; input: z.input<typeof CreateTokenSchema> }) {
  assertCan(actor, "user.manage");
  const data = CreateTokenSchema.parse(input);
  const token = generateToken();
  return getDb().transaction(async (tx) => {
    const [owner] = await tx.select().from(users).where(eq(users.id, data.userId)).limit(1);
    if (!owner) throw new ValidationError("Tài khoản này không tồn tại.", "userId");
    if (owner.disabledAt) throw new ValidationError("Tài khoản này đã bị vô hiệu hóa.", "userId");
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: owner.id, name: data.name, tokenHash: hashToken(token), prefix: token.slice(0, 8), createdBy: actor.id })
      .returning();
    await recordAudit(tx, {
      actor,
      action: "token.create",
      targetType: "api_token",
      targetId: row!.id,
      details: { name: data.name, prefix: row!.prefix, owner: owner.email, role: owner.role },
    });
    return { id: row!.id, name: row!.name, prefix: row!.prefix, token };
  });
}

export const RevokeTokenSchema = z.object({ id: z.uuid("Mã không hợp lệ.") });

export async function revokeApiToken({ actor, input }: { actor: Actor; input: z.input<typeof RevokeTokenSchema> }) {
  assertCan(actor, "user.manage");
  const { id } = RevokeTokenSchema.parse(input);
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for("update");
    if (!row) throw new NotFoundError("Mã này không tồn tại.");
    if (row.revokedAt) return { id, revokedAt: row.revokedAt };
    const [saved] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
    await recordAudit(tx, { actor, action: "token.revoke", targetType: "api_token", targetId: id, details: { name: row.name, prefix: row.prefix } });
    return { id, revokedAt: saved!.revokedAt! };
  });
}

/**
 * The account a bearer token acts as, or null: unknown, malformed or revoked
 * token, disabled owner. Notes the use (at most once a minute per token).
 */
export async function authenticateToken(token: string): Promise<SessionUser | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const db = getDb();
  const [row] = await db
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(and(eq(apiTokens.id, row.tokenId), sql`(${apiTokens.lastUsedAt} is null or ${apiTokens.lastUsedAt} < now() - interval '1 minute')`));
  }
  return toSessionUser(row.user);
}
