// @ts-check
/**
 * Finished reader pages, kept as the bytes sent, in front of Next.js: what a
 * CDN does with the pages' `s-maxage`, inside each app instance, but expired
 * at once when anything public changes.
 *
 * Why: a page Next.js serves from its own cache still costs about a
 * millisecond of routing, cache lookup and ETag hashing per request; a hit
 * here is a map lookup and a write, so a story that spreads on social media is
 * answered at the rate of a static file server, and a site without a CDN
 * keeps its latency under load.
 *
 * Correctness:
 * - only what Next.js itself marks as shareable is kept: a 200 text/html
 *   answer with `s-maxage`, not private, without Set-Cookie, rendered or read
 *   fresh from Next's cache (not a stale copy it is refreshing), for at most
 *   `s-maxage` seconds, like a CDN;
 * - every entry is dropped when the page cache expires anything
 *   (lib/cache/page-cache-handler.cjs counts expiries in `generation`, on this
 *   instance or announced by another): a publish, update or unpublish shows at
 *   once. A page whose render overlapped an expiry is not kept;
 * - requests that must reach Next.js bypass it: anything but GET/HEAD, RSC and
 *   prefetch requests, draft mode and on-demand revalidation.
 *
 * Plain JavaScript (type-checked through JSDoc), like reader-html.mjs.
 */
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import Negotiator from "negotiator";
import { isRscRequest } from "./reader-html.mjs";

/** Response headers not copied into an entry: recomputed per answer, or about the connection. */
const PER_ANSWER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "age", "set-cookie"]);
/** Encodings offered on a hit, best first. */
const ENCODINGS = ["br", "gzip", "identity"];
/** negotiator 1.x takes the server's order of preference; its published types predate that. */
const negotiateEncoding = /** @type {(this: Negotiator, available: string[], options: { preferred: string[] }) => string | undefined} */ (
  /** @type {unknown} */ (Negotiator.prototype.encoding)
);

/**
 * @typedef {{ key: string; generation: number }} Ticket
 * @typedef {{
 *   status: number;
 *   headers: [string, string | string[]][];
 *   etag: string | undefined;
 *   bodies: Map<string, Buffer>;
 *   storedAt: number;
 *   expiresAt: number;
 *   size: number;
 * }} Entry
 */

/**
 * Parameters that campaigns and social networks add to links (Facebook's
 * fbclid differs on every click): no reader page reads them, so they do not
 * make a separate entry. Otherwise every shared link would be a page of its own.
 */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|zarsrc|_ga|_gl)$/i;

/**
 * The cache key of a request's URL: its path and query, tracking parameters left out.
 * @param {string} url
 */
export function cacheKeyOf(url) {
  const mark = url.indexOf("?");
  if (mark < 0) return url;
  const kept = url
    .slice(mark + 1)
    .split("&")
    .filter((pair) => pair !== "" && !TRACKING_PARAMETER.test(decodeName(pair.split("=")[0] ?? "")));
  return kept.length ? `${url.slice(0, mark)}?${kept.join("&")}` : url.slice(0, mark);
}

/** @param {string} name */
function decodeName(name) {
  try {
    return decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
    return name;
  }
}

/**
 * @param {import("node:http").IncomingMessage} request
 * @returns {boolean}
 */
function bypasses(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return true;
  if (isRscRequest(request)) return true;
  const headers = request.headers;
  if (headers["x-prerender-revalidate"] !== undefined || headers["next-action"] !== undefined) return true;
  return typeof headers.cookie === "string" && headers.cookie.includes("__prerender_bypass");
}

/**
 * Seconds a shared cache may keep the answer, from its Cache-Control; 0 when it may not.
 * @param {unknown} cacheControl
 */
export function sharedMaxAge(cacheControl) {
  if (typeof cacheControl !== "string") return 0;
  const directives = cacheControl.toLowerCase();
  if (/\b(private|no-store|no-cache)\b/.test(directives)) return 0;
  const match = /\bs-maxage\s*=\s*(\d+)/.exec(directives);
  return match ? Number(match[1]) : 0;
}

/**
 * @param {{ generation: () => number; maxBytes?: number; now?: () => number; isReaderPage: (pathname: string) => boolean }} options
 */
