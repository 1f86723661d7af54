import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { PUBLIC_LOCALE } from "@/i18n/public";
import { siteUrl } from "@/lib/site-url";
// Self-hosted from npm (no download at build time), Latin + Vietnamese subsets only: full Vietnamese glyphs, small files.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-serif/latin-400.css";
import "@fontsource/noto-serif/latin-700.css";
import "@fontsource/noto-serif/vietnamese-400.css";
import "@fontsource/noto-serif/vietnamese-700.css";
import "./font-fallbacks.css";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: PUBLIC_LOCALE, namespace: "site" });
  return {
    title: { default: `${t("name")} — ${t("tagline")}`, template: `%s — ${t("name")}` },
    description: t("tagline"),
    metadataBase: new URL(await siteUrl()),
    alternates: { types: { "application/rss+xml": "/rss.xml", "application/atom+xml": "/atom.xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9e1b1b" };

/**
 * Reads nothing from the request, so public pages below it can be cached: the
 * document is Vietnamese; staff pages mark their own language on their content.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  // No intl provider here: public pages ship no next-intl client code; admin and login pages add their own.
  return (
    <html lang={PUBLIC_LOCALE}>
      <body>
        {children}
      </body>
    </html>
  );
}
