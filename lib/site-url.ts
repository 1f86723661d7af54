import "server-only";

/**
 * The public origin for absolute URLs (canonical links, JSON-LD, feeds, sitemaps):
 * SITE_URL, else this server on localhost. It never comes from the request's Host
 * header: public pages are cached and shared between readers, and a forged Host
 * must not end up in a cached page.
 */
export async function siteUrl(): Promise<string> {
  const configured = process.env.SITE_URL;
  if (configured) return configured.replace(/\/$/, "");
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
