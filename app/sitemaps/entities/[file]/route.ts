import { entitiesSitemap, xmlResponse } from "@/lib/feeds";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";

/** /sitemaps/entities/N.xml, N from 1. */
export const GET = async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file);
  const body = match ? await entitiesSitemap(Number(match[1])) : null;
  return body ? xmlResponse(body) : new Response("Không tìm thấy.", { status: 404 });
};
