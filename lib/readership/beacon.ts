import "server-only";
import { createHash } from "node:crypto";
import { isbot } from "isbot";
import { clientIp } from "@/lib/audit/ip";
import { z } from "zod";

/**
 * What POST /api/views accepts: `{ "articleId": "<uuid>" }` as JSON, sent by
 * fetch (application/json) or by navigator.sendBeacon (a string body, which the
 * browser labels text/plain).
 */
export const ViewBeaconSchema = z.object({ articleId: z.uuid("Mã bài viết không hợp lệ.") });

/** A beacon is a few dozen bytes; anything much larger is not one. */
export const MAX_BEACON_BYTES = 1_024;

export type BeaconVerdict =
  | { kind: "count"; articleId: string }
  /** Not a reader's view: answered 204 like a counted one, so bots learn nothing. */
  | { kind: "ignore"; reason: "bot" | "prefetch" | "cross-site" }
  | { kind: "invalid"; status: 400 | 413 | 415; error: string; fieldErrors?: Record<string, string[]> };

const invalid = (status: 400 | 413 | 415, error: string, fieldErrors?: Record<string, string[]>): BeaconVerdict => ({ kind: "invalid", status, error, fieldErrors });

/** Speculative loads (link prefetch, prerender) are not reads. */
function isSpeculative(headers: Headers): boolean {
  const purpose = [headers.get("sec-purpose"), headers.get("purpose"), headers.get("x-purpose"), headers.get("x-moz")].join(" ").toLowerCase();
  return /\b(prefetch|prerender|preview)\b/.test(purpose);
}

/** The body as text, or null when it is larger than `limit` bytes. */
async function readText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Decides what a beacon request is: a view to count, something to ignore
 * (bots — including requests with no User-Agent —, prefetches, other sites),
 * or bad input (4xx). Never throws.
 */
export async function readViewBeacon(request: Request): Promise<BeaconVerdict> {
  const headers = request.headers;
  const userAgent = headers.get("user-agent")?.trim();
  if (!userAgent || isbot(userAgent)) return { kind: "ignore", reason: "bot" };
  if (isSpeculative(headers)) return { kind: "ignore", reason: "prefetch" };
  if (headers.get("sec-fetch-site") === "cross-site") return { kind: "ignore", reason: "cross-site" };

  const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "" && type !== "application/json" && type !== "text/plain") {
    return invalid(415, "Nội dung phải là JSON (application/json hoặc text/plain).");
  }
  let text: string | null;
  try {
    text = await readText(request, MAX_BEACON_BYTES);
  } catch {
    return invalid(400, "Không đọc được nội dung yêu cầu.");
  }
  if (text === null) return invalid(413, `Nội dung quá lớn (tối đa ${MAX_BEACON_BYTES} byte).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid(400, "Nội dung phải là JSON, ví dụ {\"articleId\": \"…\"}.");
  }
  const parsed = ViewBeaconSchema.safeParse(json);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.length ? String(issue.path[0]) : "_form"] ??= []).push(issue.message);
    return invalid(400, "Dữ liệu không hợp lệ.", fieldErrors);
  }
  return { kind: "count", articleId: parsed.data.articleId };
}

/**
 * Who sent a beacon, for counting one view per reader: a hash of the address
 * and the browser, so no address is kept in memory. Readers behind one address
 * with the same browser count as one — the usual trade of view counters.
 */
export function readerKey(headers: Pick<Headers, "get">): string {
  return createHash("sha256").update(`${clientIp(headers)}\n${headers.get("user-agent") ?? ""}`).digest("base64url").slice(0, 16);
}
