import { sectionFeed } from "@/lib/feeds/routes";

export const dynamic = "force-dynamic";
export const GET = sectionFeed("atom");
