#!/usr/bin/env node
/**
 * The npm registry reachable from our machines lacks some platform-specific
 * optional packages (e.g. @swc/core-darwin-arm64 at the version @swc/core
 * wants). `npm install` then leaves them out of package-lock.json, and
 * `npm ci` refuses the lock ("Missing: … from lock file").
 *
 * This restores an entry for each such optional dependency, restricted by
 * os/cpu/libc as its name says, so that `npm ci` accepts the lock and skips
 * them on platforms they are not for — exactly what the full registry gives.
 * Run it after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

/** os, cpu and libc from a platform package's name, e.g. "linux-arm64-musl", "win32-x64-msvc". */
function platformOf(name) {
  const tail = name.split("/").pop();
  const os = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "netbsd", "sunos", "aix", "openharmony"].find((candidate) =>
    new RegExp(`(^|-)${candidate}(-|$)`).test(tail),
  );
  const cpu = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "wasm32"].find((candidate) =>
    new RegExp(`(^|-)${candidate}(-|$)`).test(tail),
  );
  if (!os || !cpu) return undefined;
  const libc = os === "linux" ? (/(^|-)musl(eabihf)?(-|$)/.test(tail) ? "musl" : "glibc") : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dependency, range] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency beside its dependent first, then at the top level.
    const candidates = [`${location}/node_modules/${dependency}`.replace(/^\//, ""), `node_modules/${dependency}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    const platform = platformOf(dependency);
    if (!platform) continue;
    const version = range.replace(/^[\^~=]/, "");
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
    packages[`node_modules/${dependency}`] = {
      version,
      optional: true,
      os: [platform.os],
      cpu: [platform.cpu],
      ...(platform.libc ? { libc: [platform.libc] } : {}),
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: restored ${added} platform-specific optional entr${added === 1 ? "y" : "ies"}.`);
