import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import compression from "compression";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cacheKeyOf, createPageResponseCache, sharedMaxAge } from "./page-response-cache.mjs";
import { isReaderPage, serveReaderPagesWithoutRuntime } from "./reader-html.mjs";

const page = (title: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>${title}</title><script src="/_next/static/chunks/c.js" async=""></script></head>` +
  `<body><main><h1>${title}</h1><p>${"Bộ trưởng Quốc phòng Phan Văn Giang. ".repeat(40)}</p></main><script>self.__next_f.push([1,"x"])</script></body></html>`;

/** What the stand-in for Next.js answers, by path; `renders` counts the requests that reached it. */
let renders = 0;
let generation = 0;
let clock = 1_000_000;
/** Called during a render, before the page is sent (to expire something meanwhile). */
let duringRender: (() => void) | null = null;
const SHAREABLE = "s-maxage=60, stale-while-revalidate=60";

function next(request: IncomingMessage, response: ServerResponse) {
  renders++;
  duringRender?.();
  const url = new URL(request.url ?? "/", "http://x");
  const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": SHAREABLE, "x-nextjs-cache": "MISS", etag: `"e-${url.pathname}"`, vary: "rsc, next-router-state-tree" };
  let status = 200;
  switch (url.pathname) {
    case "/private":
      headers["cache-control"] = "private, no-cache, no-store, max-age=0, must-revalidate";
      break;
    case "/no-s-maxage":
      headers["cache-control"] = "public, max-age=60";
      break;
    case "/cookie":
      response.setHeader("set-cookie", "a=b");
      break;
    case "/stale":
      headers["x-nextjs-cache"] = "STALE";
      break;
    case "/missing":
      status = 404;
      break;
    case "/feed":
      headers["content-type"] = "application/rss+xml";
      break;
  }
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.statusCode = status;
  response.end(page(`${url.pathname}${url.search} #${renders}`));
}

let cache: ReturnType<typeof createPageResponseCache>;
let server: Server;
let base: URL;

/** The wiring of scripts/serve.mjs, around the stand-in. */
function serve(maxBytes?: number) {
  cache = createPageResponseCache({ generation: () => generation, now: () => clock, isReaderPage, maxBytes });
  const compress = compression();
  return (request: IncomingMessage, response: ServerResponse) => {
    if (cache.serve(request, response)) return;
    const ticket = cache.begin(request);
    compress(request as never, response as never, () => {
      serveReaderPagesWithoutRuntime(request, response, { onPage: (body) => cache.store(ticket, response, body) });
      next(request, response);
    });
  };
}
let handler = serve();

