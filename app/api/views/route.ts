import { NextResponse } from "next/server";
import { recordView } from "@/lib/readership";
import { readViewBeacon, readerKey } from "@/lib/readership/beacon";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * POST /api/views {"articleId": "<uuid>"} — the article page's view beacon
 * (navigator.sendBeacon, or fetch with keepalive). Public on purpose: readers
 * are anonymous. → 204 at once, without waiting for the database (the view is
 * counted in memory and written in a batch); bots, prefetches and other sites
 * get the same 204 and are not counted, and so does a reader's repeat view of
 * the same article within half an hour. → 400/413/415 on a bad body.
 */
export async function POST(request: Request): Promise<Response> {
  const beacon = await readViewBeacon(request);
  if (beacon.kind === "invalid") {
    return NextResponse.json({ error: beacon.error, fieldErrors: beacon.fieldErrors }, { status: beacon.status, headers: NO_STORE });
  }
  if (beacon.kind === "count") recordView(beacon.articleId, new Date(), readerKey(request.headers));
  return new Response(null, { status: 204, headers: NO_STORE });
}
