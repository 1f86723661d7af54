/**
 * Edition phrases: which edition of a series a text names.
 *
 *   Vietnamese, after the series:  "lần thứ 8", "lần thứ tám", "lần 8", "lần thứ nhất", "lần thứ VIII", "kỳ thứ 3"
 *   English / Spanish, before it:  "the 8th …", "the eighth …", "the twenty-first …", "la octava edición del …", "8ª"
 *   Chinese, before (or after) it: "第八届…", "第8届…", "第十二次…"
 *
 * Everything here works on folded tokens (see normalize.ts), so "lan thu tam"
 * in text typed without diacritics reads the same as "lần thứ tám".
 */
import { TOKEN_ALLCAPS, TOKEN_CJK, TOKEN_DIGITS, TOKEN_UPPER, type Tokens } from "./normalize";

export interface EditionPhrase {
  edition: number;
  /** First and last-plus-one token of the phrase. */
  from: number;
  to: number;
}

const VI_UNITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
// After "mười"/"mươi": "mốt" (1), "tư" (4), "lăm"/"nhăm" (5).
const VI_TAIL: Record<string, number> = { ...VI_UNITS, mot: 1, tu: 4, lam: 5, nham: 5 };
// Only as an ordinal ("thứ nhất", "thứ nhì", "thứ tư").
const VI_ORDINAL_ONLY: Record<string, number> = { nhat: 1, nhi: 2, tu: 4 };

const MAX_EDITION = 999;

