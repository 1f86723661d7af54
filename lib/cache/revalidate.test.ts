import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath }));

let purges = 0;
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    purges++;
    request.resume();
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Read once, by the first purge: this process's settings, as in production.
  process.env.CDN_PURGE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge_all`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("refreshPublicSite", () => {
  it("expires the whole site and purges the CDN after a public change, and does nothing after a draft save", async () => {
    const { refreshPublicSite } = await import("./revalidate");
    refreshPublicSite([]);
    expect(revalidatePath).not.toHaveBeenCalled();

    refreshPublicSite(["/bai-viet/a", "/"]);
    refreshPublicSite(["/bai-viet/b"]);
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    // One purge for both changes, about a second later (lib/cache/cdn-purge.ts).
    await vi.waitFor(() => expect(purges).toBe(1), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(purges).toBe(1);
  });
});
