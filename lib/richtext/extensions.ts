import StarterKit from "@tiptap/starter-kit";

/** Link targets we accept: web, mail and site-relative. Everything else (javascript:, data:, vbscript:) is refused. */
export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== "string") return false;
  const value = href.trim();
  if (value.length === 0 || value.length > 2048) return false;
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  if (value.startsWith("#")) return true;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

/**
 * The article body's editor schema. The editor (client) and the save-time
 * validation (server) both build from this list, so they cannot drift apart.
 */
export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    code: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
];