function digits(tokens: Tokens, k: number): number | null {
  if (k >= tokens.count || !(tokens.flags[k]! & TOKEN_DIGITS)) return null;
  const value = Number(tokens.folded[k]);
  return value >= 1 && value <= MAX_EDITION ? value : null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "VIII" → 8; only written in capitals, so the English word "I" or Vietnamese "xi" are not numbers. */
export function romanValue(folded: string): number | null {
  if (!/^[ivxlc]{1,8}$/.test(folded)) return null;
  let total = 0;
  for (let i = 0; i < folded.length; i++) {
    const value = ROMAN[folded[i]!]!;
    const next = ROMAN[folded[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  // Reject non-canonical forms ("IIII", "VX") by writing the value back.
  return total > 0 && toRoman(total) === folded ? total : null;
}

function toRoman(value: number): string {
  const table: [number, string][] = [
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  for (const [n, s] of table) {
    while (value >= n) {
      out += s;
      value -= n;
    }
  }
  return out;
}

function roman(tokens: Tokens, k: number): number | null {
  if (k >= tokens.count) return null;
  const flags = tokens.flags[k]!;
  const folded = tokens.folded[k]!;
  const capital = folded.length === 1 ? flags & TOKEN_UPPER : flags & TOKEN_ALLCAPS;
  return capital ? romanValue(folded) : null;
}

/** A Vietnamese number in words at k: "tám", "mười", "mười một", "hai mươi tư"; with `ordinal`, also "nhất", "nhì", "tư". */
function vietnameseNumber(tokens: Tokens, k: number, ordinal: boolean): { value: number; next: number } | null {
  const word = tokens.folded[k];
  if (word === undefined) return null;
  if (ordinal && word in VI_ORDINAL_ONLY) return { value: VI_ORDINAL_ONLY[word]!, next: k + 1 };
  const tail = (at: number, base: number) => {
    const extra = tokens.folded[at];
    return extra !== undefined && extra in VI_TAIL ? { value: base + VI_TAIL[extra]!, next: at + 1 } : { value: base, next: at };
  };
  if (word === "muoi") return tail(k + 1, 10);
  if (word in VI_UNITS) {
    const unit = VI_UNITS[word]!;
    if (tokens.folded[k + 1] === "muoi" && unit >= 2) return tail(k + 2, unit * 10);
    return { value: unit, next: k + 1 };
  }
  return null;
}

/** The number at k: digits, capital Roman numerals, or (when `words`) Vietnamese number words. */
function numberAt(tokens: Tokens, k: number, words: boolean, ordinal: boolean): { value: number; next: number } | null {
  const d = digits(tokens, k) ?? roman(tokens, k);
  if (d !== null) return { value: d, next: k + 1 };
  return words ? vietnameseNumber(tokens, k, ordinal) : null;
}

const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CJK_COUNTERS = new Set(["届", "屆", "次", "回"]);

/** "第八届", "第十二次", "第8届" starting at k. */
function chineseOrdinal(tokens: Tokens, k: number): EditionPhrase | null {
  if (tokens.folded[k] !== "第") return null;
  let at = k + 1;
  let value = 0;
  const d = digits(tokens, at);
  if (d !== null) {
    value = d;
    at += 1;
  } else {
    let tens = 0;
    let unit = 0;
    let seen = false;
    while (at < tokens.count && tokens.flags[at]! & TOKEN_CJK) {
      const ch = tokens.folded[at]!;
      if (ch === "十") {
        tens = (unit || 1) * 10;
        unit = 0;
      } else if (ch in CJK_DIGITS) unit = CJK_DIGITS[ch]!;
      else break;
      seen = true;
      at += 1;
    }
    if (!seen) return null;
    value = tens + unit;
  }
  if (value < 1 || !CJK_COUNTERS.has(tokens.folded[at] ?? "")) return null;
  return { edition: value, from: k, to: at + 1 };
}

/** "tám", "8", "VIII", "nhất" at k, as read after "lần thứ": the value and the token after it. */
export function ordinalAt(tokens: Tokens, k: number): { value: number; next: number } | null {
  const n = numberAt(tokens, k, true, true);
  return n && n.value <= MAX_EDITION ? n : null;
}

/**
 * An edition phrase starting at token k, as written AFTER a series name:
 * "lần thứ 8", "lần thứ tám", "lần 8", "lần thứ nhất", "kỳ thứ 3", "第八届".
 * "lần tám" (no "thứ") is not read: "hai lần" / "lần hai" are too often not ordinals.
 */
export function editionAfter(tokens: Tokens, k: number): EditionPhrase | null {
  const word = tokens.folded[k];
  if (word === "lan" || word === "ky") {
    if (tokens.folded[k + 1] === "thu") {
      const n = ordinalAt(tokens, k + 2);
      return n ? { edition: n.value, from: k, to: n.next } : null;
    }
    const n = numberAt(tokens, k + 1, false, false);
    return n ? { edition: n.value, from: k, to: n.next } : null;
  }
  return chineseOrdinal(tokens, k);
}

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  // Spanish (folded: "séptima" → "septima"); masculine and feminine.
  primer: 1,
  primero: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
  sexto: 6,
  sexta: 6,
  septimo: 7,
  septima: 7,
  octavo: 8,
  octava: 8,
  noveno: 9,
  novena: 9,
  decimo: 10,
  decima: 10,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const NUMERIC_ORDINAL = /^(\d{1,3})(st|nd|rd|th|ª|º|a|o|er|re|e|eme)$/;

/** Words allowed between an ordinal and the series name: "the 8th edition of the …", "la octava edición del …". */
const FILLERS = new Set(["the", "edition", "of", "annual", "la", "el", "edicion", "del", "de", "version", "round", "session", "a"]);

/** Numeric value of an English/Spanish ordinal token at k ("8th", "eighth", "8ª", "octava"); "twenty-first" ends at k. */
function ordinalWord(tokens: Tokens, k: number): { value: number; from: number } | null {
  const word = tokens.folded[k];
  if (word === undefined) return null;
  const numeric = NUMERIC_ORDINAL.exec(word);
  if (numeric) {
    const value = Number(numeric[1]);
    return value >= 1 ? { value, from: k } : null;
  }
  const value = EN_ORDINALS[word];
  if (value === undefined) return null;
  const tens = k > 0 ? EN_TENS[tokens.folded[k - 1]!] : undefined;
  return tens !== undefined && value < 10 ? { value: tens + value, from: k - 1 } : { value, from: k };
}

/**
 * An edition phrase just BEFORE token `seriesStart`, in the same sentence:
 * "the 8th Vietnam–China …", "the eighth edition of the …", "第八届中越…".
 */
export function editionBefore(tokens: Tokens, seriesStart: number): EditionPhrase | null {
  const sentence = tokens.sentence[seriesStart];
  // Chinese: 第 N 届 immediately before.
  for (let from = seriesStart - 2; from >= Math.max(0, seriesStart - 6); from--) {
    const phrase = chineseOrdinal(tokens, from);
    if (phrase && phrase.to === seriesStart) return phrase;
  }
  let k = seriesStart - 1;
  for (let skipped = 0; k >= 0 && skipped <= 4 && tokens.sentence[k] === sentence; k--, skipped++) {
    const ordinal = ordinalWord(tokens, k);
    if (ordinal) return { edition: ordinal.value, from: ordinal.from, to: k + 1 };
    if (!FILLERS.has(tokens.folded[k]!)) return null;
  }
  return null;
}

/** "…lần thứ 8", "…lần thứ tám", "第八届…", "8th …" at the end or start of an event's name: what is left is the series part. */
export function splitEditionFromName(tokens: Tokens): { stemFrom: number; stemTo: number; edition: number } | null {
  // Trailing: the last phrase that runs to the end.
  for (let k = tokens.count - 2; k >= 1; k--) {
    const phrase = editionAfter(tokens, k);
    if (phrase && phrase.to === tokens.count) return { stemFrom: 0, stemTo: k, edition: phrase.edition };
  }
  // Leading: "第八届 …", "8th …", "The 8th …".
  const chinese = chineseOrdinal(tokens, 0);
  if (chinese) return { stemFrom: chinese.to, stemTo: tokens.count, edition: chinese.edition };
  for (let k = 0; k <= 1 && k < tokens.count - 1; k++) {
    const ordinal = ordinalWord(tokens, k);
    if (ordinal && (k === 0 || tokens.folded[0] === "the")) {
      let stem = k + 1;
      while (stem < tokens.count && FILLERS.has(tokens.folded[stem]!)) stem++;
      return { stemFrom: stem, stemTo: tokens.count, edition: ordinal.value };
    }
  }
  return null;
}
