import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "@/messages";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The reader's site fixes its locale with setPublicLocale() (i18n/public.ts), so
 * its pages read no cookie and stay cacheable. Staff pages follow the
 * NEXT_LOCALE cookie (Vietnamese by default).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const fixed = await requestLocale;
  const locale: Locale = isLocale(fixed) ? fixed : await cookieLocale();
  return {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: MESSAGES[locale],
  };
});

async function cookieLocale(): Promise<Locale> {
  const wanted = (await cookies()).get("NEXT_LOCALE")?.value;
  return isLocale(wanted) ? wanted : DEFAULT_LOCALE;
}
