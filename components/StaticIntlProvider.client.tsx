"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";

/**
 * next-intl's provider imported from a client file: the server version reads
 * the request's locale (headers), which would make every page under the root
 * layout dynamic. Everything it needs is passed in.
 */
export function StaticIntlProvider(props: { locale: string; timeZone: string; messages: AbstractIntlMessages; children: React.ReactNode }) {
  return <NextIntlClientProvider {...props} />;
}
