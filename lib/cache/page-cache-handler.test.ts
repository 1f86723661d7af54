import { beforeEach, describe, expect, it, vi } from "vitest";
import PageCacheHandler from "./page-cache-handler.cjs";

const page = (html: string, tags: string[]) => ({ kind: "APP_PAGE", html, rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": tags.join(",") }, status: 200 });
const later = () => new Promise((resolve) => setTimeout(resolve, 2));

describe("the public page cache", () => {
  let cache: PageCacheHandler;
  beforeEach(() => {
    PageCacheHandler.clearAll();
    PageCacheHandler.setAnnouncer(() => {});
    cache = new PageCacheHandler();
  });

  it("serves what was stored, with its lifetime", async () => {
    await cache.set("/bai-viet/a", page("<h1>A</h1>", ["_N_T_/layout", "_N_T_/bai-viet/a"]), { cacheControl: { revalidate: 60, expire: 120 } });
    const hit = (await cache.get("/bai-viet/a")) as { value: { html: string }; cacheControl: unknown; lastModified: number };
    expect(hit.value.html).toBe("<h1>A</h1>");
    expect(hit.cacheControl).toEqual({ revalidate: 60, expire: 120 });
    expect(await cache.get("/bai-viet/b")).toBeNull();
  });

  it("forgets a page at once when one of its tags is revalidated, and tells the other instances", async () => {
    const announce = vi.fn();
    PageCacheHandler.setAnnouncer(announce);
    await cache.set("/bai-viet/a", page("A", ["_N_T_/layout", "_N_T_/bai-viet/a"]), {});
    await cache.set("/search-free", page("B", ["_N_T_/other"]), {});
    await later();
    await cache.revalidateTag("_N_T_/layout");
    expect(await cache.get("/bai-viet/a")).toBeNull();
    expect(await cache.get("/search-free")).not.toBeNull();
    expect(announce).toHaveBeenCalledWith(["_N_T_/layout"]);
  });

  it("keeps a page rendered after the revalidation", async () => {
    await cache.revalidateTag(["_N_T_/layout"]);
    await later();
    await cache.set("/", page("fresh", ["_N_T_/layout"]), {});
    expect(await cache.get("/")).not.toBeNull();
  });

  it("applies tags expired by another instance, and empties itself after a lost connection", async () => {
    await cache.set("/a", page("A", ["_N_T_/layout"]), {});
    await cache.set("/b", page("B", ["_N_T_/b"]), {});
    await later();
    PageCacheHandler.expireTags(["_N_T_/layout"]);
    expect(await cache.get("/a")).toBeNull();
    expect(await cache.get("/b")).not.toBeNull();
    PageCacheHandler.clearAll();
    expect(await cache.get("/b")).toBeNull();
    expect(PageCacheHandler.cacheSize()).toEqual({ entries: 0, bytes: 0 });
  });

  it("stays within its memory budget, dropping the least recently used pages first", async () => {
    // PAGE_CACHE_MB is read once per process; the default budget is 256 MB, so fill with 20 MB pages.
    const big = "x".repeat(20 * 1024 * 1024);
    for (let i = 0; i < 12; i++) await cache.set(`/p${i}`, page(big, []), {});
    await cache.get("/p0"); // used recently: survives the next evictions
    await cache.set("/p12", page(big, []), {}); // over budget: the oldest unused page goes
    const { bytes, entries } = PageCacheHandler.cacheSize();
    expect(bytes).toBeLessThanOrEqual(256 * 1024 * 1024);
    expect(entries).toBe(12);
    expect(await cache.get("/p0")).not.toBeNull();
    expect(await cache.get("/p1")).toBeNull();
  });

  it("a page that is removed (set to null) is no longer served", async () => {
    await cache.set("/a", page("A", []), {});
    await cache.set("/a", null, {});
    expect(await cache.get("/a")).toBeNull();
  });

  it("counts every expiry and clear, so the response cache in front of Next.js drops its pages too", async () => {
    const before = PageCacheHandler.generation();
    await cache.set("/", page("<h1>Home</h1>", ["_N_T_/layout"]), {});
    await cache.get("/");
    expect(PageCacheHandler.generation()).toBe(before);
    await cache.revalidateTag("_N_T_/layout");
    PageCacheHandler.expireTags(["_N_T_/bai-viet/a"]); // announced by another instance
    PageCacheHandler.expireTags([]);
    PageCacheHandler.clearAll();
    expect(PageCacheHandler.generation()).toBe(before + 3);
  });
});
