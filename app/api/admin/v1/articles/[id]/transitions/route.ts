import { NextResponse } from "next/server";
import { transitionArticle } from "@/lib/articles/workflow";
import { ValidationError } from "@/lib/errors";
import { withAuth } from "@/lib/http";
import { refreshPublicSite } from "@/lib/cache/revalidate";

/**
 * POST /api/admin/v1/articles/{id}/transitions {"to", "at"?, "note"?}:
 * 200 with the new state, 403 when the role may not, 409 when the move is impossible.
 */
export const POST = withAuth<{ id: string }>("article.create", async ({ request, params, user }) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ValidationError("Nội dung yêu cầu phải là JSON.");
  }
  const result = await transitionArticle({ actor: user, id: params.id, input: body as never });
  refreshPublicSite(result.changedPaths);
  return NextResponse.json({ id: result.id, from: result.from, status: result.to, version: result.version, publishedAt: result.publishedAt });
});
