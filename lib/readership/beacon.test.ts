import { beforeEach, describe, expect, it, vi } from "vitest";

const recorded: string[] = [];
vi.mock("@/lib/readership", () => ({ recordView: (id: string) => void recorded.push(id) }));

const { readViewBeacon, readerKey, MAX_BEACON_BYTES } = await import("./beacon");
const { POST } = await import("@/app/api/views/route");

const ID = "0b7c5f3e-2d1a-4c8b-9e6f-5a4d3c2b1a09";
const BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

function beacon(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/views", {
    method: "POST",
    body,
    headers: { "user-agent": BROWSER, "content-type": "text/plain;charset=UTF-8", ...headers },
  });
}

beforeEach(() => {
  recorded.length = 0;
});

describe("readViewBeacon", () => {
  it("counts a sendBeacon body (text/plain) and a fetch body (application/json)", async () => {
    expect(await readViewBeacon(beacon(JSON.stringify({ articleId: ID })))).toEqual({ kind: "count", articleId: ID });
    expect(await readViewBeacon(beacon(JSON.stringify({ articleId: ID }), { "content-type": "application/json" }))).toEqual({ kind: "count", articleId: ID });
    expect(await readViewBeacon(beacon(JSON.stringify({ articleId: ID }), { "content-type": "" }))).toEqual({ kind: "count", articleId: ID });
  });

  it("ignores bots, requests without a User-Agent, prefetches and other sites", async () => {
    const body = JSON.stringify({ articleId: ID });
    for (const agent of ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36", "", "   "]) {
      expect(await readViewBeacon(beacon(body, { "user-agent": agent })), agent).toEqual({ kind: "ignore", reason: "bot" });
    }
    const noAgent = new Request("http://localhost/api/views", { method: "POST", body });
    noAgent.headers.delete("user-agent");
    expect(await readViewBeacon(noAgent)).toEqual({ kind: "ignore", reason: "bot" });
    expect(await readViewBeacon(beacon(body, { "sec-purpose": "prefetch;prerender" }))).toEqual({ kind: "ignore", reason: "prefetch" });
    expect(await readViewBeacon(beacon(body, { purpose: "prefetch" }))).toEqual({ kind: "ignore", reason: "prefetch" });
    expect(await readViewBeacon(beacon(body, { "sec-fetch-site": "cross-site" }))).toEqual({ kind: "ignore", reason: "cross-site" });
    expect(await readViewBeacon(beacon(body, { "sec-fetch-site": "same-origin" }))).toEqual({ kind: "count", articleId: ID });
  });

  it("refuses bad input with a 4xx and a reason", async () => {
    expect(await readViewBeacon(beacon("not json"))).toMatchObject({ kind: "invalid", status: 400 });
    expect(await readViewBeacon(beacon(""))).toMatchObject({ kind: "invalid", status: 400 });
    expect(await readViewBeacon(beacon(null))).toMatchObject({ kind: "invalid", status: 400 });
    expect(await readViewBeacon(beacon("[]"))).toMatchObject({ kind: "invalid", status: 400 });
    expect(await readViewBeacon(beacon(JSON.stringify({ articleId: "42" })))).toEqual({
      kind: "invalid",
      status: 400,
      error: "Dữ liệu không hợp lệ.",
      fieldErrors: { articleId: ["Mã bài viết không hợp lệ."] },
    });
    expect(await readViewBeacon(beacon(JSON.stringify({})))).toMatchObject({ kind: "invalid", status: 400, fieldErrors: { articleId: [expect.any(String)] } });
    expect(await readViewBeacon(beacon("articleId=x", { "content-type": "application/x-www-form-urlencoded" }))).toMatchObject({ kind: "invalid", status: 415 });
    const padded = JSON.stringify({ articleId: ID, padding: "x".repeat(MAX_BEACON_BYTES) });
    expect(await readViewBeacon(beacon(padded))).toMatchObject({ kind: "invalid", status: 413 });
    // A body larger than it claims (or with no length) is cut off while reading.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 8; i += 1) controller.enqueue(new TextEncoder().encode("x".repeat(512)));
        controller.close();
      },
    });
    expect(await readViewBeacon(new Request("http://localhost/api/views", { method: "POST", body: stream, headers: { "user-agent": BROWSER }, duplex: "half" } as RequestInit))).toMatchObject({
      kind: "invalid",
      status: 413,
    });
  });
});

describe("POST /api/views", () => {
  it("answers 204 and counts a reader's view", async () => {
    const response = await POST(beacon(JSON.stringify({ articleId: ID })));
    expect(response.status).toBe(204);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("");
    expect(recorded).toEqual([ID]);
  });

  it("answers a bot the same 204 without counting it, even with a bad body", async () => {
    const response = await POST(beacon("garbage", { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" }));
    expect(response.status).toBe(204);
    expect(recorded).toEqual([]);
  });

  it("answers bad input with a JSON 400, never a 5xx, and counts nothing", async () => {
    const response = await POST(beacon(JSON.stringify({ articleId: "không-phải-uuid" })));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "Dữ liệu không hợp lệ.", fieldErrors: { articleId: ["Mã bài viết không hợp lệ."] } });
    expect((await POST(beacon("{"))).status).toBe(400);
    expect(recorded).toEqual([]);
  });
});

describe("readerKey", () => {
  const headers = (ip: string, ua: string) => new Headers({ "x-forwarded-for": ip, "user-agent": ua });
  it("is the same for one address and browser, different otherwise, and holds no address", () => {
    const key = readerKey(headers("203.0.113.7", "Firefox"));
    expect(readerKey(headers("203.0.113.7", "Firefox"))).toBe(key);
    expect(readerKey(headers("203.0.113.7", "Chrome"))).not.toBe(key);
    expect(readerKey(headers("203.0.113.8", "Firefox"))).not.toBe(key);
    expect(key).toMatch(/^[\w-]{16}$/);
    expect(key).not.toContain("203");
  });
});
