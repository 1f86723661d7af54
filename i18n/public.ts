import { setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE } from "./request";

/** The locale of the reader's site: Vietnamese for every reader, so a page is the same for all and a CDN may cache it. */
export const PUBLIC_LOCALE = DEFAULT_LOCALE;

/**
 * Call first in every public layout, page and route handler that uses next-intl:
 * without it next-intl reads request headers, which makes the page dynamic.
 */
export function setPublicLocale() {
  setRequestLocale(PUBLIC_LOCALE);
}
