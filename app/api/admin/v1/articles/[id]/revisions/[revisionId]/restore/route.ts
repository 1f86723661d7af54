import { NextResponse } from "next/server";
import { conflictBody, getArticleJson, readJsonObject } from "@/lib/articles/api";
import { restoreRevision } from "@/lib/articles/revisions";
import { ConflictError } from "@/lib/errors";
import { withAuth } from "@/lib/http";
import { refreshPublicSite } from "@/lib/cache/revalidate";

/**
 * POST /api/admin/v1/articles/{id}/revisions/{revisionId}/restore { version }
 * saves the revision's snapshot as the article's new state (a "restore" revision).
 * → 200 { article: ArticleJson, dropped: [{ id, type, name }] } (tags that no longer exist);
 * → 409 { error, current, details } when `version` is not the current one.
 */
export const POST = withAuth<{ id: string; revisionId: string }>("article.create", async ({ request, params, user }) => {
  const body = await readJsonObject(request);
  try {
    const saved = await restoreRevision({ actor: user, articleId: params.id, revisionId: params.revisionId, input: body });
    refreshPublicSite(saved.changedPaths);
    return NextResponse.json({ article: await getArticleJson({ actor: user, id: params.id }), dropped: saved.dropped });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return NextResponse.json(await conflictBody({ actor: user, id: params.id, error }), { status: 409 });
  }
});
