import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "@/messages";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** Vietnamese by default; a reader or editor may switch to English (cookie NEXT_LOCALE). */
export default getRequestConfig(async () => {
  const wanted = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale: Locale = LOCALES.includes(wanted as Locale) ? (wanted as Locale) : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: MESSAGES[locale],
  };
});
