/**
 * Tokens for tag matching, with offsets into the ORIGINAL text.
 *
 * Every token carries two spellings:
 * - `folded`: lower case, every mark stripped, đ → d ("Quốc" → "quoc"). The
 *   index is keyed on it, so diacritics and case never stop a match.
 * - `sig`: lower case with the vowel marks kept (â ă ê ô ơ ư đ) and the tone
 *   moved to the end ("Quốc" → "quôc" + acute). Folding makes different
 *   Vietnamese names collide ("Lào Cai" / "Lao Cái", "Huế" / "huệ"), so when
 *   the text HAS diacritics they must agree with the name's; moving the tone
 *   to the end makes old- and new-style tone placement equal ("hoà" = "hòa").
 *
 * Latin (Vietnamese, English, Spanish, pinyin) words are tokens; every Han,
 * kana and hangul character is a token of its own, so a Chinese alias matches
 * inside text written without spaces. Hyphens and dashes separate tokens like
 * spaces do ("Việt Nam – Trung Quốc" = "Việt Nam-Trung Quốc").
 */

/** What separates a token from the one before it. */
export const GAP_SOFT = 0; // nothing, spaces, hyphens, dashes, apostrophes
export const GAP_COMMA = 1; // a comma
export const GAP_HARD = 2; // anything else: . ; : ( ) " / line breaks …

export interface Tokens {
  count: number;
  folded: string[];
  sig: string[];
  start: number[];
  end: number[];
  /** Bit flags per token, see TOKEN_* below. */
  flags: number[];
  gapBefore: number[];
  /** Index of the sentence a token belongs to (sentences end at . ! ? ; line breaks). */
  sentence: number[];
}

export const TOKEN_UPPER = 1; // starts with an upper-case letter
export const TOKEN_ACCENTED = 2; // has diacritics (sig !== folded)
export const TOKEN_CJK = 4; // a Han / kana / hangul character
export const TOKEN_ALLCAPS = 8; // two or more letters, all upper case
export const TOKEN_SENTENCE_START = 16; // first token of its sentence
export const TOKEN_DIGITS = 32; // only digits
export const TOKEN_AFTER_DASH = 64; // a hyphen or dash separates it from the token before

const enum Cls {
  Letter,
  Cjk,
  Mark,
  Soft,
  Comma,
  Hard,
  Sentence,
}

interface CharInfo {
  cls: Cls;
  /** Folded lower-case letters (may be "" for a mark). */
  fold: string;
  /** Lower case with vowel marks kept, tone removed. */
  qual: string;
  /** Tone marks, if any. */
  tone: string;
  upper: boolean;
  digit: boolean;
}

// Vietnamese tones (grave, acute, tilde, hook above, dot below); other combining marks
// (circumflex, breve, horn, diaeresis…) change the letter and stay in `sig`.
const TONES = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);
const DASHES = new Set([..."-‐‑‒–—―−"]);
const SOFT = new Set([...DASHES, ..."'’ʼ`´\u00ad"]);
const COMMAS = new Set([...",，、"]);
const SENTENCE = new Set([..."\n\r.!?;。！？；…\u2029"]);

const LETTER = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;

const cache = new Map<number, CharInfo>();
// Latin, Vietnamese (U+1E00–1EFF) and punctuation: a dense array (a sparse one would be a slow hash table).
const FAST_LIMIT = 0x3000;
const fast: (CharInfo | null)[] = new Array<CharInfo | null>(FAST_LIMIT).fill(null);

function describe(cp: number): CharInfo {
  const ch = String.fromCodePoint(cp);
  if (MARK.test(ch)) {
    const tone = TONES.has(cp);
    return { cls: Cls.Mark, fold: "", qual: tone ? "" : ch, tone: tone ? ch : "", upper: false, digit: false };
  }
  if (CJK.test(ch)) return { cls: Cls.Cjk, fold: ch, qual: ch, tone: "", upper: false, digit: false };
  if (LETTER.test(ch)) {
    const lower = ch.toLowerCase();
    let fold = "";
    let qual = "";
    let tone = "";
    for (const part of lower.normalize("NFD")) {
      const code = part.codePointAt(0)!;
      if (MARK.test(part)) {
        if (TONES.has(code)) tone += part;
        else qual += part;
      } else {
        const base = part === "đ" ? "d" : part;
        fold += base;
        qual += part;
      }
    }
    return { cls: Cls.Letter, fold, qual, tone, upper: lower !== ch, digit: /\p{N}/u.test(ch) };
  }
  if (SENTENCE.has(ch)) return { cls: Cls.Sentence, fold: "", qual: "", tone: "", upper: false, digit: false };
  if (COMMAS.has(ch)) return { cls: Cls.Comma, fold: "", qual: "", tone: "", upper: false, digit: false };
  if (SOFT.has(ch) || (SPACE.test(ch) && ch !== "\n" && ch !== "\r")) {
    return { cls: Cls.Soft, fold: "", qual: "", tone: "", upper: false, digit: false };
  }
  return { cls: Cls.Hard, fold: "", qual: "", tone: "", upper: false, digit: false };
}

