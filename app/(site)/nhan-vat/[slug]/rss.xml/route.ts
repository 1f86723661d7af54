import { entityFeed } from "@/lib/feeds/routes";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";
export const GET = entityFeed("person", "rss");
