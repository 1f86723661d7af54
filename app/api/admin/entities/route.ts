import { NextResponse } from "next/server";
import { searchEntities } from "@/lib/entities";
import { withAuth } from "@/lib/http";

/** GET /api/admin/entities?type=person&q=giang — the tag pickers' search-as-you-type. */
export const GET = withAuth("entity.read", async ({ request, user }) => {
  const params = new URL(request.url).searchParams;
  const results = await searchEntities({
    actor: user,
    input: { type: params.get("type") as "person", q: params.get("q") ?? "", limit: params.get("limit") ?? undefined },
  });
  return NextResponse.json({ results }, { headers: { "Cache-Control": "private, no-store" } });
});
