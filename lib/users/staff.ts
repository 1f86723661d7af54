import "server-only";
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { PERMISSIONS, assertCan, type Actor } from "@/lib/policy";

/** Someone who may sign an article: the editor's byline picker lists them. */
export interface BylineCandidate {
  id: string;
  displayName: string;
  /** The author page /tac-gia/[slug]. */
  slug: string | null;
}

/**
 * The staff an article may be signed by: enabled accounts whose role may write
 * articles, by name (Vietnamese order). Only those who may write articles may
 * ask; the list carries no email or role, only what a byline shows.
 */
export async function listBylineCandidates({ actor }: { actor: Actor }): Promise<BylineCandidate[]> {
  assertCan(actor, "article.create");
  return getDb()
    .select({ id: users.id, displayName: users.displayName, slug: users.slug })
    .from(users)
    .where(and(isNull(users.disabledAt), inArray(users.role, [...PERMISSIONS["article.create"]])))
    .orderBy(sql`${users.displayName} collate "vi-x-icu"`, asc(users.id));
}
