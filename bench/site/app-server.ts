/**
 * The app under test, started the way production starts it: `scripts/start.ts`
 * (it migrates, builds when the build is missing or stale, then runs
 * scripts/serve.mjs) with NODE_ENV=production, DATABASE_URL at the bench database
 * and the demo switched off. It runs in its own process group so one signal
 * stops the launcher and Next.js together.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../db/embedded";

export interface AppServer {
  base: string;
  port: number;
  log: string;
  /** The process group: the launcher, tsx and next-server. */
  pgid: number;
  stop(): Promise<void>;
}

export async function startApp(root: string, databaseUrl: string, dataDir: string, logFile: string): Promise<AppServer> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    PORT: String(port),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CMS_DEMO: "off",
    SITE_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // To a file: an undrained pipe would fill up and stall the server.
  const out = openSync(logFile, "a");
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", out, out],
  });
  const pgid = child.pid!;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      return;
    }
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref());
    if ((await Promise.race([exited, timeout])) === "timeout") {
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  // The first start builds the app: allow it ten minutes.
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} before it was ready:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app was not ready after 10 minutes:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
    }
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return { base, port, log: logFile, pgid, stop };
}

/** CPU seconds (user + system) used so far by the processes of a group, or by a process and its children. */
export function cpuSeconds(select: { pgid?: number; parent?: number }): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name (which may contain spaces) start at state: ppid is field 4, pgrp 5, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    const pgrp = Number(fields[2]);
    const used = (Number(fields[11]) + Number(fields[12])) / tick;
    if (select.pgid !== undefined && pgrp === select.pgid) total += used;
    else if (select.parent !== undefined && (pid === select.parent || ppid === select.parent)) total += used;
  }
  return total;
}