export function createPageResponseCache({ generation, maxBytes = 64 * 1024 * 1024, now = Date.now, isReaderPage }) {
  /** Least recently used first. @type {Map<string, Entry>} */
  const entries = new Map();
  let bytes = 0;
  let knownGeneration = generation();

  /** @param {string} key */
  const remove = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  };

  /** Least recently used first, until within the budget. */
  const evict = () => {
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  };

  /** After an expiry, nothing kept before it is served again. */
  const dropIfExpired = () => {
    const current = generation();
    if (current !== knownGeneration) {
      entries.clear();
      bytes = 0;
      knownGeneration = current;
    }
    return current;
  };

  /**
   * The body in `encoding`, compressed once per entry and kept.
   * @param {Entry} entry
   * @param {string} encoding
   */
  const bodyIn = (entry, encoding) => {
    let body = entry.bodies.get(encoding);
    if (body) return body;
    const identity = /** @type {Buffer} */ (entry.bodies.get("identity"));
    body =
      encoding === "br"
        ? brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } })
        : gzipSync(identity, { level: 6 });
    // Compressed is kept only when it is smaller (it always is for HTML of any size).
    if (body.length >= identity.length) body = identity;
    entry.bodies.set(encoding, body);
    if (body !== identity) {
      entry.size += body.length;
      bytes += body.length;
      evict();
    }
    return body;
  };

  return {
    /**
     * Answers `request` from the cache when it can; true when it did.
     * @param {import("node:http").IncomingMessage} request
     * @param {import("node:http").ServerResponse} response
     */
    serve(request, response) {
      if (entries.size === 0 || bypasses(request)) return false;
      const key = cacheKeyOf(request.url ?? "/");
      dropIfExpired();
      const entry = entries.get(key);
      if (!entry) return false;
      const at = now();
      if (at >= entry.expiresAt) {
        remove(key);
        return false;
      }
      entries.delete(key);
      entries.set(key, entry);

      for (const [name, value] of entry.headers) response.setHeader(name, value);
      response.setHeader("age", String(Math.floor((at - entry.storedAt) / 1000)));
      const ifNoneMatch = request.headers["if-none-match"];
      if (entry.etag && typeof ifNoneMatch === "string" && ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === entry.etag || tag === `W/${entry.etag}` || tag === "*")) {
        response.removeHeader("content-type");
        response.statusCode = 304;
        response.end();
        return true;
      }
      const encoding = negotiateEncoding.call(new Negotiator(request), ENCODINGS, { preferred: ENCODINGS }) ?? "identity";
      const body = bodyIn(entry, encoding);
      if (body !== entry.bodies.get("identity")) response.setHeader("content-encoding", encoding);
      response.setHeader("content-length", body.length);
      response.statusCode = entry.status;
      response.end(request.method === "HEAD" ? undefined : body);
      return true;
    },

    /**
     * Before Next.js handles a request this cache might keep: what `store` needs to know.
     * @param {import("node:http").IncomingMessage} request
     * @returns {Ticket | null}
     */
    begin(request) {
      if (request.method !== "GET" || bypasses(request)) return null;
      const key = cacheKeyOf(request.url ?? "/");
      if (!isReaderPage(key.split("?")[0] ?? "/")) return null;
      return { key, generation: dropIfExpired() };
    },

    /**
     * Keeps the reader page `response` is sending (`body` as it leaves, before compression) if it may.
     * @param {Ticket | null} ticket
     * @param {import("node:http").ServerResponse} response
     * @param {Buffer} body
     */
    store(ticket, response, body) {
      if (!ticket || response.statusCode !== 200) return;
      // Rendered while something expired: it may show what was just unpublished.
      if (dropIfExpired() !== ticket.generation) return;
      if (response.hasHeader("set-cookie") || response.getHeader("content-encoding") !== undefined) return;
      if (!String(response.getHeader("content-type") ?? "").startsWith("text/html")) return;
      const nextCache = response.getHeader("x-nextjs-cache");
      if (nextCache !== undefined && nextCache !== "HIT" && nextCache !== "MISS") return;
      const seconds = sharedMaxAge(response.getHeader("cache-control"));
      if (seconds <= 0) return;
      /** @type {[string, string | string[]][]} */
      const headers = [];
      for (const [name, value] of Object.entries(response.getHeaders())) {
        if (value === undefined || PER_ANSWER_HEADERS.has(name)) continue;
        headers.push([name, name === "x-nextjs-cache" ? "HIT" : typeof value === "number" ? String(value) : value]);
      }
      const vary = headers.find(([name]) => name === "vary");
      if (!vary) headers.push(["vary", "Accept-Encoding"]);
      else if (!/\baccept-encoding\b/i.test(String(vary[1]))) vary[1] = `${vary[1]}, Accept-Encoding`;
      const etag = response.getHeader("etag");
      const at = now();
      const size = ticket.key.length + body.length + 512;
      if (size > maxBytes / 16) return;
      remove(ticket.key);
      entries.set(ticket.key, {
        status: 200,
        headers,
        etag: typeof etag === "string" ? etag : undefined,
        bodies: new Map([["identity", body]]),
        storedAt: at,
        expiresAt: at + seconds * 1000,
        size,
      });
      bytes += size;
      evict();
    },

    /** For tests and diagnostics. */
    stats: () => ({ entries: entries.size, bytes }),
  };
}
