import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getSqlClient } from "@/db";
import { purgeCdn } from "./cdn-purge";
import pageCache from "./page-cache-handler.cjs";

/**
 * Keeps the page cache (page-cache-handler.cjs) of every app instance in step
 * through PostgreSQL LISTEN/NOTIFY: no extra service, and an instance that
 * loses the connection drops its cache rather than serve what it missed.
 */
const CHANNEL = "toasoan_page_cache";
const INSTANCE = randomUUID();
const Announcement = z.object({ from: z.string(), tags: z.array(z.string().max(1024)).max(1000) });

/** The tag revalidatePath("/", "layout") expires: every page below the root layout. */
export const WHOLE_SITE_TAG = "_N_T_/layout";

let started = false;

/** Called once per server instance, from instrumentation.ts. */
export async function startPageCacheSync() {
  if (started) return;
  started = true;
  const sql = getSqlClient();
  pageCache.setAnnouncer((tags) => {
    sql.notify(CHANNEL, JSON.stringify({ from: INSTANCE, tags })).catch((error: unknown) => {
      console.error("[cache] could not announce an invalidation:", error instanceof Error ? error.message : error);
    });
  });
  let connectedBefore = false;
  await sql.listen(
    CHANNEL,
    (payload) => {
      const message = Announcement.safeParse(safeJson(payload));
      if (message.success && message.data.from !== INSTANCE) pageCache.expireTags(message.data.tags);
    },
    () => {
      // A reconnect may have missed announcements: start from an empty cache.
      if (connectedBefore) pageCache.clearAll();
      connectedBefore = true;
    },
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * For work outside a request (the scheduler), where Next's revalidatePath does
 * not apply: expires every public page here, on every other instance and on
 * the CDN, if one is configured.
 */
export async function expireWholeSite() {
  pageCache.expireTags([WHOLE_SITE_TAG]);
  await getSqlClient().notify(CHANNEL, JSON.stringify({ from: INSTANCE, tags: [WHOLE_SITE_TAG] }));
  purgeCdn();
}
