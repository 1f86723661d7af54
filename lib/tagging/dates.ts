/**
 * Dates written in an article, as ranges of days: what tells one edition of a
 * series from another when the text does not say "lần thứ 8".
 *
 * Vietnamese: 11/4/2024, 11–12/4/2024, 7 và 8/9/2023, 11/4 (year from the
 * article), tháng 4/2024, 4/2024, ngày 11 tháng 4 năm 2024, năm 2014.
 * Also ISO (2024-04-11), English (April 11, 2024 · 11 April 2024 · April 2024),
 * Spanish (11 de abril de 2024) and Chinese (2024年4月11日, 4月11日).
 */

export type DatePrecision = "day" | "month" | "year";

export interface TextDate {
  /** Inclusive ISO days. */
  from: string;
  to: string;
  precision: DatePrecision;
  /** Offsets in the text. */
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  // No "jun" or "mar": Jun is a common Chinese given name ("Dong Jun 12 …"), "mar" a Spanish word.
  january: 1, jan: 1, february: 2, feb: 2, march: 3, april: 4, apr: 4, may: 5, june: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(year: number, month: number) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number) {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month) && year >= 1900 && year <= 2200;
}

function dayRange(year: number, month: number, from: number, to: number): Pick<TextDate, "from" | "to" | "precision"> | null {
  if (!validDay(year, month, from) || !validDay(year, month, to) || to < from) return null;
  return { from: `${year}-${pad(month)}-${pad(from)}`, to: `${year}-${pad(month)}-${pad(to)}`, precision: "day" };
}

function monthRange(year: number, month: number): Pick<TextDate, "from" | "to" | "precision"> | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`, precision: "month" };
}

type Rule = { pattern: RegExp; read: (m: RegExpExecArray, year: number | null) => Pick<TextDate, "from" | "to" | "precision"> | null };

const num = (value: string | undefined) => (value === undefined ? NaN : Number(value));
const yearOr = (value: string | undefined, fallback: number | null) => (value ? Number(value) : fallback);

/** In order of preference: a longer, more precise reading wins where two overlap. */
const RULES: Rule[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (m) => dayRange(num(m[1]), num(m[2]), num(m[3]), num(m[3])) },
  {
    // 11–12/4/2024, 7 và 8/9/2023, 11-12/4
    pattern: /(?<![\d/])(\d{1,2})\s*(?:[–—-]|và|and|,)\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu,
    read: (m, year) => {
      const y = yearOr(m[4], year);
      return y === null ? null : dayRange(y, num(m[3]), num(m[1]), num(m[2]));
    },
  },
  {
    // 11/4/2024, 11/4
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu,
    read: (m, year) => {
      const y = yearOr(m[3], year);
      return y === null ? null : dayRange(y, num(m[2]), num(m[1]), num(m[1]));
    },
  },
  {
    // ngày 11 tháng 4 năm 2024, 11 tháng 4
    pattern: /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm\s+|\/)(\d{4}))?(?!\d)/giu,
    read: (m, year) => {
      const y = yearOr(m[3], year);
      return y === null ? null : dayRange(y, num(m[2]), num(m[1]), num(m[1]));
    },
  },
  {
    // tháng 4/2024, tháng 4 năm 2024, 4/2024
    pattern: /(?:tháng\s+)?(?<![\d/])(\d{1,2})(?:\/|\s+năm\s+)(\d{4})(?![\d/])/giu,
    read: (m) => monthRange(num(m[2]), num(m[1])),
  },
  {
    // April 11, 2024 · April 11–12, 2024 · April 11
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–—-]\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`, "giu"),
    read: (m, year) => {
      const y = yearOr(m[4], year);
      const month = MONTHS[m[1]!.toLowerCase()]!;
      return y === null ? null : dayRange(y, month, num(m[2]), m[3] ? num(m[3]) : num(m[2]));
    },
  },
  {
    // 11 April 2024 · 11–12 April 2024 · 11 de abril de 2024
    pattern: new RegExp(`\\b(\\d{1,2})(?:\\s*[–—-]\\s*(\\d{1,2}))?\\s+(?:de\\s+)?(${MONTH_NAMES})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?\\b`, "giu"),
    read: (m, year) => {
      const y = yearOr(m[4], year);
      const month = MONTHS[m[3]!.toLowerCase()]!;
      return y === null ? null : dayRange(y, month, num(m[1]), m[2] ? num(m[2]) : num(m[1]));
    },
  },
  {
    // April 2024, abril de 2024
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, "giu"),
    read: (m) => monthRange(num(m[2]), MONTHS[m[1]!.toLowerCase()]!),
  },
  {
    // 2024年4月11日, 2024年4月, 4月11日
    pattern: /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/gu,
    read: (m, year) => {
      const y = yearOr(m[1], year);
      if (y === null) return null;
      return m[3] ? dayRange(y, num(m[2]), num(m[3]), num(m[3])) : m[1] ? monthRange(y, num(m[2])) : null;
    },
  },
  {
    // năm 2014, in 2014, 2014年, en 2014
    pattern: /(?:\b(?:năm|in|en|since|từ)\s+(\d{4})\b|(\d{4})年)/giu,
    read: (m) => {
      const y = num(m[1] ?? m[2]);
      return y >= 1900 && y <= 2200 ? { from: `${y}-01-01`, to: `${y}-12-31`, precision: "year" } : null;
    },
  },
];

/**
 * The year a date without one ("11/4") belongs to: the article's, else the
 * latest year the text names (news is written about the recent past), else none.
 */
export function defaultYear(text: string, articleDate?: string | null): number | null {
  if (articleDate && /^\d{4}/.test(articleDate)) return Number(articleDate.slice(0, 4));
  let latest: number | null = null;
  for (const match of text.matchAll(/(?<!\d)(19\d{2}|20\d{2}|21\d{2})(?!\d)/g)) {
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

/** Every date in the text, without overlaps (an earlier rule wins a tie). */
export function findDates(text: string, articleDate?: string | null): TextDate[] {
  const year = defaultYear(text, articleDate);
  const taken: [number, number][] = [];
  const out: TextDate[] = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && a < end);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      const range = rule.read(match, year);
      if (!range) continue;
      taken.push([start, end]);
      out.push({ ...range, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Do two inclusive ISO ranges share a day? */
export function rangesOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}
