/**
 * Whether this process may hand out or honour sessions. In production the
 * secret must be set (and long enough): if it is not, every admin page, action
 * and API refuses access — it never falls back to something guessable.
 */
export function authConfigured(source: Record<string, string | undefined> = process.env): boolean {
  if (source.NODE_ENV !== "production") return true;
  return (source.AUTH_SECRET?.length ?? 0) >= 32;
}

let warned = false;

/** True (and logged once) when sessions must be refused. */
export function refuseMisconfigured(): boolean {
  if (authConfigured()) return false;
  if (!warned) {
    warned = true;
    console.error("[toasoan] AUTH_SECRET is missing or shorter than 32 characters: every sign-in and session is refused.");
  }
  return true;
}
