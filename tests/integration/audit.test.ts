import "../support/fresh-database";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLog } from "@/db/schema";
import { AUDIT_ACTIONS, auditActionNames, clientIp, listAudit, recordAudit } from "@/lib/audit";
import { mergeEntities } from "@/lib/entities/merge";
import { deleteEntity } from "@/lib/entities/remove";
import { createEntity } from "@/lib/entities/records";
import { ForbiddenError } from "@/lib/policy";
import { SYSTEM } from "@/lib/users";
import { changeUserRole } from "@/lib/users/admin";
import { makeUser } from "./helpers";

const db = () => getDb();

describe("recordAudit", () => {
  it("writes who, what, to what and from where, inside the caller's transaction", async () => {
    const editor = await makeUser("editor");
    await db().transaction((tx) =>
      recordAudit(tx, { actor: { id: editor.id }, action: "article.publish", targetType: "article", targetId: "a1", details: { slug: "bai-mot" }, ip: "203.0.113.7" }),
    );
    const [row] = await db().select().from(auditLog).where(eq(auditLog.targetId, "a1"));
    expect(row).toMatchObject({ actorId: editor.id, actorLabel: editor.email, action: "article.publish", targetType: "article", details: { slug: "bai-mot" }, ip: "203.0.113.7" });
    expect(row!.createdAt).toBeInstanceOf(Date);
  });

  it("rolls back with the change it describes", async () => {
    await db()
      .transaction(async (tx) => {
        await recordAudit(tx, { actor: SYSTEM, action: "article.delete", targetType: "article", targetId: "rolled-back" });
        throw new Error("the write failed");
      })
      .catch(() => {});
    expect(await db().select().from(auditLog).where(eq(auditLog.targetId, "rolled-back"))).toHaveLength(0);
  });

  it("names the system, a bare label, or an id that is no account; with no request, no address", async () => {
    await db().transaction(async (tx) => {
      await recordAudit(tx, { actor: SYSTEM, action: "article.publish", targetId: "by-system" });
      await recordAudit(tx, { actor: { label: "Ai@Do.vn" }, action: "auth.login_failed", targetId: "by-label" });
      await recordAudit(tx, { actor: { id: "00000000-0000-4000-8000-000000000000" }, action: "article.publish", targetId: "by-ghost" });
    });
    const rows = await db().select().from(auditLog).where(sql`${auditLog.targetId} like 'by-%'`).orderBy(auditLog.id);
    expect(rows.map((row) => [row.actorId, row.actorLabel, row.ip])).toEqual([
      [null, "system", null],
      [null, "Ai@Do.vn", null],
      [null, "00000000-0000-4000-8000-000000000000", null],
    ]);
  });
});

describe("the log is append-only", () => {
  it("refuses updates, deletes and truncation, whoever asks", async () => {
    const editor = await makeUser("editor");
    await db().transaction((tx) => recordAudit(tx, { actor: editor, action: "article.publish", targetId: "kept" }));
    await expect(db().update(auditLog).set({ action: "nothing" }).where(eq(auditLog.targetId, "kept"))).rejects.toThrow();
    await expect(db().update(auditLog).set({ actorId: null }).where(eq(auditLog.targetId, "kept"))).rejects.toThrow();
    await expect(db().delete(auditLog).where(eq(auditLog.targetId, "kept"))).rejects.toThrow();
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await db().select().from(auditLog).where(eq(auditLog.targetId, "kept"))).toMatchObject([{ action: "article.publish", actorId: editor.id }]);
  });
});

describe("what gets recorded", () => {
  it("role changes, entity merges and deletions, each in their own transaction", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const writer = await makeUser("writer");
    await changeUserRole({ actor: admin, input: { id: writer.id, role: "editor" } });
    const a = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Phùng Quang Thanh" } });
    const b = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Feng Guangqing" } });
    const c = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Người Tạm" } });
    await mergeEntities({ actor: editor, input: { sourceId: b.id, targetId: a.id } });
    await deleteEntity({ actor: editor, id: c.id });
    const rows = await db().select().from(auditLog).orderBy(auditLog.id);
    expect(rows.find((row) => row.action === "user.update_role")).toMatchObject({ actorId: admin.id, targetId: writer.id, details: { from: "writer", to: "editor" } });
    expect(rows.find((row) => row.action === "entity.merge")).toMatchObject({ actorId: editor.id, targetId: a.id, details: { movedArticles: 0 } });
    expect(rows.find((row) => row.action === "entity.delete")).toMatchObject({ actorId: editor.id, targetId: c.id, details: { name: "Người Tạm" } });
  });
});

describe("/admin/audit's query", () => {
  it("filters by action, actor and date range (newsroom days), newest first", async () => {
    const admin = await makeUser("admin");
    const other = await makeUser("editor");
    await db().transaction(async (tx) => {
      await recordAudit(tx, { actor: admin, action: "article.publish", targetId: "f1", ip: null });
      await recordAudit(tx, { actor: other, action: "article.unpublish", targetId: "f2", ip: null });
      await recordAudit(tx, { actor: other, action: "article.publish", targetId: "f3", ip: null });
    });
    const byAction = await listAudit({ actor: admin, input: { action: "article.publish" } });
    expect(byAction.rows.map((row) => row.targetId).filter((id) => /^f\d$/.test(id ?? ""))).toEqual(["f3", "f1"]);
    expect(byAction.rows.every((row) => row.action === "article.publish")).toBe(true);
    const byActor = await listAudit({ actor: admin, input: { actor: other.email.toUpperCase(), action: "article.publish" } });
    expect(byActor.rows.map((row) => row.targetId)).toEqual(["f3"]);
    // "%" and "_" in the actor filter are literal.
    expect((await listAudit({ actor: admin, input: { actor: "%" } })).total).toBe(0);

    const [{ today }] = (await db().execute(sql`select to_char(now() at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as today`)) as unknown as [{ today: string }];
    expect((await listAudit({ actor: admin, input: { from: today, to: today, action: "article.unpublish" } })).rows).toHaveLength(1);
    expect((await listAudit({ actor: admin, input: { to: "2001-01-01" } })).total).toBe(0);
    expect((await listAudit({ actor: admin, input: { from: "2999-01-01" } })).total).toBe(0);
    await expect(listAudit({ actor: admin, input: { from: "hôm qua" } })).rejects.toThrow();
    expect(await auditActionNames({ actor: admin })).toEqual(expect.arrayContaining([...AUDIT_ACTIONS]));
  });

  it("is for admins only", async () => {
    for (const role of ["editor", "writer"] as const) {
      const actor = await makeUser(role);
      await expect(listAudit({ actor, input: {} })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(auditActionNames({ actor })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("client addresses", () => {
  it("take the first hop of X-Forwarded-For, else X-Real-IP, else unknown", () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIp(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(headers({ "x-real-ip": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientIp(headers({ "x-forwarded-for": "<script>" }))).toBe("unknown");
    expect(clientIp(headers({}))).toBe("unknown");
  });
});
