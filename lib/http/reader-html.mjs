// @ts-check
/**
 * The reader's site is served as plain HTML, without React's runtime: its
 * pages are server-rendered and have nothing to hydrate (links, a GET search
 * form, print styles), so the ~130 KB of framework JavaScript and the copy of
 * the page in the RSC payload would only cost readers time and data on phones.
 *
 * Next.js's App Router has no switch for this (vercel/next.js#45009), so the
 * production server (scripts/serve.mjs) passes each reader page's HTML through
 * `stripClientRuntime`. The newsroom (/admin, /login) keeps the full runtime.
 * Scripts a reader page does need carry READER_SCRIPT_ATTRIBUTE (the view
 * beacon); JSON-LD stays. Client-side navigation from the newsroom to a public
 * page still works: it reads the RSC payload, which is served unchanged.
 *
 * Plain JavaScript (type-checked through JSDoc): scripts/serve.mjs loads it
 * with plain Node, outside Next's bundles and without a TypeScript loader.
 */

/** A `<script>` with this attribute stays on reader pages. */
export const READER_SCRIPT_ATTRIBUTE = "data-reader-script";

/** Paths that keep the React runtime: the newsroom, its sign-in, and everything that is not a page. */
const RUNTIME_PATHS = ["/admin", "/login", "/api", "/_next"];

/** @param {string} pathname */
export function isReaderPage(pathname) {
  return !RUNTIME_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

// Script content cannot contain "</script" (the HTML parser ends the element there), so a lazy match is exact.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
/** A Suspense boundary still pending (`<!--$?-->`) or left to the client (`<!--$!-->`): only the scripts can finish it. */
const UNFINISHED_BOUNDARY = /<!--\$[?!]-->/;
/**
 * The page Next.js sends when the render failed before its shell, e.g. a page
 * that called notFound(): an empty body, the content left to the client.
 */
const ERROR_SHELL = /<html[^>]*\bid="__next_error__"/;

/** @param {string} html */
export function isErrorShell(html) {
  return ERROR_SHELL.test(html);
}

const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json\b/i;
const MARKED_FOR_READERS = new RegExp(`\\b${READER_SCRIPT_ATTRIBUTE}\\b`, "i");

/** @param {string} attributes */
function keepsScript(attributes) {
  return JSON_LD.test(attributes) || MARKED_FOR_READERS.test(attributes);
}

/** @param {string} link */
function preloadsScript(link) {
  return /\brel\s*=\s*["']?modulepreload\b/i.test(link) || (/\brel\s*=\s*["']?preload\b/i.test(link) && /\bas\s*=\s*["']?script\b/i.test(link));
}

/**
 * The page without React's scripts, their preloads and the RSC payload; null
 * when the HTML is not complete without them (a streamed Suspense boundary, an
 * error shell), in which case the page is served as rendered.
 * @param {string} html
 * @returns {string | null}
 */
export function stripClientRuntime(html) {
  if (UNFINISHED_BOUNDARY.test(html) || isErrorShell(html)) return null;
  return html.replace(SCRIPT, (tag, /** @type {string} */ attributes) => (keepsScript(attributes) ? tag : "")).replace(LINK, (tag) => (preloadsScript(tag) ? "" : tag));
}

/**
 * Requests for a page's HTML, as opposed to its RSC payload (client navigation, prefetch) or a HEAD.
 * @param {import("node:http").IncomingMessage} request
 */
function wantsDocument(request) {
  if (request.method !== "GET" || isRscRequest(request)) return false;
  return isReaderPage((request.url ?? "/").split("?")[0] ?? "/");
}

/**
 * A request from the App Router in the browser (navigation, prefetch) for a
 * page's RSC payload rather than its HTML.
 * @param {import("node:http").IncomingMessage} request
 */
export function isRscRequest(request) {
  const headers = request.headers;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-router-state-tree"] !== undefined) return true;
  return /[?&]_rsc=/.test(request.url ?? "");
}

/** @typedef {(error?: Error | null) => void} Callback */
/** @typedef {import("node:http").ServerResponse} ServerResponse */

/**
 * Lets `response` strip the client runtime from the reader page it is about to
 * send. Non-HTML answers (redirects without a body, images, feeds) pass through
 * untouched from their first byte; an HTML page is collected (reader pages are
 * rendered whole: cached, or prerendered on a miss) and sent once, with its new length.
 *
 * A reader page that called notFound() comes back from Next.js as an empty
 * error shell that only React could fill in; it is answered instead with
 * `notFoundPage()` (the site's own 404 page, rendered by the server), still 404;
 * one that threw, with `serverErrorPage` (plain HTML, see plainErrorPage), still 5xx.
 * `onPage` sees each complete page as it leaves, stripped, with the response's
 * status and headers set (scripts/serve.mjs keeps it in its response cache).
 * @param {import("node:http").IncomingMessage} request
 * @param {ServerResponse} response
 * @param {{ notFoundPage?: () => Promise<Buffer | null>; serverErrorPage?: Buffer; onPage?: (body: Buffer) => void }} [options]
 */
