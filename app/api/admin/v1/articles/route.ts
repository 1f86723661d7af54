import { NextResponse } from "next/server";
import { createArticleFromApi, listArticlesJson, readJsonObject } from "@/lib/articles/api";
import { withAuth } from "@/lib/http";
import { refreshPublicSite } from "@/lib/cache/revalidate";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/admin/v1/articles[?limit=20][&cursor=<id> | &page=2]
 * → 200 { items: ArticleListItem[], nextCursor: string | null, page?, nextPage? }, newest first.
 */
export const GET = withAuth("article.create", async ({ request, user }) => {
  const params = new URL(request.url).searchParams;
  const result = await listArticlesJson({
    actor: user,
    query: { limit: params.get("limit") ?? undefined, cursor: params.get("cursor") ?? undefined, page: params.get("page") ?? undefined },
  });
  return NextResponse.json(result, { headers: NO_STORE });
});

/**
 * POST /api/admin/v1/articles {title, sapo, body, …, publish?}
 * → 201 ArticleJson (with `id` and `version`) and a Location header; 400 with fieldErrors.
 */
export const POST = withAuth("article.create", async ({ request, user }) => {
  const body = await readJsonObject(request);
  const { saved, article } = await createArticleFromApi({ actor: user, body });
  refreshPublicSite(saved.changedPaths);
  return NextResponse.json(article, { status: 201, headers: { ...NO_STORE, Location: `/api/admin/v1/articles/${saved.id}` } });
});
