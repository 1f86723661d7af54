/**
 * The pure half of query correction ("Phan Văn Gaing" → "Phan Văn Giang"):
 * which words of a query may be corrected, how far a correction may be, and how
 * the corrected query is written. The database half is in vocabulary.ts.
 */

export interface QueryWord {
  text: string;
  start: number;
  end: number;
}

/** Letters only (numbers, codes and mixed tokens are never "misspelt"), two to forty of them. */
const LETTERS = /^[\p{L}\p{M}]{2,40}$/u;

/**
 * The words of a query a correction may replace: runs of letters, except the
 * OR operator and negated words ("-word" excludes, so it cannot be why nothing
 * matched). Quotes and other operators stay where they are.
 */
export function correctableWords(query: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const match of query.matchAll(/[\p{L}\p{M}\p{N}_]+/gu)) {
    const text = match[0];
    const start = match.index;
    if (!LETTERS.test(text) || text.toLowerCase() === "or") continue;
    if (query[start - 1] === "-" && (start === 1 || /[\s(]/u.test(query[start - 2]!))) continue;
    out.push({ text, start, end: start + text.length });
  }
  return out;
}

/** How many edits a correction of a word this long may make: one for short words, up to three for long ones. */
export const maxEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * Optimal string alignment distance (Levenshtein plus the swap of two
 * neighbours, the commonest typo: "gaing" → "giang" is one edit), on code
 * points. `substitution` prices a changed character (1 by default). Returns
 * max + 1 as soon as the distance must exceed max.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY, substitution: (x: string, y: string) => number = () => 1): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let best = current[0];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : substitution(s[i - 1]!, t[j - 1]!);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length]!;
}

const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const NEIGHBOUR_KEYS = new Set<string>();
KEY_ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const near = [row[i + 1], KEY_ROWS[r + 1]?.[i], KEY_ROWS[r + 1]?.[i - 1]];
    for (const key of near) if (key) NEIGHBOUR_KEYS.add(row[i] + key).add(key + row[i]);
  }
});

/**
 * What a changed letter costs when ranking corrections: a neighbouring key is
 * the usual slip (1), any other letter a less likely one (1.5), so that "giag"
 * is "giang" (a letter left out) before "giao".
 */
export const keyboardSubstitution = (x: string, y: string) => (NEIGHBOUR_KEYS.has(x + y) ? 1 : 1.5);

/** `word` written with the capitals of `model`: "giang" after "Gaing" is "Giang", after "GAING" "GIANG". */
export function withCaseOf(model: string, word: string): string {
  const chars = [...model];
  const upper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
  if (chars.length > 1 && chars.every((c) => !/\p{L}/u.test(c) || upper(c))) return word.toUpperCase();
  if (chars[0] && upper(chars[0])) {
    const [first = "", ...rest] = [...word];
    return first.toUpperCase() + rest.join("");
  }
  return word;
}

export interface Corrected {
  query: string;
  /**
   * Where each replaced word sits in the corrected query: the run of words
   * around it with nothing but spaces between them (at most RUN_REACH on each
   * side: "phan van giang"), and the two-word phrases it makes with its
   * neighbours ("van giang"), or the word alone. A correction that reads as the
   * site writes is the likely one.
   */
  contexts: { run: string; pairs: string[] }[];
}

const RUN_REACH = 2;

/** The query with each word in `replacements` rewritten (with the reader's capitals); quotes, operators and spacing kept. */
export function applyCorrections(query: string, replacements: Map<string, string>): Corrected {
  const correctable = new Set(correctableWords(query).map((word) => word.start));
  const tokens = [...query.matchAll(/[\p{L}\p{M}\p{N}_]+/gu)].map((match) => {
    const replacement = correctable.has(match.index) ? replacements.get(match[0]) : undefined;
    return { start: match.index, end: match.index + match[0].length, text: replacement === undefined ? match[0] : withCaseOf(match[0], replacement), replaced: replacement !== undefined };
  });
  let out = "";
  let cursor = 0;
  for (const token of tokens) {
    out += query.slice(cursor, token.start) + token.text;
    cursor = token.end;
  }
  out += query.slice(cursor);
  // Neighbours: only spaces (or a quote) between them.
  const joined = (i: number) => i >= 0 && i + 1 < tokens.length && /^[\s"]+$/u.test(query.slice(tokens[i]!.end, tokens[i + 1]!.start));
  const contexts = tokens.flatMap((token, i) => {
    if (!token.replaced) return [];
    let first = i;
    while (first > i - RUN_REACH && joined(first - 1)) first -= 1;
    let last = i;
    while (last < i + RUN_REACH && joined(last)) last += 1;
    const pairs = [];
    if (joined(i - 1)) pairs.push(`${tokens[i - 1]!.text} ${token.text}`);
    if (joined(i)) pairs.push(`${token.text} ${tokens[i + 1]!.text}`);
    return [{ run: tokens.slice(first, last + 1).map((t) => t.text).join(" "), pairs: pairs.length ? pairs : [token.text] }];
  });
  return { query: out, contexts };
}

const ALPHABET = [..."abcdefghijklmnopqrstuvwxyz"];

/**
 * Every string one edit (a letter dropped, two neighbours swapped, a letter
 * changed or added) from a lower-case ASCII word: how short words are corrected,
 * whose few trigrams a single typo mostly destroys ("nma" and "nam" share one of seven).
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out].filter((variant) => variant.length >= 2);
}

/**
 * Every way of choosing one option per slot, best first: options are listed
 * best first, and a choice costs the sum of its options' positions. At most `limit`.
 */
export function combinations<T>(slots: T[][], limit: number): T[][] {
  let all: { pick: T[]; cost: number }[] = [{ pick: [], cost: 0 }];
  for (const options of slots) {
    const next: { pick: T[]; cost: number }[] = [];
    for (const partial of all) options.forEach((option, i) => next.push({ pick: [...partial.pick, option], cost: partial.cost + i }));
    // Only the cheapest `limit` partial choices can lead to the cheapest whole ones.
    all = next.sort((a, b) => a.cost - b.cost).slice(0, limit);
  }
  return all.map((choice) => choice.pick);
}
