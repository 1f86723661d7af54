import "server-only";
import type { EntityType } from "@/db/schema";
import { entityScope, feedResponse, renderFeed, sectionScope, siteScope } from "./index";

type Format = "rss" | "atom";
const notFound = () => new Response("Không tìm thấy.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET handlers for feeds, so each feed route file is one line. */
export function siteFeed(format: Format) {
  return async () => feedResponse(await renderFeed(await siteScope(), format), format);
}

export function sectionFeed(format: Format) {
  return async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const scope = await sectionScope(decodeURIComponent((await params).slug));
    return scope ? feedResponse(await renderFeed(scope, format), format) : notFound();
  };
}

export function entityFeed(type: EntityType, format: Format) {
  return async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const scope = await entityScope(type, decodeURIComponent((await params).slug));
    return scope ? feedResponse(await renderFeed(scope, format), format) : notFound();
  };
}