export function serveReaderPagesWithoutRuntime(request, response, options = {}) {
  if (!wantsDocument(request)) return;
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  /** @type {"undecided" | "collect" | "pass"} */
  let mode = "undecided";
  /** @type {Buffer[]} */
  const chunks = [];

  const restore = () => Object.assign(response, original);
  const decide = () => {
    if (mode === "undecided") {
      const type = String(response.getHeader("content-type") ?? "");
      const hasBody = response.statusCode !== 204 && response.statusCode !== 304;
      mode = hasBody && type.startsWith("text/html") ? "collect" : "pass";
      if (mode === "pass") restore();
    }
    return mode;
  };

  /** @type {(statusCode: number, ...rest: unknown[]) => ServerResponse} */
  const writeHead = (statusCode, ...rest) => {
    response.statusCode = statusCode;
    if (typeof rest[0] === "string") response.statusMessage = rest[0];
    const headers = /** @type {import("node:http").OutgoingHttpHeaders | string[] | undefined} */ (rest.find((value) => typeof value === "object" && value !== null));
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(/** @type {string} */ (headers[i]), /** @type {string} */ (headers[i + 1]));
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    if (decide() === "pass") return original.writeHead.call(response, statusCode);
    return response; // the headers leave with the body
  };
  response.writeHead = /** @type {ServerResponse["writeHead"]} */ (writeHead);

  response.flushHeaders = function flushHeaders() {
    if (decide() === "pass") original.flushHeaders.call(response);
  };

  /** @type {(chunk: unknown, encoding?: unknown, callback?: unknown) => boolean} */
  const write = (chunk, encoding, callback) => {
    if (decide() === "pass") return /** @type {(...args: unknown[]) => boolean} */ (original.write).call(response, chunk, encoding, callback);
    const done = /** @type {Callback | undefined} */ ([encoding, callback].find((value) => typeof value === "function"));
    chunks.push(toBuffer(chunk, encoding));
    if (done) process.nextTick(done);
    return true;
  };
  response.write = /** @type {ServerResponse["write"]} */ (write);

  /** @type {(chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse} */
  const end = (chunk, encoding, callback) => {
    if (decide() === "pass") return /** @type {(...args: unknown[]) => ServerResponse} */ (original.end).call(response, chunk, encoding, callback);
    const done = /** @type {Callback | undefined} */ ([chunk, encoding, callback].find((value) => typeof value === "function"));
    restore();
    /** @param {Buffer} body */
    const send = (body) => {
      if (!response.headersSent) response.setHeader("content-length", body.length);
      return /** @type {(body: Buffer, callback?: Callback) => ServerResponse} */ (original.end).call(response, body, done);
    };
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const rendered = chunks.length === 1 ? /** @type {Buffer} */ (chunks[0]) : Buffer.concat(chunks);
    const html = rendered.toString("utf8");
    const stripped = stripClientRuntime(html);
    if (stripped !== null) {
      // Kept as sent by the response cache (scripts/serve.mjs), so a page is stripped about once a minute, not per request.
      const body = Buffer.from(stripped, "utf8");
      options.onPage?.(body);
      return send(body);
    }
    if (response.statusCode >= 500 && options.serverErrorPage && isErrorShell(html)) return send(options.serverErrorPage);
    if (response.statusCode === 404 && options.notFoundPage && isErrorShell(html)) {
      options.notFoundPage().then(
        (page) => send(page ?? rendered),
        () => send(rendered),
      );
      return response;
    }
    return send(rendered);
  };
  response.end = /** @type {ServerResponse["end"]} */ (end);
}

/**
 * @param {unknown} chunk
 * @param {unknown} encoding
 * @returns {Buffer}
 */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8");
}

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A reader page's "something went wrong" without React: what Next.js would
 * only draw in the browser, as a small self-contained page (no stylesheet, so
 * it shows even when the app's assets do not).
 * @param {{ title: string; body: string; retry: string; home: string; lang: string }} text
 * @returns {Buffer}
 */
export function plainErrorPage({ title, body, retry, home, lang }) {
  return Buffer.from(
    `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>` +
      `<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.55}a{color:#9e1b1b}</style></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="">${escapeHtml(retry)}</a> · <a href="/">${escapeHtml(home)}</a></p></main></body></html>`,
    "utf8",
  );
}
