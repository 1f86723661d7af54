import { siteFeed } from "@/lib/feeds/routes";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export const GET = siteFeed("rss");
