/**
 * The editor under a long article: starts the production app on a scratch
 * DATA_DIR and free port, creates a 20,000-word article through the API, opens
 * it in Chromium and measures
 *   - open: navigation until the editor is ready,
 *   - typing: per keystroke, from keydown to the next painted frame after the
 *     editor's DOM changed (what a writer feels),
 *   - save: clicking "Lưu" until "Đã lưu lúc" shows.
 * Run with `npm run bench -- editor` (the build is reused when current).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort } from "../db/embedded";

const WORDS = 20_000;
const KEYSTROKES = 120;
const SAVES = 5;

const syllables = ["quốc", "phòng", "biên", "giới", "hữu", "nghị", "giao", "lưu", "đoàn", "đại", "biểu", "Lào", "Cai", "Vân", "Nam", "hội", "đàm", "tăng", "cường", "hợp", "tác", "cửa", "khẩu", "nhân", "dân", "hòa", "bình", "ổn", "định", "phát", "triển"];

function article(words: number) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const length = 60 + Math.floor(next() * 60);
    const text = Array.from({ length }, () => syllables[Math.floor(next() * syllables.length)]).join(" ");
    paragraphs.push({ type: "paragraph", content: [{ type: "text", text: `${text[0]!.toUpperCase()}${text.slice(1)}.` }] });
    count += length;
  }
  return { type: "doc", content: paragraphs };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms · max ${sorted.at(-1)!.toFixed(1)} ms (n=${values.length})`;
};

export async function runEditorBench(): Promise<[string, string][]> {
  const root = path.resolve(import.meta.dirname, "..");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "toasoan-bench-"));
  const port = await freePort();
  const password = "bench-password-123";
  // Its own embedded database, whatever the shell says.
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO_PASSWORD: password, DATABASE_URL: "" };
  delete env.NODE_ENV;
  const server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    // To a file: an undrained pipe would fill up and stall the server.
    stdio: ["ignore", openSync(path.join(dataDir, "server.log"), "a"), openSync(path.join(dataDir, "server.log"), "a")],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 600_000;
    for (;;) {
      if (Date.now() > deadline || server.exitCode !== null) {
        throw new Error(`the app did not start:\n${readFileSync(path.join(dataDir, "server.log"), "utf8").slice(-2000)}`);
      }
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const executablePath = ["/usr/bin/chromium", process.env.CHROMIUM_PATH].find((candidate) => candidate && existsSync(candidate));
    const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    const page = await browser.newPage({ baseURL: base, viewport: { width: 1366, height: 900 } });
    await page.goto("/login");
    await page.getByLabel("Email").fill("editor@toasoan.local");
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/\/admin/);

    const created = await page.request.post("/api/admin/v1/articles", { data: { title: "Bài dài để đo hiệu năng", sapo: "", body: article(WORDS) } });
    if (created.status() !== 201) throw new Error(`create failed: ${created.status()} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };

    const openStart = Date.now();
    await page.goto(`/admin/articles/${id}`);
    const body = page.getByRole("textbox", { name: "Nội dung" });
    await body.waitFor();
    await page.waitForFunction(() => document.querySelectorAll(".ProseMirror p").length > 100);
    const openMs = Date.now() - openStart;

    // Type in the middle of the document.
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll(".ProseMirror p");
      const target = paragraphs[Math.floor(paragraphs.length / 2)]!;
      const range = document.createRange();
      range.selectNodeContents(target);
      range.collapse(false);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      (document.querySelector(".ProseMirror") as HTMLElement).focus();
      const w = window as unknown as { __latencies: number[]; __down: number };
      w.__latencies = [];
      document.addEventListener("keydown", () => (w.__down = performance.now()), true);
      new MutationObserver(() => {
        const down = w.__down;
        if (!down) return;
        w.__down = 0;
        requestAnimationFrame(() => w.__latencies.push(performance.now() - down));
      }).observe(document.querySelector(".ProseMirror")!, { subtree: true, childList: true, characterData: true });
    });
    for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type(i % 10 === 9 ? " " : "a", { delay: 40 });
    await page.waitForTimeout(300);
    const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);

    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      await page.keyboard.type("b");
      const start = Date.now();
      await page.getByRole("button", { name: "Lưu", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "Đã lưu lúc" }).first().waitFor();
      saves.push(Date.now() - start);
      await page.waitForTimeout(1200);
    }
    await browser.close();
    return [
      ["article", `${WORDS.toLocaleString("en")} words`],
      ["open until editable", `${openMs} ms`],
      ["keystroke → painted frame", stats(latencies)],
      ["save (click → “Đã lưu”)", stats(saves)],
    ];
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 2000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
