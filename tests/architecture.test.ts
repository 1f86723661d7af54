import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const appFiles = walk(path.join(root, "app")).map((file) => path.relative(root, file));

// Entry points that are public on purpose: Auth.js's own handler, and sign-in/out themselves.
const PUBLIC_ROUTES = new Set(["app/api/auth/[...nextauth]/route.ts", /* the anonymous readers' view beacon: it only counts, never reads or changes content */ "app/api/views/route.ts"]);
const PUBLIC_ACTIONS = new Set(["app/login/actions.ts:loginAction", "app/(admin)/admin/actions.ts:logoutAction"]);

describe("every entry point goes through the policy", () => {
  it("route handlers under app/api are wrapped in withAuth", () => {
    const routes = appFiles.filter((file) => file.startsWith("app/api/") && file.endsWith("route.ts"));
    expect(routes.length).toBeGreaterThan(0);
    for (const file of routes) {
      if (PUBLIC_ROUTES.has(file)) continue;
      const source = readFileSync(path.join(root, file), "utf8");
      const handlers = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\s*=\s*(\w+)/g)];
      expect(handlers.length, `${file} exports handlers`).toBeGreaterThan(0);
      for (const [, method, wrapper] of handlers) expect(wrapper, `${file} ${method}`).toBe("withAuth");
      expect(source, `${file} has no bare exported functions`).not.toMatch(/export (async )?function (GET|POST|PUT|PATCH|DELETE)/);
    }
  });

  it("server actions are wrapped in authedAction", () => {
    const actionFiles = appFiles.filter((file) => /(^|\/)actions\.ts$/.test(file));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      const source = readFileSync(path.join(root, file), "utf8");
      expect(source.startsWith('"use server"')).toBe(true);
      for (const [, name] of source.matchAll(/export async function (\w+)/g)) {
        expect(PUBLIC_ACTIONS.has(`${file}:${name}`), `${file}: ${name} must use authedAction`).toBe(true);
      }
      for (const [, name, wrapper] of source.matchAll(/export const (\w+)\s*=\s*(\w+)/g)) {
        expect(wrapper, `${file}: ${name}`).toBe("authedAction");
      }
    }
  });

  it("no page, component or action imports the database client", () => {
    const uiFiles = [...appFiles, ...walk(path.join(root, "components")).map((file) => path.relative(root, file))].filter((file) => /\.tsx?$/.test(file));
    for (const file of uiFiles) {
      const source = readFileSync(path.join(root, file), "utf8");
      expect(source, file).not.toMatch(/from "@\/db"|from "drizzle-orm/);
    }
  });
});

describe("messages", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
      : [prefix.slice(0, -1)];
  it("no key contains a dot (next-intl reads dots as nesting, so such a key can never be found)", async () => {
    const { MESSAGES } = await import("@/messages");
    const dotted = (value: unknown, path = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, child]) => [...(key.includes(".") ? [`${path}${key}`] : []), ...dotted(child, `${path}${key}/`)])
        : [];
    expect(dotted(MESSAGES.vi)).toEqual([]);
    expect(dotted(MESSAGES.en)).toEqual([]);
  });

  it("vi and en have the same keys", async () => {
    const { MESSAGES } = await import("@/messages");
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.vi).sort());
  });
});
