/**
 * What a page costs in JavaScript: its `<script src>` files (and scripts it
 * preloads), fetched and compressed the way they travel (gzip and brotli),
 * plus the inline scripts (the RSC payload on hydrated pages, the view beacon
 * on reader pages), reported separately. JSON-LD blocks are data, not JavaScript, and
 * `nomodule` scripts (legacy polyfills) are never fetched by a browser that runs
 * modules, so they are listed apart and not counted.
 */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface ScriptSize {
  url: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageJs {
  files: ScriptSize[];
  /** `<script nomodule>`: only browsers without ES modules fetch them. */
  legacyFiles: ScriptSize[];
  /** Sums over the files, in bytes. */
  raw: number;
  gzip: number;
  brotli: number;
  inline: { count: number; raw: number; gzip: number; brotli: number };
  html: { raw: number; gzip: number; brotli: number };
}

const decode = (value: string) => value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find((v) => v !== undefined);

const sizes = (buffer: Buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 6 }).length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

export function scriptUrls(html: string, { legacy = false } = {}): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src && /\snomodule(?:[\s=>])/i.test(tag) === legacy) urls.add(decode(src));
  }
  if (legacy) return [...urls];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel") ?? "";
    const as = attribute(tag, "as") ?? "";
    const href = attribute(tag, "href");
    if (href && (rel === "modulepreload" || (rel === "preload" && as === "script"))) urls.add(decode(href));
  }
  return [...urls];
}

async function fetchSizes(base: string, urls: string[]): Promise<ScriptSize[]> {
  const files: ScriptSize[] = [];
  for (const url of urls) {
    const response = await fetch(new URL(url, base));
    if (!response.ok) throw new Error(`script ${url}: HTTP ${response.status}`);
    files.push({ url, ...sizes(Buffer.from(await response.arrayBuffer())) });
  }
  return files;
}

export async function measurePageJs(base: string, html: string): Promise<PageJs> {
  const files = await fetchSizes(base, scriptUrls(html));
  const legacyFiles = await fetchSizes(base, scriptUrls(html, { legacy: true }));
  const inlineBodies = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc=/i.test(attrs ?? "") && !/application\/ld\+json/i.test(attrs ?? ""))
    .map(([, , body]) => body ?? "");
  const inline = sizes(Buffer.from(inlineBodies.join("\n")));
  const sum = (key: "raw" | "gzip" | "brotli") => files.reduce((total, file) => total + file[key], 0);
  return {
    files,
    legacyFiles,
    raw: sum("raw"),
    gzip: sum("gzip"),
    brotli: sum("brotli"),
    inline: { count: inlineBodies.length, ...inline },
    html: sizes(Buffer.from(html)),
  };
}
