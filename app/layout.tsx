import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
// Self-hosted from npm (no download at build time), Latin + Vietnamese subsets only: full Vietnamese glyphs, small files.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-serif/latin-400.css";
import "@fontsource/noto-serif/latin-700.css";
import "@fontsource/noto-serif/vietnamese-400.css";
import "@fontsource/noto-serif/vietnamese-700.css";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { default: `${t("name")} — ${t("tagline")}`, template: `%s — ${t("name")}` },
    description: t("tagline"),
    metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
    alternates: { types: { "application/rss+xml": "/rss.xml", "application/atom+xml": "/atom.xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9e1b1b" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  // Only the strings client components need everywhere; admin pages add their own.
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={{ error: messages.error }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
