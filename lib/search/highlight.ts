import { foldText } from "@/lib/text/slug";

export interface Highlighted {
  /** Alternating plain and matched pieces: render matches as <mark>. */
  parts: { text: string; match: boolean }[];
}

/** The words of a query, folded (no diacritics, lower case), without operators or quotes. */
export function queryTerms(query: string): string[] {
  return [...new Set(foldText(query).split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 0 && term !== "or"))];
}

/** Characters fold the same every time, and text uses few distinct ones: remember them. */
const foldedChars = new Map<string, string>();
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const f = foldText(char);
    folded = f.length === 1 ? f : char.toLowerCase();
    if (foldedChars.size < 10_000) foldedChars.set(char, folded);
  }
  return folded;
}

/** A snippet comes from the start of the text: a match further in than this is not looked for. */
const SCAN_CHARS = 4000;

/**
 * A snippet of `text` around the first query term, with every term marked.
 * Folding is done per character so offsets in the folded text are offsets in
 * the original, and the snippet keeps its diacritics.
 */
export function highlight(text: string, terms: string[], radius = 110): Highlighted {
  const head = [...text.slice(0, SCAN_CHARS * 2)];
  const truncated = head.length > SCAN_CHARS || text.length > SCAN_CHARS * 2;
  const chars = head.slice(0, SCAN_CHARS);
  const folded = chars.map(foldChar);
  const haystack = folded.join("");
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(term, from);
      if (at < 0) break;
      // Whole words only ("ha" must not light up inside "hai").
      if (!isWord(folded[at - 1]) && !isWord(folded[at + term.length])) ranges.push([at, at + term.length]);
      from = at + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - radius);
  let end = Math.min(chars.length, (ranges[0]?.[1] ?? 0) + radius * 2);
  // Start and end on word boundaries.
  while (start > 0 && isWord(chars[start - 1])) start -= 1;
  while (end < chars.length && isWord(chars[end])) end += 1;
  const parts: Highlighted["parts"] = [];
  if (start > 0) parts.push({ text: "… ", match: false });
  let cursor = start;
  for (const [a, b] of ranges) {
    if (a < cursor || b > end) continue;
    if (a > cursor) parts.push({ text: chars.slice(cursor, a).join(""), match: false });
    parts.push({ text: chars.slice(a, b).join(""), match: true });
    cursor = b;
  }
  if (cursor < end) parts.push({ text: chars.slice(cursor, end).join(""), match: false });
  if (end < chars.length || truncated) parts.push({ text: " …", match: false });
  return { parts };
}
