import { NextResponse } from "next/server";
import { conflictBody, getArticleJson, patchArticleFromApi, readJsonObject } from "@/lib/articles/api";
import { ConflictError } from "@/lib/errors";
import { withAuth } from "@/lib/http";
import { refreshPublicSite } from "@/lib/cache/revalidate";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** GET /api/admin/v1/articles/{id} → 200 ArticleJson (with `version`); 404 unknown or malformed id; 403. */
export const GET = withAuth<{ id: string }>("article.create", async ({ params, user }) => {
  return NextResponse.json(await getArticleJson({ actor: user, id: params.id }), { headers: NO_STORE });
});

/**
 * PATCH /api/admin/v1/articles/{id} {version, …fields, autosave?, publish?, overwrite?}
 * → 200 ArticleJson with the new `version`;
 * → 409 { error, current: ArticleJson, details: { version, … } } when `version` is not the current one (nothing changes);
 * → 400 { error, fieldErrors } for a bad body (missing `version` included).
 */
export const PATCH = withAuth<{ id: string }>("article.create", async ({ request, params, user }) => {
  const body = await readJsonObject(request);
  try {
    const { saved, article } = await patchArticleFromApi({ actor: user, id: params.id, body });
    refreshPublicSite(saved.changedPaths);
    return NextResponse.json(article, { headers: NO_STORE });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return NextResponse.json(await conflictBody({ actor: user, id: params.id, error }), { status: 409, headers: NO_STORE });
  }
});
