/**
 * Finds the people, places, organizations, events and series a text mentions.
 * Pure: no database, no server-only code; `buildTagIndex` once, then
 * `suggestTags` per text.
 *
 * How a text is read:
 * 1. Tokens (normalize.ts): folded for the index, with offsets into the original.
 * 2. A token trie over every name and alias; at each token the longest known
 *    name that passes three checks wins:
 *    - diacritics: where the text has them they must agree with the name's
 *      ("Lao Cái" is not "Lào Cai", "hoa huệ" is not "Huế"); text without them
 *      matches any spelling ("phan van giang");
 *    - capitals: in normally capitalised text a proper name must keep at least
 *      one of its inner capitals, so "hòa bình" (peace) is not the province
 *      "Hòa Bình" and "hữu nghị" (friendship) is not a gate named "Hữu Nghị";
 *      all-lowercase text (typed without capitals) is read case-insensitively;
 *    - punctuation: a name does not run across a comma or a full stop unless
 *      the name itself has one there.
 * 3. A name followed directly by another capitalised word that is no known
 *    name (nor a word like "Province", "Minister", "Bộ trưởng") is part of a
 *    longer proper name and no mention: "Thái Bình" in "Thái Bình Dương". The
 *    check is off in Title Case headlines and in text without capitals.
 * 4. Overlaps: the longest span wins ("Cửa khẩu Quốc tế Lào Cai" over "Lào Cai").
 * 5. Namesakes: a span several entities share is offered for all of them,
 *    flagged ambiguous, unless the words around it say which ("tỉnh", "thành
 *    phố", a person's title) or only one of them is named unambiguously
 *    elsewhere in the same text.
 * 6. Editions (editions.ts): a series name with "lần thứ 8" / "the 8th" / "第八届"
 *    near it, or with a date or place in the same sentence that fits exactly
 *    one edition, names that edition; an edition implies its series. An event
 *    is also recognised, without its name, by a day-precise date and one of its
 *    places in one sentence plus one of its participants in the text.
 */
import { findDates, rangesOverlap, type TextDate } from "./dates";
import { editionAfter, editionBefore, ordinalAt, splitEditionFromName, type EditionPhrase } from "./editions";
import {
  GAP_SOFT,
  TOKEN_ACCENTED,
  TOKEN_AFTER_DASH,
  TOKEN_ALLCAPS,
  TOKEN_CJK,
  TOKEN_DIGITS,
  TOKEN_SENTENCE_START,
  TOKEN_UPPER,
  tokenize,
  type Tokens,
} from "./normalize";
import type { KnowledgeEntry, SuggestionDetail, TagSuggestion, TagType, TextSpan } from "./types";

// ─────────────────────────────────────────────────────────────────────────────
// Trie edges: one open-addressing hash table (node, token) → child in typed
// arrays. A Map per node would cost ~100 bytes per node; 100k+ names make
// ~500k nodes.

class EdgeTable {
  private nodes: Int32Array;
  private tokens: Int32Array;
  private children: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 12) {
    this.nodes = new Int32Array(capacity).fill(-1);
    this.tokens = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(node: number, token: number) {
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(token + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    return h & this.mask;
  }

  get(node: number, token: number): number {
    for (let i = this.slot(node, token); ; i = (i + 1) & this.mask) {
      const n = this.nodes[i]!;
      if (n === -1) return -1;
      if (n === node && this.tokens[i] === token) return this.children[i]!;
    }
  }

  set(node: number, token: number, child: number) {
    if ((this.size + 1) * 2 > this.nodes.length) this.grow();
    for (let i = this.slot(node, token); ; i = (i + 1) & this.mask) {
      if (this.nodes[i] === -1) {
        this.nodes[i] = node;
        this.tokens[i] = token;
        this.children[i] = child;
        this.size += 1;
        return;
      }
    }
  }

  private grow() {
    const { nodes, tokens, children } = this;
    this.nodes = new Int32Array(nodes.length * 2).fill(-1);
    this.tokens = new Int32Array(nodes.length * 2);
    this.children = new Int32Array(nodes.length * 2);
    this.mask = nodes.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) this.set(nodes[i]!, tokens[i]!, children[i]!);
  }

  get bytes() {
    return this.nodes.byteLength * 3;
  }
}

// ─────────────────────────────────────────────────────────────────────────────
// The index

/** A spelling points at an entity (index ≥ 0) or at an "anchor" (−1 − anchor index). */
type Target = number;

export interface TagIndex {
  entries: KnowledgeEntry[];
  byId: Map<string, number>;
  vocab: Map<string, number>;
  edges: EdgeTable;
  /** Per trie node, its first spelling (−1: none); spellings of one node chain through `spNext`. */
  terminal: Int32Array;
  spNext: Int32Array;
  spTarget: Int32Array;
  /** Bit k set: token k is capitalised in the spelling and must be in capitalised text (see `capsOf`). */
  spCaps: Int32Array;
  /** The spelling's tokens with their diacritics; null when it has none. */
  spSig: (string[] | null)[];
  /** Upper-case abbreviations ("TTXVN") match only as written. */
  spAcronym: (string | null)[];
  /** Inner punctuation of the spelling, when any (see GAP_*). */
  spGaps: (number[] | null)[];
  /** Events behind each anchor: series-less events sharing a name stem ("Hội nghị X lần thứ 3"). */
  anchors: number[][];
  /** Series entity → its events. */
  seriesEvents: Map<number, number[]>;
  /** Edition of each event: its own, or the one its name says. */
  edition: Map<number, number>;
  /** First two words of a series' names → the series (or anchors): "giao lưu" for "lần giao lưu thứ tám". */
  heads: Map<string, Target[]>;
  parent: Int32Array;
  eventSeries: Int32Array;
  eventPlaces: Map<number, number[]>;
  eventParticipants: Map<number, number[]>;
  /** Events with dates and places: the ones a date and a place can recognise. */
  dated: number[];
  stats: { entities: number; spellings: number; nodes: number; derived: number; skipped: number };
}

