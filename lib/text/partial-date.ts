import { z } from "zod";

/**
 * Dates known only in part: "2014" (year), "2023-09" (month), "2024-04-11" (day).
 * Stored as a date (the first day of the period) plus its precision.
 */
export type Precision = "year" | "month" | "day";

export interface PartialDate {
  /** ISO date of the period's first day, e.g. "2023-09-01". */
  date: string;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string): PartialDate | null {
  const match = PATTERN.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const m = month ? Number(month) : 1;
  const d = day ? Number(day) : 1;
  if (m < 1 || m > 12) return null;
  const probe = new Date(Date.UTC(Number(year), m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return {
    date: `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    precision: day ? "day" : month ? "month" : "year",
  };
}

/** Back to the import format: "2014", "2023-09", "2024-04-11". */
export function toPartialString(value: PartialDate | null | undefined): string | null {
  if (!value) return null;
  if (value.precision === "year") return value.date.slice(0, 4);
  if (value.precision === "month") return value.date.slice(0, 7);
  return value.date;
}

/** For readers: "2014", "9/2023", "11/4/2024" (Vietnamese newsroom style, no leading zeros). */
export function formatPartialDate(value: PartialDate | null | undefined): string {
  if (!value) return "";
  const [year, month, day] = value.date.split("-").map(Number) as [number, number, number];
  if (value.precision === "year") return String(year);
  if (value.precision === "month") return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

/** "7–8/9/2023", "11–12/4/2024", "10/2022 – 1/11/2022": a range written as compactly as it reads. */
export function formatPartialRange(start: PartialDate | null | undefined, end: PartialDate | null | undefined): string {
  if (!start) return formatPartialDate(end);
  if (!end || (end.date === start.date && end.precision === start.precision)) return formatPartialDate(start);
  const [sy, sm, sd] = start.date.split("-").map(Number) as [number, number, number];
  const [ey, em] = end.date.split("-").map(Number) as [number, number, number];
  if (start.precision === "day" && end.precision === "day" && sy === ey && sm === em) return `${sd}–${formatPartialDate(end)}`;
  if (start.precision === "day" && end.precision === "day" && sy === ey) return `${sd}/${sm} – ${formatPartialDate(end)}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** The last day a partial date covers: "2023-09" ends on 2023-09-30. */
export function endOfPeriod(value: PartialDate): string {
  const [year, month] = value.date.split("-").map(Number) as [number, number];
  if (value.precision === "day") return value.date;
  if (value.precision === "year") return `${year}-12-31`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${value.date.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}

export const PartialDateString = z
  .string()
  .refine((value) => parsePartialDate(value) !== null, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD");

/** From the database's (date, precision) pair. */
export function fromColumns(date: string | null, precision: Precision | null): PartialDate | null {
  return date ? { date, precision: precision ?? "day" } : null;
}
