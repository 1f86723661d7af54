import { sitemapIndex, xmlResponse } from "@/lib/feeds";

export const dynamic = "force-dynamic";
export const GET = async () => xmlResponse(await sitemapIndex());
