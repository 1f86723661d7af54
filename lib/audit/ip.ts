import "server-only";

/**
 * Where a request comes from, as recorded in login_attempts and audit_log:
 * the first hop of X-Forwarded-For, else X-Real-IP, else "unknown".
 *
 * The app is meant to run behind a reverse proxy (or Next.js itself, under `npm start`, which sets
 * X-Forwarded-For itself) that overwrites these headers; a client that can
 * reach the app directly can choose its own address. The per-account limit
 * does not depend on it.
 */
export function clientIp(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || headers.get("x-real-ip")?.trim() || "";
  // An address, not arbitrary text: IPv4, IPv6 (with an optional zone) or IPv4-mapped IPv6.
  return /^[0-9a-fA-F:.%]{2,64}$/.test(candidate) ? candidate.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1") : "unknown";
}

/** The address of the request being served, or null outside a request (CLI, tests, scheduled jobs). */
export async function requestIp(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return clientIp(await headers());
  } catch {
    return null;
  }
}
