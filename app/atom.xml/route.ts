import { siteFeed } from "@/lib/feeds/routes";

export const dynamic = "force-dynamic";
export const GET = siteFeed("atom");
