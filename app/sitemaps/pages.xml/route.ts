import { pagesSitemap, xmlResponse } from "@/lib/feeds";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export const GET = async () => xmlResponse(await pagesSitemap());
