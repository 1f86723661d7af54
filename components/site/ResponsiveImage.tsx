import { getImageProps } from "next/image";

export interface ResponsiveImageProps {
  /** An allowed image source (lib/richtext/urls `isAllowedImageSrc`): site-local `/…` or http(s). */
  src: string;
  alt: string;
  /** Intrinsic size in pixels, when the stored figure knows it. */
  width?: number;
  height?: number;
  /** How wide the image is shown, for the browser to pick a file: e.g. "(max-width: 752px) 100vw, 720px" (plain `vw`: next/image reads it to leave out widths too small). */
  sizes: string;
  /** The page's main image (the cover): fetched at once and first; every other image loads lazily. */
  priority?: boolean;
}

/** A site-local path the image optimizer may fetch: `/…`, not protocol-relative, no query string (Next refuses those without localPatterns). */
export function isOptimizable(src: string): boolean {
  return src.startsWith("/") && !src.startsWith("//") && !src.startsWith("/\\") && !/[?#]/.test(src);
}

/**
 * `sizes` for an image as wide as the article column: the column is at most
 * 720 px (`.narrow`), inside the page's 1rem side padding (`.container`).
 */
export const ARTICLE_COLUMN_SIZES = "(max-width: 752px) 100vw, 720px";

const positive = (value: number | undefined) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined);

/**
 * An `<img>` that never ships JavaScript: site-local images get a `srcset` of
 * optimized sizes from next/image's loader (`getImageProps`, no client
 * component) with `sizes`; remote images are served as they are, since their
 * hosts are not known at build time. Width and height are set when known, so
 * the browser reserves the space (CSS keeps the aspect ratio, see
 * components/site/article.css). No inline style, no event handler.
 */
export function ResponsiveImage({ src, alt, width, height, sizes, priority = false }: ResponsiveImageProps) {
  const w = positive(width);
  const h = positive(height);
  const loading = priority ? "eager" : "lazy";
  const fetchPriority = priority ? "high" : undefined;
  if (isOptimizable(src)) {
    // Without a known size the optimizer still offers every width, the image simply has no reserved box.
    const { props } = getImageProps({ src, alt, sizes, loading, fetchPriority, ...(w && h ? { width: w, height: h } : { fill: true }) });
    // getImageProps adds inline styles (transparent alt text, absolute positioning for `fill`): the article body carries none.
    const { style: _style, ...attributes } = props;
    // eslint-disable-next-line @next/next/no-img-element -- next/image's own <img> attributes, without its client component
    return <img {...attributes} alt={alt} decoding="async" />;
  }
  // eslint-disable-next-line @next/next/no-img-element -- a remote image, served as it is
  return <img src={src} alt={alt} width={w} height={h} loading={loading} fetchPriority={fetchPriority} decoding="async" />;
}