beforeAll(async () => {
  server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  handler = serve();
  renders = 0;
  duringRender = null;
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    const request = httpRequest(new URL(path, base), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the response cache in front of Next.js", () => {
  it("answers a shareable reader page again without Next.js, as it was sent the first time", async () => {
    const first = await get("/bai-viet/a");
    const second = await get("/bai-viet/a");
    expect(renders).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe(first.body.toString());
    expect(second.body.toString()).toContain("<h1>/bai-viet/a #1</h1>");
    expect(second.body.toString()).not.toContain("__next_f"); // stripped, like the first answer
    expect(second.headers["cache-control"]).toBe(SHAREABLE);
    expect(second.headers["x-nextjs-cache"]).toBe("HIT");
    expect(second.headers.etag).toBe('"e-/bai-viet/a"');
    expect(second.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(second.headers["content-length"]).toBe(String(second.body.length));
    expect(second.headers.age).toBe("0");
    expect(second.headers["set-cookie"]).toBeUndefined();
    // Query strings are part of the key.
    await get("/bai-viet/a?trang=2");
    expect(renders).toBe(2);
  });

  it("sends the encoding the reader asks for, compressed once", async () => {
    const plain = (await get("/tim-kiem?q=a")).body.toString();
    const br = await get("/tim-kiem?q=a", { "accept-encoding": "gzip, deflate, br" });
    const gzip = await get("/tim-kiem?q=a", { "accept-encoding": "gzip" });
    const identity = await get("/tim-kiem?q=a", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(renders).toBe(1);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(plain);
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(plain);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.toString()).toBe(plain);
    expect(br.body.length).toBeLessThan(plain.length / 4);
  });

  it("answers a matching If-None-Match with 304 and a HEAD without a body", async () => {
    await get("/nhan-vat/dong-quan");
    const notModified = await get("/nhan-vat/dong-quan", { "if-none-match": '"other", "e-/nhan-vat/dong-quan"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe('"e-/nhan-vat/dong-quan"');
    const head = await get("/nhan-vat/dong-quan", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(renders).toBe(1);
  });

  it("drops everything when the page cache expires anything, and keeps no page rendered across an expiry", async () => {
    await get("/");
    generation++; // a publish, here or on another instance
    expect((await get("/")).body.toString()).toContain("#2");
    expect((await get("/")).body.toString()).toContain("#2");
    expect(renders).toBe(2);

    duringRender = () => generation++;
    await get("/chuyen-muc/bien-gioi");
    duringRender = null;
    await get("/chuyen-muc/bien-gioi");
    expect(renders).toBe(4);
  });

  it("keeps a page no longer than its s-maxage, and says how old it is", async () => {
    await get("/bai-viet/b");
    clock += 59_000;
    expect((await get("/bai-viet/b")).headers.age).toBe("59");
    clock += 1_000;
    expect((await get("/bai-viet/b")).headers["x-nextjs-cache"]).toBe("MISS");
    expect(renders).toBe(2);
  });

  it("never keeps what a shared cache may not, nor what is not a reader page", async () => {
    for (const path of ["/private", "/no-s-maxage", "/cookie", "/stale", "/missing", "/feed", "/admin/articles", "/login"]) {
      await get(path);
      await get(path);
    }
    expect(renders).toBe(16);
    expect(cache.stats().entries).toBe(0);
  });

  it("lets Next.js answer RSC, prefetch and draft-mode requests and everything but GET and HEAD", async () => {
    await get("/bai-viet/c");
    expect(renders).toBe(1);
    await get("/bai-viet/c", { rsc: "1" });
    await get("/bai-viet/c?_rsc=abc");
    await get("/bai-viet/c", { "next-router-prefetch": "1" });
    await get("/bai-viet/c", { cookie: "__prerender_bypass=1" });
    await get("/bai-viet/c", {}, "POST");
    expect(renders).toBe(6);
    await get("/bai-viet/c");
    expect(renders).toBe(6);
  });

  it("stays within its size, dropping the least recently used first", async () => {
    handler = serve(64 * 1024);
    for (let i = 0; i < 40; i++) {
      await get(`/bai-viet/${i}`);
      await get(`/bai-viet/${i}`, { "accept-encoding": "gzip" }); // a compressed copy counts too
    }
    const { entries, bytes } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(64 * 1024);
    expect(entries).toBeGreaterThan(5);
    expect(entries).toBeLessThan(40);
    renders = 0;
    await get("/bai-viet/39");
    await get("/bai-viet/0");
    expect(renders).toBe(1);
  });
});

describe("cacheKeyOf", () => {
  it("leaves out the parameters campaigns and social networks add, and keeps the rest in order", () => {
    expect(cacheKeyOf("/bai-viet/a?fbclid=IwAR3x&utm_source=facebook&utm_medium=social")).toBe("/bai-viet/a");
    expect(cacheKeyOf("/chuyen-muc/bien-gioi?utm_campaign=x&trang=2&gclid=abc")).toBe("/chuyen-muc/bien-gioi?trang=2");
    expect(cacheKeyOf("/tim-kiem?q=%C4%90%E1%BB%95ng+Qu%C3%A2n&zarsrc=30&section=quoc-phong")).toBe("/tim-kiem?q=%C4%90%E1%BB%95ng+Qu%C3%A2n&section=quoc-phong");
    expect(cacheKeyOf("/tim-kiem?q=utm_source")).toBe("/tim-kiem?q=utm_source");
    expect(cacheKeyOf("/")).toBe("/");
    expect(cacheKeyOf("/?")).toBe("/");
    expect(cacheKeyOf("/a?%E0%A4%A=1&utm_id=2")).toBe("/a?%E0%A4%A=1");
  });

  it("answers a shared link with a tracking parameter from the page's entry", async () => {
    await get("/bai-viet/shared");
    const fromFacebook = await get("/bai-viet/shared?fbclid=IwAR0abc&utm_source=facebook");
    expect(renders).toBe(1);
    expect(fromFacebook.headers["x-nextjs-cache"]).toBe("HIT");
    expect(fromFacebook.body.toString()).toContain("<h1>/bai-viet/shared #1</h1>");
  });
});

describe("sharedMaxAge", () => {
  it("reads s-maxage unless the answer is private or not to be stored", () => {
    expect(sharedMaxAge("s-maxage=60, stale-while-revalidate=60")).toBe(60);
    expect(sharedMaxAge("public, S-MAXAGE=30")).toBe(30);
    expect(sharedMaxAge("public, max-age=60")).toBe(0);
    expect(sharedMaxAge("private, s-maxage=60")).toBe(0);
    expect(sharedMaxAge("no-store, s-maxage=60")).toBe(0);
    expect(sharedMaxAge(undefined)).toBe(0);
  });
});
