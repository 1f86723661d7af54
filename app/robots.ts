import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await siteUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/login", "/tim-kiem"] }],
    sitemap: [`${base}/sitemap.xml`, `${base}/sitemaps/news.xml`],
  };
}
