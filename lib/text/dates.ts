/** Dates are shown as dd/MM/yyyy HH:mm in Vietnam's time zone, whatever the server's zone. */
export const NEWSROOM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: NEWSROOM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function pick(date: Date) {
  const out: Record<string, string> = {};
  for (const part of parts.formatToParts(date)) out[part.type] = part.value;
  return out as { day: string; month: string; year: string; hour: string; minute: string };
}

export function formatDateTime(date: Date): string {
  const p = pick(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

export function formatDate(date: Date): string {
  const p = pick(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "2024-04-11" (a calendar date with no time) → "11/04/2024". */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}/${month}/${year}`;
}
