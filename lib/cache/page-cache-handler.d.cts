/** Types of page-cache-handler.cjs's helpers, for lib/cache/sync.ts and scripts/serve.mjs. */
declare class PageCacheHandler {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
declare namespace PageCacheHandler {
  function expireTags(tags: string[], at?: number): void;
  function clearAll(): void;
  function setAnnouncer(announce: (tags: string[]) => void): void;
  /** Expiries and clears so far in this process. */
  function generation(): number;
  function cacheSize(): { entries: number; bytes: number };
}
export = PageCacheHandler;
