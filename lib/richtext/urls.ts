/** Link targets we accept: web, mail and site-relative. Everything else (javascript:, data:, vbscript:) is refused. */
export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== "string") return false;
  const value = href.trim();
  if (value.length === 0 || value.length > 2048) return false;
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return true;
  if (value.startsWith("#")) return true;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

/** Image sources: https (or http) URLs and site-relative paths; never data:, javascript: or protocol-relative. */
export function isAllowedImageSrc(src: unknown): src is string {
  if (typeof src !== "string") return false;
  const value = src.trim();
  if (value.length === 0 || value.length > 2048) return false;
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return true;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * What an editor types into a link field, made into an href: `vnexpress.net/…`
 * becomes `https://vnexpress.net/…`, `ban@toasoan.vn` becomes a mailto:. The
 * result still goes through isAllowedHref.
 */
export function normalizeHref(input: string): string {
  const value = input.trim();
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(value)) return `mailto:${value}`;
  if (/^(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(:\d+)?([/?#]\S*)?$/u.test(value)) return `https://${value}`;
  return value;
}
