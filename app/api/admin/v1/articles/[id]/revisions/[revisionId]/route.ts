import { NextResponse } from "next/server";
import { getRevision } from "@/lib/articles/revisions";
import { withAuth } from "@/lib/http";

/** GET /api/admin/v1/articles/{id}/revisions/{revisionId} → 200 { id, version, kind, author, createdAt, snapshot }. */
export const GET = withAuth<{ id: string; revisionId: string }>("article.create", async ({ params, user }) => {
  const revision = await getRevision({ actor: user, articleId: params.id, revisionId: params.revisionId });
  // A revision never changes once written, except the running autosave one: let the browser revalidate.
  return NextResponse.json(revision, { headers: { "Cache-Control": "private, no-cache" } });
});
