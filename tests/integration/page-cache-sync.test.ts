import "../support/fresh-database";
import postgres from "postgres";
import { afterAll, describe, expect, it, vi } from "vitest";
import PageCacheHandler from "@/lib/cache/page-cache-handler.cjs";
import { WHOLE_SITE_TAG, expireWholeSite, startPageCacheSync } from "@/lib/cache/sync";

/** Another app instance's connection: it announces and listens on the same channel. */
const otherInstance = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
afterAll(() => otherInstance.end());

const page = (tags: string[]) => ({ kind: "APP_PAGE", html: "<p>cached</p>", headers: { "x-next-cache-tags": tags.join(",") } });

describe("page cache invalidation across instances (PostgreSQL LISTEN/NOTIFY)", () => {
  it("drops pages when another instance announces an expired tag, ignoring malformed messages", async () => {
    await startPageCacheSync();
    const cache = new PageCacheHandler();
    await cache.set("/bai-viet/a", page([WHOLE_SITE_TAG, "_N_T_/bai-viet/a"]), {});
    await cache.set("/rss.xml", page(["_N_T_/rss.xml"]), {});
    await otherInstance.notify("toasoan_page_cache", "not json");
    await otherInstance.notify("toasoan_page_cache", JSON.stringify({ tags: "wrong shape" }));
    await otherInstance.notify("toasoan_page_cache", JSON.stringify({ from: "another-instance", tags: [WHOLE_SITE_TAG] }));
    await vi.waitFor(async () => expect(await cache.get("/bai-viet/a")).toBeNull(), { timeout: 5000 });
    expect(await cache.get("/rss.xml")).not.toBeNull();
  });

  it("tells the other instances when this one revalidates, and when the scheduler publishes", async () => {
    const heard: string[][] = [];
    await otherInstance.listen("toasoan_page_cache", (payload) => heard.push(JSON.parse(payload).tags));
    await new PageCacheHandler().revalidateTag(["_N_T_/nhan-vat/dong-quan"]);
    await expireWholeSite();
    await vi.waitFor(() => expect(heard).toEqual(expect.arrayContaining([["_N_T_/nhan-vat/dong-quan"], [WHOLE_SITE_TAG]])), { timeout: 5000 });
  });
});