const ROOT = 0;

/**
 * Names a place is also written by. "huyện Bảo Thắng" is also "Bảo Thắng"; a
 * province "Lào Cai" is also "tỉnh Lào Cai" (which lets "thành phố Lào Cai"
 * prefer a city named "Lào Cai" over the province). These are weaker than
 * real aliases: one that is another entity's name or alias is dropped.
 */
const VI_PLACE_PREFIXES = ["tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "khu tự trị"];
const EN_PLACE_SUFFIXES = ["province", "city", "district", "commune", "county", "prefecture"];
const KIND_PREFIXES: Record<string, string[]> = {
  province: ["tỉnh"],
  city: ["thành phố", "TP"],
  district: ["huyện", "quận", "thị xã"],
  commune: ["xã", "phường", "thị trấn"],
  border_gate: ["cửa khẩu"],
};
const KIND_SUFFIXES: Record<string, string[]> = { province: ["province"], city: ["city"], district: ["district"] };

function derivedPlaceSpellings(entry: KnowledgeEntry): string[] {
  const out = new Set<string>();
  for (const spelling of [entry.name, ...entry.aliases]) {
    const lower = spelling.toLowerCase();
    for (const prefix of VI_PLACE_PREFIXES) {
      if (lower.startsWith(`${prefix} `) || lower.startsWith(`${prefix}. `)) {
        const rest = spelling.slice(prefix.length).replace(/^\.?\s+/, "");
        // Only before a capitalised name: "xã Bản Phiệt" → "Bản Phiệt", not "thành phố mới" → "mới".
        if (/^\p{Lu}/u.test(rest)) out.add(rest);
      }
    }
    for (const suffix of EN_PLACE_SUFFIXES) {
      if (lower.endsWith(` ${suffix}`)) out.add(spelling.slice(0, -suffix.length - 1));
    }
  }
  const bare = [entry.name, ...out].filter((name) => !VI_PLACE_PREFIXES.some((prefix) => name.toLowerCase().startsWith(`${prefix} `)));
  for (const name of bare) {
    for (const prefix of KIND_PREFIXES[entry.kind ?? ""] ?? []) out.add(`${prefix} ${name}`);
    for (const suffix of KIND_SUFFIXES[entry.kind ?? ""] ?? []) out.add(`${name} ${suffix}`);
    // English writes two-syllable Vietnamese names as one word: Việt Nam → Vietnam, Hà Nội → Hanoi.
    const words = name.split(/\s+/);
    if (words.length === 2 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) {
      const joined = (words[0]! + words[1]!.toLowerCase()).normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
      out.add(joined);
    }
  }
  out.delete(entry.name);
  for (const alias of entry.aliases) out.delete(alias);
  return [...out];
}

const DATE_WORDS = new Set(["thang", "nam", "ngay", "cuoi", "dau", "in", "of", "de", "del", "en"]);

/** How many tokens remain once a trailing date ("tháng 10/2022", "2023", "(12/2023)") is cut off. */
function withoutTrailingDate(tokens: Tokens): number {
  let k = tokens.count;
  while (k > 0) {
    let cut = k;
    while (cut > 0 && tokens.flags[cut - 1]! & TOKEN_DIGITS) cut--;
    // A date ends in a year; "lần thứ 1" is an edition, not a date.
    if (cut === k || !/^(19|20|21)\d\d$/.test(tokens.folded[k - 1]!)) break;
    // "năm", "tháng" only go with the number after them: "Việt Nam" keeps its "Nam".
    while (cut > 0 && DATE_WORDS.has(tokens.folded[cut - 1]!) && !(tokens.flags[cut - 1]! & TOKEN_UPPER)) cut--;
    k = cut;
  }
  return k;
}

function sameWords(a: string[] | null, b: string[] | null) {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function capsOf(tokens: Tokens): number {
  if (tokens.count === 1) return tokens.flags[0]! & TOKEN_UPPER ? 1 : 0;
  let caps = 0;
  // The first word's capital is often just the start of a sentence-case name
  // ("Giao lưu hữu nghị…"), so only the inner capitals count.
  for (let k = 1; k < tokens.count && k < 31; k++) if (tokens.flags[k]! & TOKEN_UPPER) caps |= 1 << k;
  return caps;
}

export function buildTagIndex(entries: KnowledgeEntry[]): TagIndex {
  const byId = new Map<string, number>();
  entries.forEach((entry, index) => byId.set(entry.id, index));
  const vocab = new Map<string, number>();
  const edges = new EdgeTable(1 << 16);
  const terminal: number[] = [-1];
  const spNext: number[] = [];
  const spTarget: number[] = [];
  const spCaps: number[] = [];
  const spWeak: boolean[] = [];
  const spSig: (string[] | null)[] = [];
  const spAcronym: (string | null)[] = [];
  const spGaps: (number[] | null)[] = [];
  const stats = { entities: entries.length, spellings: 0, nodes: 0, derived: 0, skipped: 0 };

  const parent = new Int32Array(entries.length).fill(-1);
  const eventSeries = new Int32Array(entries.length).fill(-1);
  const seriesEvents = new Map<number, number[]>();
  const eventPlaces = new Map<number, number[]>();
  const eventParticipants = new Map<number, number[]>();
  const edition = new Map<number, number>();
  const dated: number[] = [];
  const resolveIds = (ids: string[] | undefined) => (ids ?? []).map((id) => byId.get(id)).filter((index): index is number => index !== undefined);

  entries.forEach((entry, index) => {
    if (entry.parentId) parent[index] = byId.get(entry.parentId) ?? -1;
    if (entry.type !== "event") return;
    const series = entry.seriesId ? (byId.get(entry.seriesId) ?? -1) : -1;
    eventSeries[index] = series;
    if (series >= 0) {
      const list = seriesEvents.get(series);
      if (list) list.push(index);
      else seriesEvents.set(series, [index]);
    }
    if (entry.edition) edition.set(index, entry.edition);
    if (entry.places?.length) eventPlaces.set(index, resolveIds(entry.places));
    if (entry.participants?.length) eventParticipants.set(index, resolveIds(entry.participants));
    if (entry.ranges?.length && entry.places?.length) dated.push(index);
  });

  function insert(target: Target, text: string, weak: boolean) {
    const tokens = tokenize(text);
    if (tokens.count === 0 || tokens.count > 40) return;
    const first = tokens.flags[0]!;
    const acronym =
      tokens.count === 1 && !(first & TOKEN_CJK) && !(first & TOKEN_DIGITS) && first & TOKEN_ALLCAPS && tokens.folded[0]!.length <= 6
        ? text.slice(tokens.start[0], tokens.end[0]).normalize("NFC")
        : null;
    if (tokens.count === 1 && !acronym) {
      // One Han character, a number, or a word of one or two letters ("Ba", "Hà") names nothing reliably.
      if (first & (TOKEN_CJK | TOKEN_DIGITS) || [...tokens.folded[0]!].length <= 2) {
        stats.skipped += 1;
        return;
      }
    }
    let node = ROOT;
    for (let k = 0; k < tokens.count; k++) {
      const word = tokens.folded[k]!;
      let id = vocab.get(word);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(word, id);
      }
      let child = edges.get(node, id);
      if (child < 0) {
        child = terminal.length;
        terminal.push(-1);
        edges.set(node, id, child);
      }
      node = child;
    }
    let accented = false;
    for (let k = 0; k < tokens.count; k++) if (tokens.flags[k]! & TOKEN_ACCENTED) accented = true;
    const sig = accented ? tokens.sig : null;
    const caps = capsOf(tokens);
    for (let sp = terminal[node]!; sp >= 0; sp = spNext[sp]!) {
      // A derived spelling loses to anyone else's real one.
      if (weak && !spWeak[sp] && spTarget[sp] !== target) return;
      if (spTarget[sp] === target && spCaps[sp] === caps && spAcronym[sp] === acronym && sameWords(spSig[sp] ?? null, sig)) return;
    }
    let gaps: number[] | null = null;
    for (let k = 1; k < tokens.count; k++) if (tokens.gapBefore[k] !== GAP_SOFT) gaps = tokens.gapBefore;
    const sp = spTarget.length;
    spTarget.push(target);
    spCaps.push(caps);
    spWeak.push(weak);
    spSig.push(sig);
    spAcronym.push(acronym);
    spGaps.push(gaps);
    spNext.push(terminal[node]!);
    terminal[node] = sp;
    if (weak) stats.derived += 1;
  }

  // Real names and aliases first, so a derived spelling can see whom it would collide with.
  entries.forEach((entry, index) => {
    insert(index, entry.name, false);
    for (const alias of entry.aliases) insert(index, alias, false);
  });

  // Event names carry their edition ("… lần thứ 8"): what is left is a name of the series,
  // or, for events without one, an anchor the editions hang from.
  const anchorOf = new Map<string, number>();
  const anchors: number[][] = [];
  const weakSpellings: [Target, string][] = [];
  const undatedOf = new Map<string, { text: string; events: Set<number> }>();
  entries.forEach((entry, index) => {
    if (entry.type === "place") for (const spelling of derivedPlaceSpellings(entry)) weakSpellings.push([index, spelling]);
    if (entry.type !== "event") return;
    for (const spelling of [entry.name, ...entry.aliases]) {
      const tokens = tokenize(spelling);
      // "Chuyến thăm … Nguyễn Phú Trọng tháng 10/2022" is also written without its date. Without
      // it, "Diễn đàn X 2024" is "Diễn đàn X": the series' name when the event has one.
      const undated = withoutTrailingDate(tokens);
      if (undated >= 4 && undated < tokens.count) {
        const series = eventSeries[index]!;
        const text = spelling.slice(0, tokens.end[undated - 1]);
        if (series >= 0) weakSpellings.push([series, text]);
        else {
          const key = tokens.folded.slice(0, undated).join(" ");
          const seen = undatedOf.get(key);
          if (seen) seen.events.add(index);
          else undatedOf.set(key, { text, events: new Set([index]) });
        }
      }
      const split = splitEditionFromName(tokens);
      if (!split) continue;
      const stemTokens = split.stemTo - split.stemFrom;
      const cjk = tokens.flags[split.stemFrom]! & TOKEN_CJK;
      if (stemTokens < (cjk ? 4 : 3)) continue;
      if (!edition.has(index)) edition.set(index, split.edition);
      const stem = spelling.slice(tokens.start[split.stemFrom], tokens.end[split.stemTo - 1]);
      const series = eventSeries[index]!;
      if (series >= 0) {
        weakSpellings.push([series, stem]);
      } else {
        const key = tokens.folded.slice(split.stemFrom, split.stemTo).join(" ");
        let anchor = anchorOf.get(key);
        if (anchor === undefined) {
          anchor = anchors.length;
          anchors.push([]);
          anchorOf.set(key, anchor);
          weakSpellings.push([-1 - anchor, stem]);
        }
        if (!anchors[anchor]!.includes(index)) anchors[anchor]!.push(index);
      }
    }
  });
  // An undated name shared by several series-less events ("Hội nghị X 2023", "Hội nghị X 2024") names
  // none of them alone: it becomes an anchor their dates can choose from.
  for (const { text, events } of undatedOf.values()) {
    if (events.size === 1) weakSpellings.push([[...events][0]!, text]);
    else {
      const anchor = anchors.length;
      anchors.push([...events]);
      weakSpellings.push([-1 - anchor, text]);
    }
  }
  for (const [target, spelling] of weakSpellings) insert(target, spelling, true);

  // Heads: the first two words of every series name and anchor stem.
  const heads = new Map<string, Target[]>();
  const addHead = (target: Target, spelling: string) => {
    const tokens = tokenize(spelling);
    if (tokens.count < 3 || tokens.flags[0]! & TOKEN_CJK) return;
    const head = `${tokens.folded[0]} ${tokens.folded[1]}`;
    const list = heads.get(head);
    if (!list) heads.set(head, [target]);
    else if (!list.includes(target)) list.push(target);
  };
  entries.forEach((entry, index) => {
    if (entry.type === "series") for (const spelling of [entry.name, ...entry.aliases]) addHead(index, spelling);
  });
  for (const [target, spelling] of weakSpellings) if (target < 0 || entries[target]!.type === "series") addHead(target, spelling);

  stats.spellings = spTarget.length;
  stats.nodes = terminal.length;
  return {
    entries,
    byId,
    vocab,
    edges,
    terminal: Int32Array.from(terminal),
    spNext: Int32Array.from(spNext),
    spTarget: Int32Array.from(spTarget),
    spCaps: Int32Array.from(spCaps),
    spSig,
    spAcronym,
    spGaps,
    anchors,
    seriesEvents,
    edition,
    heads,
    parent,
    eventSeries,
    eventPlaces,
    eventParticipants,
    dated,
    stats,
  };
}

// ─────────────────────────────────────────────────────────────────────────────
// Reading a text

/**
 * Capitalised words that may follow a name without making it part of a longer
 * one: "Lao Cai Province", "Vietnam Defence Minister", "China April 11".
 */
const FOLLOWERS = new Set(
  [
    "province provinces city district commune county town township village ward region prefecture autonomous",
    "border gate port checkpoint crossing ministry minister ministers defence defense foreign president vice deputy",
    "prime premier general senior lieutenant colonel major chairman chairwoman chief secretary party government state",
    "national embassy ambassador military navy coast delegation delegations side",
    "january february march april may june july august september october november december",
    "monday tuesday wednesday thursday friday saturday sunday",
    "provincia ciudad ministro ministerio presidente secretario",
  ]
    .join(" ")
    .split(" "),
);
/** Words that end the official long form of a place's name. */
const ADMIN_SUFFIXES = new Set(["autonomous", "region", "province", "prefecture", "county", "municipality"]);
/** Vietnamese titles, as two folded words: "Trung Quốc Thượng tướng Đổng Quân". */
const VI_TITLES = new Set(
  [
    "bo truong",
    "thu truong",
    "dai tuong",
    "thuong tuong",
    "trung tuong",
    "thieu tuong",
    "dai ta",
    "thuong ta",
    "trung ta",
    "thieu ta",
    "chu tich",
    "thu tuong",
    "tong bi",
    "pho chu",
    "pho thu",
    "pho tong",
    "uy vien",
    "dong chi",
    "truong doan",
    "dai su",
    "tuy vien",
    "bi thu",
  ],
);
/** One-word person titles before a name: they settle a person/place namesake. */
const PERSON_CUES = new Set(["ong", "ba", "mr", "mrs", "ms", "president", "general", "minister", "premier", "senor", "senora", "presidente"]);
/** Words before a place that say its kind: "tỉnh Lào Cai", "thành phố Lào Cai". */
const KIND_CUES_BEFORE: Record<string, string[]> = {
  tinh: ["province"],
  "thanh pho": ["city", "province"],
  tp: ["city", "province"],
  huyen: ["district"],
  quan: ["district"],
  "thi xa": ["district", "city"],
  xa: ["commune"],
  phuong: ["commune"],
  "thi tran": ["commune"],
  "cua khau": ["border_gate"],
  nuoc: ["country"],
};
const KIND_CUES_AFTER: Record<string, string[]> = {
  province: ["province"],
  city: ["city"],
  district: ["district"],
  commune: ["commune"],
  county: ["district"],
  provincia: ["province"],
  ciudad: ["city"],
};
const EVENTISH = new Set<TagType>(["event", "series"]);

interface Span {
  i: number;
  j: number;
  targets: Target[];
}

interface Mention {
  entity: number;
  start: number;
  end: number;
  ambiguous: boolean;
  implied: boolean;
}

export interface SuggestOptions {
  /** The article's date (ISO): titles as of that day, and the year of "11/4". Default: today. */
  date?: string | null;
}

export function suggestTags(index: TagIndex, text: string, options: SuggestOptions = {}): TagSuggestion[] {
  const date = options.date && /^\d{4}-\d{2}-\d{2}/.test(options.date) ? options.date.slice(0, 10) : new Date().toISOString().slice(0, 10);
  const tokens = tokenize(text);
  const mentions = findMentions(index, text, tokens, options.date ?? null);
  return aggregate(index, text, mentions, date);
}

function findMentions(index: TagIndex, text: string, tokens: Tokens, articleDate: string | null): Mention[] {
  const n = tokens.count;
  const { folded, flags, gapBefore, sentence } = tokens;
  const ids = new Int32Array(n);
  for (let k = 0; k < n; k++) ids[k] = index.vocab.get(folded[k]!) ?? -1;
  // nonSoft[k]: how many of tokens 0..k-1 follow punctuation; a name may not cross any unless it has it.
  const nonSoft = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) nonSoft[k + 1] = nonSoft[k]! + (gapBefore[k] !== GAP_SOFT ? 1 : 0);

  const { cased, titleCase } = casing(tokens);

  // 2. The longest passing name at each token.
  const candidates: Span[] = [];
  let nested: Span[] = [];
  const startsAt = new Uint8Array(n + 1);
  const ends: number[] = [];
  const nodes: number[] = [];
  for (let i = 0; i < n; i++) {
    if (ids[i]! < 0) continue;
    ends.length = 0;
    nodes.length = 0;
    let node = index.edges.get(ROOT, ids[i]!);
    let j = i + 1;
    while (node >= 0) {
      if (index.terminal[node]! >= 0) {
        ends.push(j);
        nodes.push(node);
      }
      if (j >= n || ids[j]! < 0) break;
      node = index.edges.get(node, ids[j]!);
      j += 1;
    }
    let found = false;
    for (let c = ends.length - 1; c >= 0; c--) {
      const targets = passing(index, text, tokens, nonSoft, cased, i, ends[c]!, nodes[c]!);
      if (!targets.length) continue;
      const eventish = targets.every((target) => target < 0 || EVENTISH.has(index.entries[target]!.type));
      if (!found) {
        candidates.push({ i, j: ends[c]!, targets });
        startsAt[i] = 1;
        found = true;
        if (!eventish) break;
      } else if (!eventish) {
        // "Vietnam" at the start of "Vietnam–China Border Defence Friendship Exchange": kept for step 4b.
        nested.push({ i, j: ends[c]!, targets });
        break;
      }
    }
  }

  // 3. Part of a longer proper name?
  const blocked: [number, number][] = [];
  const attached = (span: Span) => {
    if (!cased || titleCase.has(sentence[span.i]!)) return false;
    // Long names (events, series, "Cửa khẩu Quốc tế Lào Cai") are not swallowed by what follows them.
    if (span.j - span.i >= 4 || span.targets.every((target) => target < 0 || EVENTISH.has(index.entries[target]!.type))) return false;
    const k = span.j;
    // Only a space joins words into one name: "Việt Nam – Trung Quốc", "Lào Cai-Hà Khẩu" are two.
    if (k >= n || gapBefore[k] !== GAP_SOFT || flags[k]! & (TOKEN_AFTER_DASH | TOKEN_CJK) || !(flags[k]! & TOKEN_UPPER) || startsAt[k]) return false;
    if (FOLLOWERS.has(folded[k]!) || VI_TITLES.has(`${folded[k]} ${folded[k + 1] ?? ""}`)) return false;
    // "Guangxi Zhuang Autonomous Region": a longer form of the same unit, not another name.
    for (let m = k + 1; m < n && m <= k + 3 && gapBefore[m] === GAP_SOFT && flags[m]! & TOKEN_UPPER; m++) {
      if (ADMIN_SUFFIXES.has(folded[m]!)) return false;
    }
    blocked.push([span.i, k + 1]);
    return true;
  };
  let kept = candidates.filter((span) => !attached(span));
  nested = nested.filter((span) => !attached(span));
  // "Bình Dương" inside "Thái Bình Dương" goes too: it overlaps the longer name without covering it.
  if (blocked.length) {
    const clear = (span: Span) => !blocked.some(([from, to]) => span.i < to && from < span.j && !(span.i <= from && span.j >= to));
    kept = kept.filter(clear);
    nested = nested.filter(clear);
  }

  // 4. Longest span first, then leftmost.
  kept.sort((a, b) => b.j - b.i - (a.j - a.i) || a.i - b.i);
  const taken = new Uint8Array(n);
  const spans: Span[] = [];
  for (const span of kept) {
    let free = true;
    for (let k = span.i; k < span.j && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = span.i; k < span.j; k++) taken[k] = 1;
    spans.push(span);
  }
  spans.sort((a, b) => a.i - b.i);

  // 4b. Names inside an event's or a series' name are mentions too: "chuyến thăm … của Tổng Bí thư
  // Nguyễn Phú Trọng" names him. (Inside a place's or an organization's name they are not:
  // "Cửa khẩu Quốc tế Lào Cai" is not a mention of Lào Cai.)
  const inner: Span[] = [];
  for (const span of spans) {
    if (!span.targets.every((target) => target < 0 || EVENTISH.has(index.entries[target]!.type))) continue;
    const inside = [...kept, ...nested]
      .filter((other) => other !== span && other.i >= span.i && other.j <= span.j && other.targets.some((target) => target >= 0 && !EVENTISH.has(index.entries[target]!.type)))
      .sort((a, b) => b.j - b.i - (a.j - a.i) || a.i - b.i);
    const used = new Uint8Array(span.j - span.i);
    for (const other of inside) {
      let free = true;
      for (let k = other.i; k < other.j && free; k++) if (used[k - span.i]) free = false;
      if (!free) continue;
      for (let k = other.i; k < other.j; k++) used[k - span.i] = 1;
      inner.push({ i: other.i, j: other.j, targets: other.targets.filter((target) => target >= 0 && !EVENTISH.has(index.entries[target]!.type)) });
    }
  }

  // 5. Namesakes: let the words around a span choose.
  for (const span of [...spans, ...inner]) {
    const entities = span.targets.filter((target) => target >= 0);
    if (entities.length > 1) {
      const chosen = byContext(index, tokens, span, entities);
      span.targets = [...chosen, ...span.targets.filter((target) => target < 0)];
    }
  }

  const mentions: Mention[] = [];
  for (const span of [...spans, ...inner]) {
    const entities = span.targets.filter((target) => target >= 0);
    for (const entity of entities) {
      mentions.push({ entity, start: tokens.start[span.i]!, end: tokens.end[span.j - 1]!, ambiguous: entities.length > 1, implied: false });
    }
  }

  // 6. Editions and events.
  findEvents(index, text, tokens, spans, mentions, articleDate);

  // Namesakes again: one named unambiguously elsewhere in the text is the one meant.
  const sure = new Set(mentions.filter((mention) => !mention.ambiguous).map((mention) => mention.entity));
  const byPlace = new Map<string, Mention[]>();
  for (const mention of mentions) {
    if (!mention.ambiguous) continue;
    const key = `${mention.start}:${mention.end}`;
    const list = byPlace.get(key);
    if (list) list.push(mention);
    else byPlace.set(key, [mention]);
  }
  const dropped = new Set<Mention>();
  for (const group of byPlace.values()) {
    const known = group.filter((mention) => sure.has(mention.entity));
    if (known.length === 1) {
      known[0]!.ambiguous = false;
      for (const mention of group) if (mention !== known[0]) dropped.add(mention);
    }
  }
  return dropped.size ? mentions.filter((mention) => !dropped.has(mention)) : mentions;
}

