import { newsSitemap, xmlResponse } from "@/lib/feeds";

export const dynamic = "force-dynamic";
export const GET = async () => xmlResponse(await newsSitemap());
