/**
 * `npm test`: types, lint, unit + integration (Vitest, real PostgreSQL) and
 * end-to-end (Playwright against a production build). Every step runs even if
 * an earlier one failed, so one run shows everything; the last line sums up.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
const only = process.argv.slice(2);

interface Step {
  name: string;
  command: string[];
  /** Reads passed/failed counts from the step's JSON report. */
  counts?: () => { passed: number; failed: number } | undefined;
}

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);

const steps: Step[] = [
  { name: "types", command: [bin("tsc"), "--noEmit"] },
  { name: "lint", command: [bin("eslint"), "--max-warnings=0", "."] },
  {
    name: "unit",
    command: [bin("vitest"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, "unit-report.json")}`],
    counts: () => {
      const report = readJson(path.join(results, "unit-report.json"));
      return report && { passed: report.numPassedTests, failed: report.numFailedTests };
    },
  },
  {
    name: "e2e",
    command: [bin("playwright"), "test"],
    counts: () => {
      const report = readJson(path.join(results, "e2e-report.json"));
      return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
    },
  },
];

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];
for (const step of steps.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
  console.log(`\n▶ ${step.name}: ${step.command.map((part) => path.relative(root, part) || part).join(" ")}`);
  const started = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), { cwd: root, stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  const counts = step.counts?.();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (!ok) {
    failedSteps.push(step.name);
    // A step that failed without a report (types, lint, a crash) counts as one failure.
    if (!counts || counts.failed === 0) failed += 1;
  }
  console.log(`${ok ? "✔" : "✖"} ${step.name} (${seconds}s)`);
}

console.log(failedSteps.length ? `\nFailed steps: ${failedSteps.join(", ")}` : "\nAll steps passed.");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