/** Is the text written with normal capitals, and which sentences are Title Case (or ALL CAPS)? */
function casing(tokens: Tokens): { cased: boolean; titleCase: Set<number> } {
  let inner = 0;
  let innerUpper = 0;
  const perSentence = new Map<number, [number, number]>();
  for (let k = 0; k < tokens.count; k++) {
    const f = tokens.flags[k]!;
    if (f & (TOKEN_CJK | TOKEN_DIGITS)) continue;
    const upper = f & TOKEN_UPPER ? 1 : 0;
    if (!(f & TOKEN_SENTENCE_START)) {
      inner += 1;
      innerUpper += upper;
    }
    const s = tokens.sentence[k]!;
    const counts = perSentence.get(s);
    if (counts) {
      counts[0] += 1;
      counts[1] += upper;
    } else perSentence.set(s, [1, upper]);
  }
  const titleCase = new Set<number>();
  for (const [s, [words, uppers]] of perSentence) if (words >= 4 && uppers / words >= 0.75) titleCase.add(s);
  // Text typed without capitals ("bo truong phan van giang") is read case-insensitively.
  const cased = inner === 0 || innerUpper >= 3 || innerUpper / inner >= 0.02;
  return { cased, titleCase };
}

/** The targets whose spellings at `node` match tokens i..j-1 of the text. */
function passing(index: TagIndex, text: string, tokens: Tokens, nonSoft: Int32Array, cased: boolean, i: number, j: number, node: number): Target[] {
  let textAccented = false;
  for (let k = i; k < j; k++) if (tokens.flags[k]! & TOKEN_ACCENTED) textAccented = true;
  const out: Target[] = [];
  let lenient: Target[] | null = null;
  let accentedTargets: Target[] | null = null;
  for (let sp = index.terminal[node]!; sp >= 0; sp = index.spNext[sp]!) {
    const target = index.spTarget[sp]!;
    const sig = index.spSig[sp];
    if (sig && textAccented) (accentedTargets ??= []).push(target);
    if (out.includes(target)) continue;
    // Punctuation inside the span.
    const gaps = index.spGaps[sp];
    if (gaps) {
      let ok = true;
      for (let k = i + 1; k < j && ok; k++) if (tokens.gapBefore[k]! > gaps[k - i]!) ok = false;
      if (!ok) continue;
    } else if (nonSoft[j]! - nonSoft[i + 1]! !== 0) continue;
    const acronym = index.spAcronym[sp];
    if (acronym) {
      if (text.slice(tokens.start[i], tokens.end[i]).normalize("NFC") === acronym) out.push(target);
      continue;
    }
    // Capitals.
    const caps = index.spCaps[sp]!;
    if (cased && caps) {
      let ok = false;
      for (let b = 0; b < j - i && !ok; b++) if (caps & (1 << b) && tokens.flags[i + b]! & TOKEN_UPPER) ok = true;
      if (!ok) continue;
    }
    // Diacritics.
    if (textAccented) {
      if (!sig) {
        (lenient ??= []).push(target);
        continue;
      }
      let ok = true;
      for (let k = i; k < j && ok; k++) if (tokens.flags[k]! & TOKEN_ACCENTED && tokens.sig[k] !== sig[k - i]) ok = false;
      if (!ok) continue;
    }
    out.push(target);
  }
  // A spelling without diacritics ("Dong Jun") matches accented text only for an entity that has
  // no accented spelling here: "Lao Cai" (an alias of Lào Cai) does not make "Lao Cái" a match.
  if (lenient) for (const target of lenient) if (!out.includes(target) && !accentedTargets?.includes(target)) out.push(target);
  return out;
}

