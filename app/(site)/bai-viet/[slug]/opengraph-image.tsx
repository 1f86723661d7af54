import { SHARE_IMAGE_SIZE, renderShareImage } from "./share-image";

/*
 * og:image (and, by Next's fallback, twitter:image) of every article is this
 * generated card rather than the cover photo: always 1200×630 as the networks
 * want it (covers come in any shape and are cropped blindly), always legible
 * (the headline is in the picture, in feeds that cut the text), served from our
 * own origin (a remote cover may refuse crawlers or disappear), and present for
 * articles without a cover.
 */
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

// Cached like the article page: rendered on first request, refreshed with the site on publish, else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  return renderShareImage((await params).slug);
}
