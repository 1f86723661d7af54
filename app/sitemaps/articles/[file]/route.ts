import { articlesSitemap, xmlResponse } from "@/lib/feeds";

export const dynamic = "force-dynamic";

/** /sitemaps/articles/N.xml, N from 1. */
export const GET = async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file);
  const body = match ? await articlesSitemap(Number(match[1])) : null;
  return body ? xmlResponse(body) : new Response("Không tìm thấy.", { status: 404 });
};
