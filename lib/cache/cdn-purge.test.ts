import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { cdnPurgeTarget, createCdnPurger, type PurgeTarget } from "./cdn-purge";

/** A stand-in CDN API: records each purge, answers with the next queued status (200 when none), after `delayMs`. */
let received: { method: string; url: string; headers: IncomingMessage["headers"]; body: string; at: number }[] = [];
let statuses: number[] = [];
let delayMs = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString(), at: Date.now() });
      const status = statuses.shift() ?? 200;
      setTimeout(() => response.writeHead(status, status >= 300 && status < 400 ? { location: "/elsewhere" } : {}).end('{"success":true}'), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
  statuses = [];
  delayMs = 0;
});

const target = (): PurgeTarget => ({
  url: `${base}/client/v4/zones/z1/purge_cache`,
  method: "POST",
  headers: { Authorization: "Bearer t0k3n", "Content-Type": "application/json" },
  body: '{"purge_everything":true}',
});

describe("the CDN purge", () => {
  it("calls the purge endpoint as configured, once the other instances have had time to drop their copies", async () => {
    const started = Date.now();
    await createCdnPurger(target(), { settleMs: 50 }).request();
    expect(received).toHaveLength(1);
    const [purge] = received;
    expect(purge!.method).toBe("POST");
    expect(purge!.url).toBe("/client/v4/zones/z1/purge_cache");
    expect(purge!.headers.authorization).toBe("Bearer t0k3n");
    expect(purge!.headers["content-type"]).toBe("application/json");
    expect(purge!.body).toBe('{"purge_everything":true}');
    expect(purge!.at - started).toBeGreaterThanOrEqual(45);
  });

  it("sends one purge for a burst of changes, and one more for a change made while a purge is under way", async () => {
    const purger = createCdnPurger(target(), { settleMs: 20 });
    const burst = [purger.request(), purger.request(), purger.request()];
    await Promise.all(burst);
    expect(received).toHaveLength(1);

    delayMs = 60;
    const first = purger.request();
    await new Promise((resolve) => setTimeout(resolve, 40)); // the purge is now in flight
    const second = purger.request();
    expect(second).toBe(first);
    await second;
    expect(received).toHaveLength(3);
    expect(received[2]!.at).toBeGreaterThanOrEqual(received[1]!.at + 55);

    // Done: the next change starts afresh.
    delayMs = 0;
    await purger.request();
    expect(received).toHaveLength(4);
  });

  it("tries again when the CDN fails, and gives up within its window, saying so", async () => {
    const logged: string[] = [];
    statuses = [503, 500];
    await createCdnPurger(target(), { settleMs: 0, retryDelaysMs: [10, 10, 10], log: (line) => logged.push(line) }).request();
    expect(received).toHaveLength(3);
    expect(logged).toEqual([expect.stringContaining("HTTP 503"), expect.stringContaining("HTTP 500")]);

    received = [];
    logged.length = 0;
    statuses = [500, 500, 500];
    await createCdnPurger(target(), { settleMs: 0, retryDelaysMs: [10, 10], log: (line) => logged.push(line) }).request();
    expect(received).toHaveLength(3);
    expect(logged.at(-1)).toMatch(/giving up/);
  });

  it("does not follow redirects, waits no longer than its timeout, and survives an unreachable CDN", async () => {
    const logged: string[] = [];
    statuses = [301];
    await createCdnPurger(target(), { settleMs: 0, retryDelaysMs: [], log: (line) => logged.push(line) }).request();
    expect(received.map((purge) => purge.url)).toEqual(["/client/v4/zones/z1/purge_cache"]);
    expect(logged).toEqual([expect.stringMatching(/giving up/)]);

    delayMs = 500;
    logged.length = 0;
    await createCdnPurger(target(), { settleMs: 0, retryDelaysMs: [], attemptTimeoutMs: 50, log: (line) => logged.push(line) }).request();
    expect(logged).toEqual([expect.stringMatching(/giving up/)]);

    logged.length = 0;
    await createCdnPurger({ ...target(), url: "http://127.0.0.1:9/purge" }, { settleMs: 0, retryDelaysMs: [], log: (line) => logged.push(line) }).request();
    expect(logged).toEqual([expect.stringMatching(/127\.0\.0\.1:9.*giving up/)]);
  });
});

describe("the CDN purge settings", () => {
  it("are off unless CDN_PURGE_URL is set, and read the method, headers and body", () => {
    expect(cdnPurgeTarget(parseEnv({}))).toBeNull();
    expect(cdnPurgeTarget(parseEnv({ CDN_PURGE_URL: "https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge_all", CDN_PURGE_HEADERS: '{"Fastly-Key":"k"}' }))).toEqual({
      url: "https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge_all",
      method: "POST",
      headers: { "Fastly-Key": "k" },
      body: undefined,
    });
    expect(cdnPurgeTarget(parseEnv({ CDN_PURGE_URL: "http://varnish:6081/", CDN_PURGE_METHOD: "ban" }))?.method).toBe("BAN");
  });

  it("refuse what cannot work, naming the variable", () => {
    expect(() => parseEnv({ CDN_PURGE_URL: "ftp://cdn.example/purge" })).toThrow(/CDN_PURGE_URL must be an http/);
    expect(() => parseEnv({ CDN_PURGE_URL: "purge everything" })).toThrow(/CDN_PURGE_URL/);
    expect(() => parseEnv({ CDN_PURGE_METHOD: "PATCHY" })).toThrow(/CDN_PURGE_METHOD/);
    expect(() => parseEnv({ CDN_PURGE_HEADERS: "Authorization: Bearer x" })).toThrow(/CDN_PURGE_HEADERS must be a JSON object of headers/);
    expect(() => parseEnv({ CDN_PURGE_HEADERS: '["Authorization"]' })).toThrow(/CDN_PURGE_HEADERS must be a JSON object of headers/);
    expect(() => parseEnv({ CDN_PURGE_HEADERS: '{"Bad Header":"x"}' })).toThrow(/CDN_PURGE_HEADERS/);
    expect(() => parseEnv({ CDN_PURGE_HEADERS: '{"X-Key":1}' })).toThrow(/CDN_PURGE_HEADERS/);
  });
});