function byContext(index: TagIndex, tokens: Tokens, span: Span, entities: number[]): number[] {
  const { folded, gapBefore } = tokens;
  const before1 = span.i >= 1 && gapBefore[span.i] === GAP_SOFT ? folded[span.i - 1]! : "";
  const before2 = span.i >= 2 && gapBefore[span.i] === GAP_SOFT && gapBefore[span.i - 1] === GAP_SOFT ? `${folded[span.i - 2]} ${before1}` : "";
  const after = span.j < tokens.count && gapBefore[span.j] === GAP_SOFT ? folded[span.j]! : "";
  const kinds = KIND_CUES_BEFORE[before2] ?? KIND_CUES_BEFORE[before1] ?? KIND_CUES_AFTER[after];
  const entries = index.entries;
  if (kinds) {
    const places = entities.filter((entity) => entries[entity]!.type === "place");
    const ofKind = places.filter((entity) => kinds.includes(entries[entity]!.kind ?? ""));
    if (ofKind.length) return ofKind;
    if (places.length) return places;
  }
  if (PERSON_CUES.has(before1) || VI_TITLES.has(before2)) {
    const people = entities.filter((entity) => entries[entity]!.type === "person");
    if (people.length) return people;
  }
  return entities;
}

// ─────────────────────────────────────────────────────────────────────────────
// Events: editions of series, and events recognised by date, place and people

