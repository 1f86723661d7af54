import type { Cover } from "@/lib/articles";
import { isAllowedImageSrc } from "@/lib/richtext/urls";

/**
 * The article form's side fields as the inputs hold them (text, also for the
 * cover's sizes), and their conversion to what the API stores.
 */

export interface CoverDraft {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: string;
  height: string;
}

export const EMPTY_COVER: CoverDraft = { src: "", alt: "", caption: "", credit: "", width: "", height: "" };

/** Mirrors CoverSchema's limits in lib/articles. */
export const COVER_LIMITS = { src: 2048, alt: 300, caption: 500, credit: 200, size: 20_000 } as const;

export function coverDraftOf(cover: Cover | null | undefined): CoverDraft {
  if (!cover) return EMPTY_COVER;
  return {
    src: cover.src ?? "",
    alt: cover.alt ?? "",
    caption: cover.caption ?? "",
    credit: cover.credit ?? "",
    width: cover.width === undefined || cover.width === null ? "" : String(cover.width),
    height: cover.height === undefined || cover.height === null ? "" : String(cover.height),
  };
}

const size = (text: string) => (text.trim() === "" ? undefined : Number(text.trim()));

/** The cover as the API takes it: null when every field is empty; trimmed text, sizes as numbers. */
export function coverValue(draft: CoverDraft): Cover | null {
  const trimmed = {
    src: draft.src.trim(),
    alt: draft.alt.trim(),
    caption: draft.caption.trim(),
    credit: draft.credit.trim(),
    width: draft.width.trim(),
    height: draft.height.trim(),
  };
  if (Object.values(trimmed).every((part) => part === "")) return null;
  return { src: trimmed.src, alt: trimmed.alt, caption: trimmed.caption, credit: trimmed.credit, width: size(trimmed.width), height: size(trimmed.height) };
}

export type CoverIssue = "srcRequired" | "srcInvalid" | "altRequired" | "sizeInvalid";
export type CoverErrorKey = "coverSrc" | "coverAlt" | "coverWidth" | "coverHeight";

const validSize = (text: string) => text.trim() === "" || (/^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= COVER_LIMITS.size);

/**
 * What the form checks before sending: an image address that the server
 * accepts, a description whenever there is an image (readers who cannot see it
 * are told what it shows), whole-number sizes.
 */
export function coverIssues(draft: CoverDraft): Partial<Record<CoverErrorKey, CoverIssue>> {
  const issues: Partial<Record<CoverErrorKey, CoverIssue>> = {};
  if (!coverValue(draft)) return issues;
  if (draft.src.trim() === "") issues.coverSrc = "srcRequired";
  else if (!isAllowedImageSrc(draft.src)) issues.coverSrc = "srcInvalid";
  else if (draft.alt.trim() === "") issues.coverAlt = "altRequired";
  if (!validSize(draft.width)) issues.coverWidth = "sizeInvalid";
  if (!validSize(draft.height)) issues.coverHeight = "sizeInvalid";
  return issues;
}

/** A web address the source link accepts (the same rule as ArticleInputSchema's sourceUrl). */
export const isSourceUrl = (value: string) => value.trim() === "" || /^https?:\/\//i.test(value.trim());

/**
 * Cuts text the way a search engine shortens a result: at a word boundary
 * before `max` characters, with an ellipsis.
 */
export function truncateForSnippet(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, "")}…`;
}
