// Later pages of /to-chuc/[slug]: `?trang=N` is rewritten here (next.config.js), so the page itself reads no query string and can be cached.
export { default, generateMetadata } from "../../page";
// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";
