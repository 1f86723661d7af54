import { NextResponse } from "next/server";
import { PRESENCE_HEARTBEAT_SECONDS, PRESENCE_WINDOW_SECONDS, leavePresence, touchPresence } from "@/lib/articles/presence";
import { withAuth } from "@/lib/http";

/**
 * POST /api/admin/v1/articles/{id}/presence (no body): "I have it open".
 * → 200 { others: [{ id, displayName, seenAt }], heartbeatSeconds, windowSeconds }
 */
export const POST = withAuth<{ id: string }>("article.create", async ({ params, user }) => {
  const others = await touchPresence({ actor: user, articleId: params.id });
  return NextResponse.json(
    { others, heartbeatSeconds: PRESENCE_HEARTBEAT_SECONDS, windowSeconds: PRESENCE_WINDOW_SECONDS },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});

/** DELETE /api/admin/v1/articles/{id}/presence: "I closed it" (sent with fetch keepalive on pagehide). → 204 */
export const DELETE = withAuth<{ id: string }>("article.create", async ({ params, user }) => {
  await leavePresence({ actor: user, articleId: params.id });
  return new NextResponse(null, { status: 204 });
});