function eventsOf(index: TagIndex, target: Target): number[] {
  return target >= 0 ? (index.seriesEvents.get(target) ?? []) : (index.anchors[-1 - target] ?? []);
}

function isSeriesTarget(index: TagIndex, target: Target) {
  return target < 0 || index.entries[target]!.type === "series";
}

function findEvents(index: TagIndex, text: string, tokens: Tokens, spans: Span[], mentions: Mention[], articleDate: string | null) {
  const n = tokens.count;
  const { folded, sentence, start, end } = tokens;
  const found: Mention[] = [];
  const addEvent = (event: number, from: number, to: number) => found.push({ entity: event, start: from, end: to, ambiguous: false, implied: false });

  const spanAt = new Map<number, Span>();
  for (const span of spans) spanAt.set(span.i, span);
  const seriesSpans = spans.filter((span) => span.targets.some((target) => isSeriesTarget(index, target)));
  const explicit = new Set<Target>();
  const resolvedSpans = new Set<Span>();

  const applyEdition = (span: Span | null, targets: Target[], phrase: EditionPhrase, fromToken: number, toToken: number) => {
    let hit = false;
    for (const target of targets) {
      if (!isSeriesTarget(index, target)) continue;
      for (const event of eventsOf(index, target)) {
        if (index.edition.get(event) !== phrase.edition) continue;
        addEvent(event, start[fromToken]!, end[toToken - 1]!);
        explicit.add(target);
        hit = true;
      }
    }
    if (hit && span) resolvedSpans.add(span);
  };

  // "Giao lưu … lần thứ 8", "the 8th …", "第八届…".
  for (const span of seriesSpans) {
    const last = sentence[span.j - 1];
    let phrase: EditionPhrase | null = null;
    for (let k = span.j; k < n && k < span.j + 12 && sentence[k] === last; k++) {
      const other = spanAt.get(k);
      if (other && other.targets.some((target) => isSeriesTarget(index, target))) break;
      phrase = editionAfter(tokens, k);
      if (phrase) break;
    }
    phrase ??= editionBefore(tokens, span.i);
    if (phrase) applyEdition(span, span.targets, phrase, Math.min(span.i, phrase.from), Math.max(span.j, phrase.to));
  }

  // "lần giao lưu thứ tám", "giao lưu lần thứ 8": the series' first words stand for it,
  // once the text has named the series in full.
  const present = new Set<Target>();
  for (const span of seriesSpans) for (const target of span.targets) present.add(target);
  for (const mention of mentions) {
    const series = index.eventSeries[mention.entity]!;
    if (series >= 0) {
      // An edition named in full ("… lần thứ 8") says which edition the text is about.
      present.add(series);
      explicit.add(series);
    }
  }
  if (present.size && index.heads.size) {
    for (let p = 0; p + 2 < n; p++) {
      if (folded[p] === "lan" || folded[p] === "ky") {
        const targets = index.heads.get(`${folded[p + 1]} ${folded[p + 2]}`)?.filter((target) => present.has(target));
        const ordinal = targets?.length && folded[p + 3] === "thu" ? ordinalAt(tokens, p + 4) : null;
        if (targets && ordinal) applyEdition(null, targets, { edition: ordinal.value, from: p, to: ordinal.next }, p, ordinal.next);
      }
      const targets = index.heads.get(`${folded[p]} ${folded[p + 1]}`)?.filter((target) => present.has(target));
      if (targets?.length && !spanAt.has(p)) {
        const phrase = editionAfter(tokens, p + 2);
        if (phrase) applyEdition(null, targets, phrase, p, phrase.to);
      }
    }
  }

  // Dates and places that fit exactly one edition.
  const dates = findDates(text, articleDate);
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (start[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return n ? sentence[lo]! : 0;
  };
  const dateSentences = dates.map((d) => sentenceOf(d.start));
  const placeMentions = mentions.filter((mention) => index.entries[mention.entity]!.type === "place");
  const placesIn = (list: Mention[]) => {
    const out = new Set<number>();
    for (const mention of list) {
      // A place counts for the places it lies in: "xã Bản Phiệt" is in Lào Cai too.
      for (let p = mention.entity, guard = 0; p >= 0 && guard < 20; p = index.parent[p]!, guard++) out.add(p);
    }
    return out;
  };
  const sentenceOfOffset = new Map<number, number>();
  const mentionSentence = (mention: Mention) => {
    let s = sentenceOfOffset.get(mention.start);
    if (s === undefined) {
      s = sentenceOf(mention.start);
      sentenceOfOffset.set(mention.start, s);
    }
    return s;
  };

  /** The one event among `events` that the dates (and places) fit; `placeAlone`: places suffice; `both`: both needed. */
  const fits = (events: number[], when: TextDate[], where: Set<number>, placeAlone: boolean, both = false): number | null => {
    const dated = events.filter((event) => when.some((d) => (index.entries[event]!.ranges ?? []).some((range) => rangesOverlap(d, range))));
    const placed = (list: number[]) => list.filter((event) => (index.eventPlaces.get(event) ?? []).some((place) => where.has(place)));
    if (dated.length === 1 && !both) return dated[0]!;
    if (dated.length >= 1) {
      const datedAndPlaced = placed(dated);
      return datedAndPlaced.length === 1 ? datedAndPlaced[0]! : null;
    }
    if (!placeAlone) return null;
    const only = placed(events);
    return only.length === 1 ? only[0]! : null;
  };

  const inferred = new Set<Target>();
  for (const span of seriesSpans) {
    if (resolvedSpans.has(span)) continue;
    const s = sentence[span.i]!;
    const when = dates.filter((_, k) => dateSentences[k] === s);
    const where = placesIn(placeMentions.filter((mention) => mentionSentence(mention) === s));
    for (const target of span.targets) {
      if (!isSeriesTarget(index, target)) continue;
      const event = fits(eventsOf(index, target), when, where, true);
      if (event !== null) {
        addEvent(event, start[span.i]!, end[span.j - 1]!);
        inferred.add(target);
      }
    }
  }
  // "Từ lần đầu năm 2014 tại Quảng Ninh và Quảng Tây, giao lưu đã…": once the text has named a
  // series, its first words with a date AND a place of one edition in the same sentence name that edition.
  if (present.size && index.heads.size) {
    const covered = new Uint8Array(n);
    for (const span of spans) covered.fill(1, span.i, span.j);
    for (let p = 0; p + 1 < n; p++) {
      if (covered[p]) continue;
      const targets = index.heads.get(`${folded[p]} ${folded[p + 1]}`)?.filter((target) => present.has(target));
      if (!targets?.length) continue;
      const s = sentence[p]!;
      const when = dates.filter((_, k) => dateSentences[k] === s);
      if (!when.length) continue;
      const where = placesIn(placeMentions.filter((mention) => mentionSentence(mention) === s));
      for (const target of targets) {
        const event = fits(eventsOf(index, target), when, where, false, true);
        if (event !== null) addEvent(event, start[p]!, end[p + 1]!);
      }
    }
  }

  // The whole text, when it never says which edition: a day or month that fits one.
  const precise = dates.filter((d) => d.precision !== "year");
  if (precise.length) {
    const everywhere = placesIn(placeMentions);
    for (const span of seriesSpans) {
      for (const target of span.targets) {
        if (!isSeriesTarget(index, target) || explicit.has(target) || inferred.has(target)) continue;
        const event = fits(eventsOf(index, target), precise, everywhere, false);
        if (event !== null) {
          addEvent(event, start[span.i]!, end[span.j - 1]!);
          inferred.add(target);
        }
      }
    }
  }

  // Any event, without its name: a date in one sentence that fits it, with its place and one of its
  // people in the same sentence ("Tập Cận Bình … sang Việt Nam tháng 12/2023"), or two of its places,
  // or, for a day-precise date, one place there and one of its people anywhere in the text.
  // Only when exactly one event fits that date.
  if (index.dated.length && dates.length) {
    const known = new Set([...mentions, ...found].map((mention) => mention.entity));
    const personMentions = mentions.filter((mention) => index.entries[mention.entity]!.type === "person");
    const peopleAnywhere = new Set(personMentions.map((mention) => mention.entity));
    dates.forEach((d, k) => {
      const s = dateSentences[k]!;
      const where = placesIn(placeMentions.filter((mention) => mentionSentence(mention) === s));
      if (!where.size) return;
      const peopleHere = new Set(personMentions.filter((mention) => mentionSentence(mention) === s).map((mention) => mention.entity));
      const fitting: number[] = [];
      for (const event of index.dated) {
        if (!(index.entries[event]!.ranges ?? []).some((range) => rangesOverlap(d, range))) continue;
        const places = new Set((index.eventPlaces.get(event) ?? []).filter((place) => where.has(place))).size;
        if (!places) continue;
        const people = index.eventParticipants.get(event) ?? [];
        const here = people.some((person) => peopleHere.has(person));
        const anywhere = here || people.some((person) => peopleAnywhere.has(person));
        if (here || (places >= 2 && d.precision !== "year") || (d.precision === "day" && anywhere)) fitting.push(event);
      }
      if (fitting.length === 1 && !known.has(fitting[0]!)) {
        addEvent(fitting[0]!, d.start, d.end);
        known.add(fitting[0]!);
      }
    });
  }

  // An edition implies its series; where the series is named in the same words, that mention counts once.
  const named = new Set(mentions.map((mention) => mention.entity));
  for (const mention of found) mentions.push(mention);
  const own = mentions.filter((mention) => index.entries[mention.entity]!.type === "series");
  for (const mention of [...mentions]) {
    const series = index.eventSeries[mention.entity]!;
    if (series < 0 || index.entries[mention.entity]!.type !== "event") continue;
    if (own.some((other) => other.entity === series && other.start < mention.end && mention.start < other.end)) continue;
    const implied = { entity: series, start: mention.start, end: mention.end, ambiguous: mention.ambiguous, implied: !named.has(series) };
    mentions.push(implied);
    own.push(implied);
  }
}

// ─────────────────────────────────────────────────────────────────────────────
// Results

const TYPE_ORDER: Record<TagType, number> = { person: 0, place: 1, organization: 2, event: 3, series: 4 };

function aggregate(index: TagIndex, text: string, mentions: Mention[], date: string): TagSuggestion[] {
  const byEntity = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = byEntity.get(mention.entity);
    if (list) list.push(mention);
    else byEntity.set(mention.entity, [mention]);
  }
  const out: (TagSuggestion & { first: number })[] = [];
  for (const [entity, list] of byEntity) {
    const entry = index.entries[entity]!;
    const seen = new Set<string>();
    const positions: TextSpan[] = [];
    for (const mention of list.sort((a, b) => a.start - b.start || a.end - b.end)) {
      const key = `${mention.start}:${mention.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      positions.push({ start: mention.start, end: mention.end });
    }
    const { hint, detail } = describe(index, entity, date);
    out.push({
      id: entry.id,
      type: entry.type,
      key: entry.key,
      slug: entry.slug,
      name: entry.name,
      hint,
      detail,
      count: positions.length,
      positions,
      ambiguous: list.every((mention) => mention.ambiguous),
      implied: list.every((mention) => mention.implied),
      matched: [...new Set(list.filter((mention) => !mention.implied).map((mention) => text.slice(mention.start, mention.end)))],
      first: positions[0]?.start ?? 0,
    });
  }
  out.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || b.count - a.count || a.first - b.first);
  return out.map(({ first: _first, ...suggestion }) => suggestion);
}

/** The title a person held on `date`: the one in force, else the last before, else the first known. */
export function titleAsOf(positions: NonNullable<KnowledgeEntry["positions"]>, date: string): string {
  if (!positions.length) return "";
  const held = positions.filter((p) => (!p.from || p.from <= date) && (!p.to || date <= p.to));
  const pick =
    held.sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""))[0] ??
    positions.filter((p) => p.to && p.to < date).sort((a, b) => b.to!.localeCompare(a.to!))[0] ??
    positions.filter((p) => p.from && p.from > date).sort((a, b) => a.from!.localeCompare(b.from!))[0] ??
    positions[0]!;
  return pick.rank ? `${pick.rank}, ${pick.title}` : pick.title;
}

function describe(index: TagIndex, entity: number, date: string): { hint: string; detail: SuggestionDetail } {
  const entry = index.entries[entity]!;
  const nameOf = (id: string | null | undefined) => {
    const at = id ? index.byId.get(id) : undefined;
    return at === undefined ? undefined : index.entries[at]!.name;
  };
  switch (entry.type) {
    case "person": {
      const title = titleAsOf(entry.positions ?? [], date);
      return { hint: title, detail: { title } };
    }
    case "place":
      return { hint: entry.kind ?? "", detail: { kind: entry.kind ?? undefined, parent: nameOf(entry.parentId) } };
    case "event": {
      const range = entry.ranges?.[0];
      const series = index.eventSeries[entity]!;
      return {
        hint: range?.from ?? "",
        detail: {
          start: range?.from ?? null,
          end: range?.to ?? null,
          edition: index.edition.get(entity) ?? null,
          series: series >= 0 ? index.entries[series]!.name : undefined,
        },
      };
    }
    case "organization":
      return { hint: "", detail: { parent: nameOf(entry.parentId) } };
    default:
      return { hint: "", detail: {} };
  }
}
