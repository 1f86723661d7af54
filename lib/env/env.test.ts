import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./index";

describe("parseEnv", () => {
  it("has working defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ DATA_DIR: ".data", PORT: 3000, CMS_DEMO: "on" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.dataDir).toBe(path.resolve(".data"));
  });

  it("accepts postgres URLs and CMS_DEMO=off, and treats empty values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/news", CMS_DEMO: "OFF", PORT: "8080", AUTH_SECRET: "" });
    expect(env).toMatchObject({ DATABASE_URL: "postgresql://u:p@db:5432/news", CMS_DEMO: "off", PORT: 8080, AUTH_SECRET: undefined });
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ CMS_DEMO: "maybe" }, "CMS_DEMO"],
  ])("fails with one line naming the variable for %o", (source, name) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`^Invalid environment: ${name} `));
  });
});
