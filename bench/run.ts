/**
 * `npm run bench`: the benchmarks, printed as tables with the machine they ran on.
 * Heap figures need --expose-gc: without it the script runs itself again with it.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { runSuggestBench } from "./suggest";

if (!(globalThis as { gc?: unknown }).gc && !process.env.BENCH_NO_RESPAWN) {
  const child = spawnSync(process.execPath, ["--expose-gc", ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_NO_RESPAWN: "1" },
  });
  process.exit(child.status ?? 1);
}

const cpus = os.cpus();
console.log(`Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`);

const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const wants = (name: string) => only.length === 0 || only.includes(name);

if (wants("suggest")) {
  console.log("\nTag suggestions (lib/tagging), target: median well under 50 ms");
  const { rows, medianMs } = runSuggestBench();
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  console.log(`  ${"verdict".padEnd(width)}  ${medianMs < 50 ? "ok" : "TOO SLOW"}`);
}

if (wants("editor")) {
  console.log("\nThe article editor with a long article (bench/editor.ts, production build, Chromium)");
  const { runEditorBench } = await import("./editor");
  const editorRows = await runEditorBench();
  const w = Math.max(...editorRows.map(([label]) => label.length));
  for (const [label, value] of editorRows) console.log(`  ${label.padEnd(w)}  ${value}`);
}

if (wants("site")) {
  console.log("\nThe reader's site under load (bench/site.ts: wrk against the production build, a static baseline, Lighthouse)");
  const { runSiteBench } = await import("./site");
  try {
    const report = await runSiteBench(process.argv.slice(2));
    if (report?.checks.some((check) => !check.pass)) process.exitCode = 1;
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
