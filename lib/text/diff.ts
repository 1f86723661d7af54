/**
 * Word-level differences between two texts, for the revision history and the
 * conflict dialog. Pure and dependency-free (browser and server alike).
 *
 * Myers' O((N+M)·D) algorithm over tokens (words, runs of whitespace, single
 * punctuation marks), after trimming the common prefix and suffix. Keeping
 * only the frontier of each step bounds memory by D²; past `MAX_EDITS` the
 * middle is reported as one deletion and one insertion, which is still a
 * correct (if coarse) diff of two texts that have little in common.
 */

export type DiffOp = "equal" | "insert" | "delete";
export interface DiffPart {
  op: DiffOp;
  text: string;
}

const MAX_EDITS = 3000;

/** Words (letters, digits, inner hyphens and apostrophes), runs of whitespace, and any other character on its own. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

/** The shortest edit script between two sequences, as runs of equal, deleted and inserted items. */
export function diffSequences<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean = Object.is): { op: DiffOp; items: T[] }[] {
  let start = 0;
  while (start < a.length && start < b.length && equals(a[start]!, b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && equals(a[endA - 1]!, b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const out: { op: DiffOp; items: T[] }[] = [];
  const push = (op: DiffOp, item: T) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.items.push(item);
    else out.push({ op, items: [item] });
  };
  for (let i = 0; i < start; i++) push("equal", a[i]!);
  for (const [op, item] of middle(a.slice(start, endA), b.slice(start, endB), equals)) push(op, item);
  for (let i = endA; i < a.length; i++) push("equal", a[i]!);
  return out;
}

function middle<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean): [DiffOp, T][] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((item) => ["insert", item]);
  if (m === 0) return a.map((item) => ["delete", item]);
  const max = Math.min(n + m, MAX_EDITS);
  // frontier[d] holds, for diagonals k = -d..d (step 2), the furthest x reached with d edits.
  const frontiers: Int32Array[] = [];
  let previous = new Int32Array(1);
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    const current = new Int32Array(d + 1);
    for (let i = 0; i <= d; i++) {
      const k = -d + 2 * i;
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && previous[i - 1]! < previous[i]!)) x = previous[i]!; // down: insertion
      else x = previous[i - 1]! + 1; // right: deletion
      let y = x - k;
      while (x < n && y < m && equals(a[x]!, b[y]!)) {
        x++;
        y++;
      }
      current[i] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    frontiers.push(current);
    previous = current;
  }
  if (found < 0) return [...a.map((item): [DiffOp, T] => ["delete", item]), ...b.map((item): [DiffOp, T] => ["insert", item])];

  // Walk back from (n, m) through the frontiers.
  const script: [DiffOp, T][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = frontiers[d - 1]!;
    const k = x - y;
    const i = (k + d) / 2;
    const down = k === -d || (k !== d && prev[i - 1]! < prev[i]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[(prevK + d - 1) / 2]!;
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      script.push(["equal", a[--x]!]);
      y--;
    }
    if (down) script.push(["insert", b[--y]!]);
    else script.push(["delete", a[--x]!]);
  }
  while (x > 0 && y > 0) {
    script.push(["equal", a[--x]!]);
    y--;
  }
  return script.reverse();
}

/**
 * Word-level diff of two texts. Parts alternate; deletions come before
 * insertions at the same place. Joining the equal and deleted parts gives `a`,
 * the equal and inserted parts give `b`.
 */
export function diffWords(a: string, b: string): DiffPart[] {
  if (a === b) return a ? [{ op: "equal", text: a }] : [];
  const runs = diffSequences(tokenize(a), tokenize(b));
  const parts: DiffPart[] = runs.map((run) => ({ op: run.op, text: run.items.join("") }));
  return tidy(parts);
}

/**
 * Reads better: a lone space kept equal between two changes joins them
 * ("<del>a b</del><ins>c d</ins>" rather than "<del>a</del><ins>c</ins> <del>b</del><ins>d</ins>"),
 * and deletions come before insertions.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = "";
    ins = "";
  };
  parts.forEach((part, index) => {
    if (part.op === "delete") del += part.text;
    else if (part.op === "insert") ins += part.text;
    else {
      const between = (del || ins) && index + 1 < parts.length && parts[index + 1]!.op !== "equal" && /^\s+$/.test(part.text);
      if (between) {
        del += part.text;
        ins += part.text;
      } else {
        flush();
        out.push(part);
      }
    }
  });
  flush();
  return out;
}

/** Whether a diff changes anything. */
export const hasChanges = (parts: DiffPart[]) => parts.some((part) => part.op !== "equal");
