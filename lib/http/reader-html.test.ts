import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isErrorShell, isReaderPage, plainErrorPage, serveReaderPagesWithoutRuntime, stripClientRuntime } from "./reader-html.mjs";

// The shape of what Next.js 16 sends for an App Router page (abridged).
const PAGE = [
  '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="font" href="/f.woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
  "<title>Bài viết</title></head><body><main><h1>Đổng Quân</h1>",
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script> b"}</script>',
  '<script data-reader-script="">navigator.sendBeacon("/api/views","{}")</script>',
  "</main>",
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"a\\":\\"<div>\\"}"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  "</body></html>",
].join("");

const ERROR_SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"Không tìm thấy trang"])</script></body></html>';
const SECOND_PAGE = PAGE.replace("Đổng Quân", "Dong Jun, 董军");
const SITE_404 = "<!DOCTYPE html><html><body><h1>Không tìm thấy trang</h1></body></html>";
const SITE_500 = plainErrorPage({ title: "Đã có lỗi xảy ra", body: "Vui lòng <thử> lại.", retry: "Thử lại", home: "Về trang chủ", lang: "vi" });

describe("stripClientRuntime", () => {
  it("takes out React's scripts, their preloads and the RSC payload, and keeps JSON-LD, the beacon and everything else", () => {
    const html = stripClientRuntime(PAGE)!;
    expect(html).not.toMatch(/_next\/static\/chunks\/(b|c|m|legacy)\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"');
    expect(html).toContain('<script data-reader-script="">navigator.sendBeacon');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<link rel="preload" as="font" href="/f.woff2"');
    expect(html).toContain("<h1>Đổng Quân</h1>");
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it("leaves a page whose Suspense boundaries still need their scripts as it was", () => {
    const streamed = '<body><!--$?--><template id="B:0"></template>…<!--/$--><div hidden id="S:0">x</div><script>$RC("B:0","S:0")</script></body>';
    expect(stripClientRuntime(streamed)).toBeNull();
    expect(stripClientRuntime("<body><!--$!--><template></template><!--/$--></body>")).toBeNull();
    expect(stripClientRuntime("<body><!--$--><p>done</p><!--/$--></body>")).toBe("<body><!--$--><p>done</p><!--/$--></body>");
  });

  it("leaves an error shell (a render that failed before its shell: content only in the RSC payload) as it was", () => {
    expect(isErrorShell(ERROR_SHELL)).toBe(true);
    expect(stripClientRuntime(ERROR_SHELL)).toBeNull();
    expect(isErrorShell(PAGE)).toBe(false);
  });
});

describe("isReaderPage", () => {
  it("is every page but the newsroom's, its sign-in, the API and Next's assets", () => {
    for (const path of ["/", "/bai-viet/a", "/tim-kiem", "/nhan-vat/dong-quan", "/administrator", "/login-help"]) expect(isReaderPage(path), path).toBe(true);
    for (const path of ["/admin", "/admin/articles/1", "/login", "/api/views", "/_next/static/chunks/a.js"]) expect(isReaderPage(path), path).toBe(false);
  });
});

/** A stand-in for Next.js's handler, answering the ways Node lets a response be written. */
function answer(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://x");
  switch (url.pathname) {
    case "/whole": // a cached page: headers set, one end() with the body and its length
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Content-Length", Buffer.byteLength(PAGE));
      response.end(PAGE);
      return;
    case "/streamed": // a rendered page: writeHead, flushHeaders, chunks split mid-tag, end()
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.flushHeaders();
      for (let i = 0, bytes = Buffer.from(PAGE); i < bytes.length; i += 97) response.write(bytes.subarray(i, i + 97));
      response.end();
      return;
    case "/missing":
      response.statusCode = 404;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(PAGE.replace("Đổng Quân", "Không tìm thấy"));
      return;
    case "/feed.xml":
      response.setHeader("Content-Type", "application/rss+xml");
      response.write("<rss><script>not html</script>");
      response.end("</rss>");
      return;
    case "/cached": // a cached page, sent again and again as one string; ?v=2 is another page
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(url.searchParams.get("v") === "2" ? SECOND_PAGE : PAGE);
      return;
    case "/gone": // a page that called notFound(), or threw
    case "/broken":
      response.statusCode = url.pathname === "/gone" ? 404 : 500;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(ERROR_SHELL);
      return;
    case "/not-modified":
      response.writeHead(304, { etag: '"1"' });
      response.end();
      return;
    default: // /admin, /login, RSC requests
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(PAGE);
  }
}

describe("serveReaderPagesWithoutRuntime", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      serveReaderPagesWithoutRuntime(request, response, { notFoundPage: async () => Buffer.from(SITE_404), serverErrorPage: SITE_500 });
      answer(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const expected = stripClientRuntime(PAGE)!;

  it("sends a whole page stripped, with the stripped length", async () => {
    const response = await fetch(`${base}/whole`);
    const body = await response.text();
    expect(body).toBe(expected);
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(expected));
  });

  it("collects a streamed page split anywhere, even inside a multi-byte character, and strips it", async () => {
    const response = await fetch(`${base}/streamed`);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe(expected);
  });

  it("strips a cached page (one string, one end()) every time it is sent, each page its own", async () => {
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${base}/cached`);
      expect(await response.text()).toBe(expected);
      expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(expected));
    }
    expect(await (await fetch(`${base}/cached?v=2`)).text()).toBe(stripClientRuntime(SECOND_PAGE));
    expect(await (await fetch(`${base}/cached`)).text()).toBe(expected);
  });

  it("strips error pages too, keeping their status", async () => {
    const response = await fetch(`${base}/missing`);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain("Không tìm thấy");
    expect(body).not.toContain("__next_f");
  });

  it("answers a page's notFound() error shell with the site's 404 page, and a thrown page's with a plain error page", async () => {
    const gone = await fetch(`${base}/gone`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe(SITE_404);
    const broken = await fetch(`${base}/broken`);
    expect(broken.status).toBe(500);
    const page = await broken.text();
    expect(page).toBe(SITE_500.toString("utf8"));
    expect(page).toContain("<h1>Đã có lỗi xảy ra</h1>");
    expect(page).toContain("Vui lòng &#60;thử&#62; lại."); // text, never markup
    expect(page).not.toContain("<script");
  });

  it("passes through what is not an HTML page, a 304, the newsroom, RSC requests and HEAD", async () => {
    expect(await (await fetch(`${base}/feed.xml`)).text()).toBe("<rss><script>not html</script></rss>");
    expect((await fetch(`${base}/not-modified`)).status).toBe(304);
    for (const path of ["/admin/articles", "/login", "/bai-viet/a?_rsc=abc"]) expect(await (await fetch(`${base}${path}`)).text(), path).toBe(PAGE);
    expect(await (await fetch(`${base}/bai-viet/a`, { headers: { RSC: "1" } })).text()).toBe(PAGE);
    const head = await fetch(`${base}/whole`, { method: "HEAD" });
    expect(Number(head.headers.get("content-length"))).toBe(Buffer.byteLength(PAGE));
  });
});
