import { entityFeed } from "@/lib/feeds/routes";

export const dynamic = "force-dynamic";
export const GET = entityFeed("person", "atom");
