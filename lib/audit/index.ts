import "server-only";
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db";
import { auditLog, users } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/policy";
import { requestIp } from "./ip";

export { clientIp, requestIp } from "./ip";

/**
 * The actions the newsroom records. `action` is free text in the table (so a
 * new kind of event needs no migration), but these are the ones the UI names.
 */
export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.login_failed",
  "auth.login_throttled",
  "user.create",
  "user.update_role",
  "user.disable",
  "user.enable",
  "user.reset_password",
  "user.delete",
  "user.update_profile",
  "user.change_password",
  "token.create",
  "token.revoke",
  "article.publish",
  "article.unpublish",
  "article.schedule",
  "article.archive",
  "article.delete",
  "entity.merge",
  "entity.delete",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Who did it: a user (`{ id }`, with `email` when the caller has it — else it
 * is read in the same transaction), the system (CLI, scheduler), or just a
 * label (the email typed on a failed sign-in).
 */
export type AuditActor = { id: string; email?: string } | { label: string } | "system";

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction | (string & {});
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  /** From where. Left out: the address of the current request, if there is one. `null`: none. */
  ip?: string | null;
}

/**
 * Appends one row to the audit log inside the caller's transaction, so the
 * record and the change it describes commit or roll back together.
 *
 *   await db.transaction(async (tx) => {
 *     … the write …
 *     await recordAudit(tx, { actor, action: "article.publish", targetType: "article", targetId: id, details: { slug } });
 *   });
 */
export async function recordAudit(tx: Transaction, entry: AuditEntry): Promise<void> {
  let actorId: string | null = null;
  let actorLabel: string;
  if (entry.actor === "system") {
    actorLabel = "system";
  } else if ("label" in entry.actor) {
    actorLabel = entry.actor.label.slice(0, 320);
  } else {
    const { id, email } = entry.actor;
    // Only a user that exists becomes actor_id (the foreign key); the label always says who.
    const [row] = z.uuid().safeParse(id).success ? await tx.select({ email: users.email }).from(users).where(eq(users.id, id)).limit(1) : [];
    actorId = row ? id : null;
    actorLabel = email ?? row?.email ?? id;
  }
  const ip = entry.ip === undefined ? await requestIp() : entry.ip;
  await tx.insert(auditLog).values({
    actorId,
    actorLabel,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
    ip,
  });
}

const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Ngày không hợp lệ.");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

export const AuditFilterSchema = z.object({
  action: optional(z.string().trim().max(64)),
  /** Part of the actor's label: an email, "system", or the email tried on a failed sign-in. */
  actor: optional(z.string().trim().max(320)),
  /** Days in the newsroom's time zone, inclusive. */
  from: optional(dateString),
  to: optional(dateString),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = z.input<typeof AuditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: number;
  createdAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The log, newest first, filtered by action, actor and date range (admins only). */
export async function listAudit({ actor, input }: { actor: Actor; input: AuditFilter }) {
  assertCan(actor, "audit.read");
  const filter = AuditFilterSchema.parse(input);
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actor) conditions.push(ilike(auditLog.actorLabel, `%${escapeLike(filter.actor)}%`));
  if (filter.from) conditions.push(gte(auditLog.createdAt, sql`(${filter.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  if (filter.to) conditions.push(lt(auditLog.createdAt, sql`(${filter.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  const where = conditions.length ? and(...conditions) : undefined;
  const db = getDb();
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  const total = count?.n ?? 0;
  return {
    rows: rows as AuditRow[],
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    filter,
  };
}

/** Every action that appears in the log or that the app knows, for the filter's list. */
export async function auditActionNames({ actor }: { actor: Actor }): Promise<string[]> {
  assertCan(actor, "audit.read");
  const rows = await getDb().selectDistinct({ action: auditLog.action }).from(auditLog);
  return [...new Set<string>([...AUDIT_ACTIONS, ...rows.map((row) => row.action)])].sort();
}
