/**
 * Vietnamese-aware text folding and slugs. "Đổng Quân" → "dong-quan",
 * "Đường Lào Cai – Hà Khẩu" → "duong-lao-cai-ha-khau".
 */

/** Lower-case, strip diacritics (đ → d included), keep other scripts as they are. */
export function foldText(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .normalize("NFC");
}

export const MAX_SLUG_LENGTH = 96;

export function slugify(input: string): string {
  const slug = foldText(input)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary so a long title does not end mid-word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut;
}

/**
 * The first of base, base-2, base-3 … that `isTaken` says is free.
 * Callers still rely on the unique index: this only picks a good candidate.
 */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  const root = base || "bai-viet";
  if (!(await isTaken(root))) return root;
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${root}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`No free slug for ${root}`);
}
