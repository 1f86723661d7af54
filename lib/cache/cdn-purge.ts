import { env, type Env } from "@/lib/env";

/**
 * Tells a CDN in front of the site to drop its copies when the public site
 * changes, so an unpublished article disappears there too, not only from the
 * app instances (lib/cache). Every change expires the whole site
 * (lib/cache/revalidate.ts), so this calls the CDN's "purge everything"
 * endpoint (CDN_PURGE_URL, with CDN_PURGE_METHOD, _HEADERS and _BODY): see the
 * README for Cloudflare, Fastly, Bunny and Varnish.
 *
 * Why in memory, not a job table: a CDN keeps a page at most its s-maxage plus
 * stale-while-revalidate (120 s, next.config.js), so a purge still failing
 * after that is moot, and an instance that stops before purging leaves pages
 * at most that old. Retries therefore stop within that window.
 */

export interface PurgeTarget {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export function cdnPurgeTarget(config: Pick<Env, "CDN_PURGE_URL" | "CDN_PURGE_METHOD" | "CDN_PURGE_HEADERS" | "CDN_PURGE_BODY"> = env()): PurgeTarget | null {
  if (!config.CDN_PURGE_URL) return null;
  return { url: config.CDN_PURGE_URL, method: config.CDN_PURGE_METHOD, headers: config.CDN_PURGE_HEADERS ?? {}, body: config.CDN_PURGE_BODY };
}

export interface PurgerOptions {
  /**
   * Wait before the first attempt: every other instance has dropped its copy
   * by then (NOTIFY takes milliseconds), so the CDN cannot refill from one
   * that has not; changes in the meantime share the purge.
   */
  settleMs?: number;
  /** Waits before each retry; their sum stays under the CDN's 120 s. */
  retryDelaysMs?: number[];
  attemptTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface Purger {
  /** After a change: purge (again) once whatever is under way is done. Resolves when the CDN has been told, or given up on. */
  request(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

export function createCdnPurger(target: PurgeTarget, options: PurgerOptions = {}): Purger {
  const { settleMs = 1_000, retryDelaysMs = [2_000, 8_000, 20_000, 45_000], attemptTimeoutMs = 10_000 } = options;
  const log = options.log ?? ((message: string) => console.error(`[cdn] ${message}`));
  let running: Promise<void> | null = null;
  /** A change no purge has been sent after yet. */
  let pending = false;

  const attempt = async () => {
    const response = await fetch(target.url, {
      method: target.method,
      headers: target.headers,
      body: target.method === "GET" ? undefined : target.body,
      redirect: "error",
      signal: AbortSignal.timeout(attemptTimeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };

  const run = async () => {
    await sleep(settleMs);
    let failures = 0;
    while (pending) {
      // This attempt starts after every change so far, so it covers them all.
      pending = false;
      try {
        await attempt();
        failures = 0;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (failures >= retryDelaysMs.length) {
          log(`could not purge ${new URL(target.url).host} (${reason}); giving up: its copies expire within 120 s`);
          failures = 0;
          continue; // a change made meanwhile still gets its own purge
        }
        log(`could not purge ${new URL(target.url).host} (${reason}); trying again`);
        await sleep(retryDelaysMs[failures++]!);
        pending = true;
      }
    }
    // In the same step as the last check of `pending`: a request from now on starts a new run.
    running = null;
  };

  return {
    request() {
      pending = true;
      running ??= run();
      return running;
    },
  };
}

const holder = globalThis as unknown as { __toasoanCdnPurger?: Purger | null };

/**
 * Purges the configured CDN after a public change; nothing when none is set.
 * Never throws or waits: the change is made, and the CDN follows.
 */
export function purgeCdn(): void {
  if (holder.__toasoanCdnPurger === undefined) {
    const target = cdnPurgeTarget();
    holder.__toasoanCdnPurger = target ? createCdnPurger(target) : null;
  }
  void holder.__toasoanCdnPurger?.request();
}
