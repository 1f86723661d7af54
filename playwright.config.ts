import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";
import { E2E_DATA_DIR, E2E_DEMO_PASSWORD, E2E_PORT } from "./e2e/env";

/**
 * E2E runs against a production build started by `npm start` itself, on a
 * fresh DATA_DIR (its own embedded PostgreSQL and demo newsroom) and its own port.
 * The browser is Debian's Chromium when present (Playwright's download does
 * not work on our machines), otherwise Playwright's own.
 */
function browserPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const system = candidates.find((candidate) => existsSync(candidate));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium for Playwright. Install Debian's (`apt-get install -y chromium`), set CHROMIUM_PATH, or run `npx playwright install chromium`.",
  );
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: browserPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: {
    command: `node -e "require('fs').rmSync(process.argv[1],{recursive:true,force:true})" ${JSON.stringify(E2E_DATA_DIR)} && npm start`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATA_DIR: E2E_DATA_DIR,
      PORT: String(E2E_PORT),
      DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      CMS_DEMO: "on",
      // Every spec signs in from 127.0.0.1: the per-address limit would trip across specs. The per-account limit still applies.
      LOGIN_IP_LIMIT: "1000",
      SCHEDULER_INTERVAL_MS: "2000",
      // The suite always runs on its own embedded database, never on a DATABASE_URL from the shell.
      DATABASE_URL: "",
      NODE_ENV: "",
    },
  },
});

