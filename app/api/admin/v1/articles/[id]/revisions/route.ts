import { NextResponse } from "next/server";
import { readJsonObject } from "@/lib/articles/api";
import { keepConflictCopy, listRevisions } from "@/lib/articles/revisions";
import { withAuth } from "@/lib/http";

/** GET /api/admin/v1/articles/{id}/revisions → 200 { revisions: [{ id, version, kind, author: {id, displayName} | null, createdAt }] }, newest first. */
export const GET = withAuth<{ id: string }>("article.create", async ({ params, user }) => {
  const revisions = await listRevisions({ actor: user, articleId: params.id });
  return NextResponse.json({ revisions }, { headers: { "Cache-Control": "private, no-store" } });
});

/**
 * POST /api/admin/v1/articles/{id}/revisions { kind: "conflict", version, article: {…fields} }
 * keeps a user's unsaved text (the losing side when they take the other version) without changing the article.
 * → 201 { id, version, kind, author, createdAt }
 */
export const POST = withAuth<{ id: string }>("article.create", async ({ request, params, user }) => {
  const body = await readJsonObject(request);
  const revision = await keepConflictCopy({ actor: user, articleId: params.id, input: body });
  return NextResponse.json(revision, { status: 201 });
});
