import { NextResponse } from "next/server";
import { lookupArticles } from "@/lib/articles/lookup";
import { withAuth } from "@/lib/http";

/** GET /api/admin/articles/lookup?q=lao+cai[&exclude=<id>] — the related-article block's search. */
export const GET = withAuth("article.create", async ({ request, user }) => {
  const params = new URL(request.url).searchParams;
  const results = await lookupArticles({
    actor: user,
    input: { q: params.get("q") ?? "", limit: params.get("limit") ?? undefined, exclude: params.get("exclude") || undefined },
  });
  return NextResponse.json({ results }, { headers: { "Cache-Control": "private, no-store" } });
});
