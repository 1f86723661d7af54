// @ts-check
"use strict";

/**
 * Next.js's cache of rendered public pages and route responses (ISR), kept in
 * this process's memory and invalidated across every app instance.
 *
 * Why not Next's default (memory + files under .next): the build's prerenders
 * came from the build's database, not the one served; and a revalidatePath on
 * one instance would leave the others serving an unpublished article. Here:
 * - nothing from the build is served: a page renders on its first request;
 * - revalidateTag/revalidatePath expire the tags here at once and announce
 *   them to the other instances through PostgreSQL NOTIFY (lib/cache/sync.ts,
 *   started from instrumentation.ts, registers the announcer and feeds back
 *   what other instances announce);
 * - when the listener reconnects (it may have missed announcements), the whole
 *   cache is dropped.
 *
 * Plain CommonJS because Next.js loads it outside the bundle.
 */

const STATE = Symbol.for("toasoan.pageCache");

/** @typedef {{ value: any; lastModified: number; cacheControl: any; tags: string[]; size: number }} Entry */

/**
 * One store per process: Next.js may construct the handler more than once.
 * `generation` counts expiries and clears, for the response cache in front of
 * Next.js (lib/http/page-response-cache.mjs), which drops everything on each.
 * @returns {{ entries: Map<string, Entry>; expiredAt: Map<string, number>; bytes: number; maxBytes: number; generation: number; announce?: (tags: string[]) => void }}
 */
function state() {
  const holder = /** @type {any} */ (globalThis);
  if (!holder[STATE]) {
    const megabytes = Number(process.env.PAGE_CACHE_MB);
    holder[STATE] = {
      entries: new Map(),
      expiredAt: new Map(),
      bytes: 0,
      generation: 0,
      maxBytes: (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 256) * 1024 * 1024,
      announce: undefined,
    };
  }
  return holder[STATE];
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  let size = 0;
  if (typeof value.html === "string") size += value.html.length;
  if (value.rscData) size += value.rscData.length;
  if (value.body) size += value.body.length;
  if (value.segmentData) for (const [segment, buffer] of value.segmentData) size += segment.length + (buffer?.length ?? 0);
  if (value.kind === "FETCH") size += JSON.stringify(value.data ?? "").length;
  return Math.max(size, 64);
}

/** @param {any} value @param {any} ctx */
function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...fromHeader, ...(Array.isArray(ctx?.tags) ? ctx.tags : [])];
}

/** @param {string} key */
function remove(key) {
  const store = state();
  const entry = store.entries.get(key);
  if (!entry) return;
  store.entries.delete(key);
  store.bytes -= entry.size;
}

/** @param {Entry} entry */
function isExpired(entry) {
  const { expiredAt } = state();
  for (const tag of entry.tags) {
    const at = expiredAt.get(tag);
    if (at !== undefined && at >= entry.lastModified) return true;
  }
  return false;
}

/**
 * Expires tags in this process (from this process or announced by another).
 * @param {string[]} tags
 * @param {number} [at]
 */
function expireTags(tags, at = Date.now()) {
  const store = state();
  for (const tag of tags) store.expiredAt.set(tag, Math.max(at, store.expiredAt.get(tag) ?? 0));
  if (tags.length > 0) store.generation++;
}

/** Drops everything: after a lost connection to the announcements. */
function clearAll() {
  const store = state();
  store.entries.clear();
  store.bytes = 0;
  store.generation++;
}

/** @param {(tags: string[]) => void} announce */
function setAnnouncer(announce) {
  state().announce = announce;
}

class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    const store = state();
    const entry = store.entries.get(key);
    if (!entry) return null;
    if (isExpired(entry)) {
      remove(key);
      return null;
    }
    // Least recently used goes first: re-insert to mark it used.
    store.entries.delete(key);
    store.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    const store = state();
    remove(key);
    if (!value) return;
    const entry = { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl, tags: tagsOf(value, ctx), size: key.length + sizeOf(value) };
    if (entry.size > store.maxBytes / 4) return;
    store.entries.set(key, entry);
    store.bytes += entry.size;
    for (const [oldest] of store.entries) {
      if (store.bytes <= store.maxBytes) break;
      remove(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    expireTags(list);
    state().announce?.(list);
  }

  resetRequestCache() {}
}

module.exports = PageCacheHandler;
module.exports.expireTags = expireTags;
module.exports.clearAll = clearAll;
module.exports.setAnnouncer = setAnnouncer;
module.exports.generation = () => state().generation;
module.exports.cacheSize = () => ({ entries: state().entries.size, bytes: state().bytes });