function info(cp: number): CharInfo {
  if (cp < FAST_LIMIT) return (fast[cp] ??= describe(cp));
  let found = cache.get(cp);
  if (!found) {
    found = describe(cp);
    if (cache.size < 50_000) cache.set(cp, found);
  }
  return found;
}

interface WordInfo {
  folded: string;
  sig: string;
  flags: number;
}

// Words repeat (a Vietnamese text is built from a few thousand syllables), so each
// distinct spelling is folded once. Bounded: cleared when it grows past the limit.
const words = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function wordInfo(raw: string): WordInfo {
  const cached = words.get(raw);
  if (cached) return cached;
  let folded = "";
  let qual = "";
  let tone = "";
  let letters = 0;
  let uppers = 0;
  let digitsOnly = true;
  let first = true;
  let upperFirst = false;
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const ch = info(cp);
    folded += ch.fold;
    qual += ch.qual;
    tone += ch.tone;
    if (ch.cls === Cls.Letter) {
      if (first) upperFirst = ch.upper;
      first = false;
      if (!ch.digit) {
        letters += 1;
        if (ch.upper) uppers += 1;
        digitsOnly = false;
      }
    }
  }
  const sig = tone ? qual + tone : qual;
  let flags = 0;
  if (upperFirst) flags |= TOKEN_UPPER;
  if (sig !== folded) flags |= TOKEN_ACCENTED;
  if (letters >= 2 && uppers === letters) flags |= TOKEN_ALLCAPS;
  if (digitsOnly) flags |= TOKEN_DIGITS;
  const word = { folded, sig, flags };
  if (words.size >= WORD_CACHE_LIMIT) words.clear();
  words.set(raw, word);
  return word;
}

function emptyTokens(): Tokens {
  return { count: 0, folded: [], sig: [], start: [], end: [], flags: [], gapBefore: [], sentence: [] };
}

/** Splits text into tokens. Offsets are UTF-16 indices into `text` as given. */
export function tokenize(text: string): Tokens {
  const out = emptyTokens();
  let sentence = 0;
  let sentenceOpen = false; // has the current sentence a token yet?
  let pendingBreak = false;
  let gap = GAP_SOFT;
  let dashed = false;
  let wordStart = -1; // the Latin word being read

  for (let i = 0; i <= text.length; ) {
    const cp = i < text.length ? text.codePointAt(i)! : -1;
    const width = cp > 0xffff ? 2 : 1;
    const cls = cp < 0 ? Cls.Hard : info(cp).cls;
    // A combining mark in decomposed (NFD) text belongs to the word it follows.
    if (cls === Cls.Letter || (cls === Cls.Mark && wordStart >= 0)) {
      if (wordStart < 0) wordStart = i;
      i += width;
      continue;
    }
    if (wordStart >= 0 || cls === Cls.Cjk) {
      if (pendingBreak && sentenceOpen) {
        sentence += 1;
        sentenceOpen = false;
      }
      pendingBreak = false;
      const from = wordStart >= 0 ? wordStart : i;
      const to = wordStart >= 0 ? i : i + width;
      const word = wordStart >= 0 ? wordInfo(text.slice(from, to)) : null;
      out.folded.push(word ? word.folded : info(cp).fold);
      out.sig.push(word ? word.sig : info(cp).qual);
      out.start.push(from);
      out.end.push(to);
      out.flags.push((word ? word.flags : TOKEN_CJK) | (sentenceOpen ? 0 : TOKEN_SENTENCE_START) | (dashed ? TOKEN_AFTER_DASH : 0));
      out.gapBefore.push(gap);
      out.sentence.push(sentence);
      sentenceOpen = true;
      gap = GAP_SOFT;
      dashed = false;
      if (wordStart >= 0) {
        wordStart = -1;
        continue; // read the character that ended the word again, as itself
      }
      i += width;
      continue;
    }
    if (cls === Cls.Soft && DASHES.has(String.fromCodePoint(cp))) dashed = true;
    if (cls === Cls.Comma) gap = Math.max(gap, GAP_COMMA);
    else if (cls === Cls.Hard) gap = GAP_HARD;
    else if (cls === Cls.Sentence) {
      // "TP.Hồ Chí Minh", "3.5": a dot followed by no space is not a sentence end.
      const next = text[i + 1];
      if (!(cp === 0x2e && next !== undefined && !SPACE.test(next))) pendingBreak = true;
      gap = GAP_HARD;
    }
    i += width;
  }
  out.count = out.folded.length;
  return out;
}

/** Lower case, no marks, đ → d, tokens joined by one space: "Việt Nam – Trung Quốc" → "viet nam trung quoc". */
export function foldKey(text: string): string {
  return tokenize(text).folded.join(" ");
}
