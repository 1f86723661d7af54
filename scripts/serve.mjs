// @ts-check
/**
 * The production HTTP server (started by `npm start` after the build): Next.js
 * through its custom-server API, with two things `next start` cannot do:
 * - reader pages leave without React's runtime (lib/http/reader-html.mjs);
 * - compression happens here, after that rewrite, instead of in Next.js
 *   (next.config.js has `compress: false`; a CDN or proxy may compress instead);
 * - finished reader pages are answered from a response cache in front of
 *   Next.js (lib/http/page-response-cache.mjs) for their `s-maxage`, dropped
 *   whenever Next's page cache (lib/cache/page-cache-handler.cjs, the same
 *   process) expires anything.
 * Listens on PORT on every interface, like `next start`. Plain JavaScript run
 * by plain Node: a TypeScript loader would sit in every dynamic import.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import compression from "compression";
import { z } from "zod";
import { createPageResponseCache } from "../lib/http/page-response-cache.mjs";
import { isReaderPage, plainErrorPage, serveReaderPagesWithoutRuntime } from "../lib/http/reader-html.mjs";

const { PORT } = z.object({ PORT: z.coerce.number().int().min(1).max(65535).default(3000) }).parse(process.env);

/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV = "production";
// After NODE_ENV: Next.js and React pick their production builds when loaded.
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
const app = next({ dev: false, dir: root, port: PORT });
const handle = app.getRequestHandler();
await app.prepare();

/** An address no route matches: Next.js renders the site's not-found page for it, whole. */
const NOT_FOUND_PROBE = "/_khong-co-trang-nay";
/** @type {Promise<Buffer | null> | null} */
let notFoundPage = null;
/** The reader's 404 page as this server sends it (without the runtime), fetched once per process. */
const readNotFoundPage = () =>
  (notFoundPage ??= fetch(`http://127.0.0.1:${PORT}${NOT_FOUND_PROBE}`)
    .then(async (response) => (response.status === 404 ? Buffer.from(await response.arrayBuffer()) : null))
    .catch(() => null)
    .then((page) => {
      if (!page) notFoundPage = null; // try again next time
      return page;
    }));

/** The reader's site is Vietnamese: its error page says so in the words of error.tsx. */
const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(path.join(root, "messages", file), "utf8"));
const errorText = readJson("vi/error.json").error;
const serverErrorPage = plainErrorPage({ ...errorText, home: readJson("vi.json").notFound.home, lang: "vi" });

/** @type {typeof import("../lib/cache/page-cache-handler.cjs")} */
const pageCache = createRequire(import.meta.url)("../lib/cache/page-cache-handler.cjs");
const pages = createPageResponseCache({ generation: pageCache.generation, isReaderPage, maxBytes: 64 * 1024 * 1024 });
// Searches have their own, smaller share: a crawl of odd queries cannot push the articles out.
const searches = createPageResponseCache({ generation: pageCache.generation, isReaderPage, maxBytes: 8 * 1024 * 1024 });
/** @param {import("node:http").IncomingMessage} request */
const responsesFor = (request) => (/^\/tim-kiem(\?|$)/.test(request.url ?? "") ? searches : pages);

const compress = compression();
const server = createServer((request, response) => {
  const responses = responsesFor(request);
  if (responses.serve(request, response)) return;
  const ticket = responses.begin(request);
  compress(/** @type {any} */ (request), /** @type {any} */ (response), () => {
    serveReaderPagesWithoutRuntime(request, response, {
      notFoundPage: request.url === NOT_FOUND_PROBE ? undefined : readNotFoundPage,
      serverErrorPage,
      onPage: (body) => responses.store(ticket, response, body),
    });
    void handle(request, response);
  });
});
server.listen(PORT, () => console.log(`[toasoan] Next.js ready on port ${PORT}`));

const stop = () => {
  server.close();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
