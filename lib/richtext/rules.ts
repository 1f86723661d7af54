/**
 * Value rules for the article body's node attributes, shared by the save-time
 * validation (lib/richtext/validate.ts), the public renderer (components/RichText.tsx)
 * and the editor's own inputs. Pure: no DOM, no database, safe in every bundle.
 */
import { isAllowedImageSrc } from "./urls";

export const ENTITY_MENTION_TYPES = ["person", "place", "organization", "event", "series"] as const;
export type MentionEntityType = (typeof ENTITY_MENTION_TYPES)[number];

export const LIMITS = {
  /** Plain-text attributes. */
  alt: 300,
  caption: 500,
  credit: 200,
  pullQuote: 500,
  attribution: 200,
  relatedTitle: 300,
  mentionLabel: 200,
  slug: 200,
  /** Image dimensions, in CSS pixels. */
  dimension: 20_000,
  /** Tables. */
  tableColumns: 50,
  tableRows: 500,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What slugify() produces: letters and digits (any script, as folded), single dashes between. */
const SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
export const isSlug = (value: unknown): value is string => typeof value === "string" && value.length <= LIMITS.slug && SLUG.test(value);
export const isYoutubeId = (value: unknown): value is string => typeof value === "string" && YOUTUBE_ID.test(value);
export const isMentionType = (value: unknown): value is MentionEntityType =>
  typeof value === "string" && (ENTITY_MENTION_TYPES as readonly string[]).includes(value);

/** A plain-text attribute: a string of at most `max` characters (control characters other than tab/newline refused). */
export function isPlainText(value: unknown, max: number, { required = false } = {}): value is string {
  if (typeof value !== "string") return false;
  if (value.length > max) return false;
  if (required && value.trim().length === 0) return false;
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value);
}

/** Width or height of an image: absent (null) or a positive integer. */
export const isDimension = (value: unknown) =>
  value === null || value === undefined || (Number.isInteger(value) && (value as number) > 0 && (value as number) <= LIMITS.dimension);

export { isAllowedImageSrc };

/** Current slug and title of the related articles that are public, by article id (the public renderer's `related`). */
export type RelatedArticles = Record<string, { slug: string; title: string }>;

/**
 * The YouTube video id in a pasted link or id: youtube.com/watch?v=, youtu.be/,
 * /embed/, /shorts/, /live/, youtube-nocookie.com, m. and music. hosts.
 * Returns null for anything else.
 */
export function youtubeIdFrom(input: string): string | null {
  const value = input.trim();
  if (isYoutubeId(value)) return value;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, "");
  let candidate: string | null | undefined;
  if (host === "youtu.be") {
    candidate = url.pathname.split("/")[1];
  } else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const [, first, second] = url.pathname.split("/");
    if (first === "watch") candidate = url.searchParams.get("v");
    else if (first === "embed" || first === "shorts" || first === "live" || first === "v") candidate = second;
  }
  return isYoutubeId(candidate) ? candidate : null;
}

export const youtubeThumbnail = (id: string) => `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
export const youtubeEmbed = (id: string) => `https://www.youtube-nocookie.com/embed/${id}`;
