import "server-only";
import { revalidatePath } from "next/cache";
import { purgeCdn } from "./cdn-purge";

/**
 * After a change readers can see (the service returned public paths), refresh
 * the whole reader's site rather than the listed paths: a publish also changes
 * the home page, section and author lists, feeds, sitemaps, and the related and
 * same-section blocks of other articles. Pages re-render on their next request;
 * the cache of other instances follows through lib/cache/sync.ts, and a CDN in
 * front through lib/cache/cdn-purge.ts. Draft saves return no paths and leave
 * the cache alone.
 */
export function refreshPublicSite(changedPaths: readonly string[]) {
  if (changedPaths.length === 0) return;
  revalidatePath("/", "layout");
  purgeCdn();
}
