/**
 * The SQL behind slow pages: with the embedded server, the bench database logs
 * every statement slower than a threshold (log_min_duration_statement, set on
 * the database, so only connections to it are affected), and after the load
 * this module reads the new part of DATA_DIR/postgres.log and groups the
 * statements: how often, how slow on average and at worst.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import postgres from "postgres";

export interface SlowStatement {
  statement: string;
  count: number;
  meanMs: number;
  maxMs: number;
}

export async function logSlowStatements(url: string, thresholdMs: number) {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`alter database "${database.replaceAll('"', '""')}" set log_min_duration_statement = ${Math.round(thresholdMs)}`);
  } finally {
    await sql.end();
  }
}

export function logOffset(file: string) {
  return existsSync(file) ? statSync(file).size : 0;
}

const ENTRY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/;
const DURATION = /LOG:\s+duration: ([\d.]+) ms\s+(?:statement|execute [^:]*):\s*(.*)$/;

/** Statements logged since `offset`, slowest total time first. */
export function readSlowStatements(file: string, offset: number, limit = 12): SlowStatement[] {
  if (!existsSync(file)) return [];
  const size = statSync(file).size;
  if (size <= offset) return [];
  const length = Math.min(size - offset, 64 * 1024 * 1024);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buffer, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  const groups = new Map<string, { count: number; total: number; max: number }>();
  const lines = buffer.toString("utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = DURATION.exec(lines[i]!);
    if (!match) continue;
    // A statement may span lines: until the next timestamped entry.
    let text = match[2]!;
    while (i + 1 < lines.length && !ENTRY.test(lines[i + 1]!)) text += ` ${lines[++i]!.trim()}`;
    const statement = text.replace(/\s+/g, " ").trim().slice(0, 400);
    const ms = Number(match[1]);
    const group = groups.get(statement) ?? { count: 0, total: 0, max: 0 };
    group.count += 1;
    group.total += ms;
    group.max = Math.max(group.max, ms);
    groups.set(statement, group);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, limit)
    .map(([statement, group]) => ({ statement, count: group.count, meanMs: Math.round(group.total / group.count), maxMs: Math.round(group.max) }));
}
