import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { PUBLIC_LOCALE } from "@/i18n/public";
import { getPublishedArticleBySlug } from "@/lib/articles";
import { formatDate } from "@/lib/text/dates";

/** The share card: the size Facebook, X, Zalo and LinkedIn all show large. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

type FontSpec = { name: "Noto Serif" | "Noto Sans"; weight: 400 | 700 };
const FONTS: FontSpec[] = [
  { name: "Noto Serif", weight: 700 },
  { name: "Noto Sans", weight: 400 },
  { name: "Noto Sans", weight: 700 },
];

/**
 * The self-hosted Noto fonts, from npm (@fontsource), read once per process.
 * Satori takes WOFF, not WOFF2; each weight is two files, Latin and the
 * Vietnamese subset (ư, ơ, đ and the stacked tone marks). Satori uses one font
 * per family name, so the subsets get names of their own and every text lists
 * both (SERIF, SANS): each glyph comes from whichever file has it.
 */
const SERIF = '"Noto Serif", "Noto Serif Vietnamese"';
const SANS = '"Noto Sans", "Noto Sans Vietnamese"';
let fonts: ReturnType<typeof loadFonts> | undefined;
function loadFonts() {
  const dir = (family: string) => path.join(process.cwd(), "node_modules", "@fontsource", family, "files");
  return Promise.all(
    FONTS.flatMap(({ name, weight }) =>
      (["latin", "vietnamese"] as const).map(async (subset) => {
        const family = name === "Noto Serif" ? "noto-serif" : "noto-sans";
        const file = await readFile(path.join(dir(family), `${family}-${subset}-${weight}-normal.woff`));
        const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
        return { name: subset === "latin" ? name : `${name} Vietnamese`, weight, style: "normal" as const, data };
      }),
    ),
  );
}

/** A long headline gets a smaller size, and is cut at a word after about five lines' worth. */
function fitTitle(title: string): { text: string; fontSize: number } {
  const fontSize = title.length <= 50 ? 72 : title.length <= 90 ? 60 : title.length <= 130 ? 52 : 46;
  const max = 190;
  if (title.length <= max) return { text: title, fontSize };
  const cut = title.slice(0, max);
  return { text: `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).trimEnd()}…`, fontSize };
}

/**
 * The share image of a public article: site name, section, headline, date and
 * bylines, in the site's colours and fonts. 404 when the article is not public
 * (a draft, scheduled for later, unpublished, archived, or unknown).
 */
export async function renderShareImage(rawSlug: string): Promise<Response> {
  const article = await getPublishedArticleBySlug(decodeURIComponent(rawSlug));
  if (!article) return new Response("Không tìm thấy bài viết.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // An explicit locale: a route handler has no request locale to set, and must not read the request's headers.
  const t = await getTranslations({ locale: PUBLIC_LOCALE, namespace: "site" });
  fonts ??= loadFonts();
  const title = fitTitle(article.title);
  const byline = article.authors.map((author) => author.displayName).join(", ");
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", borderTop: "18px solid #9e1b1b", padding: "48px 72px 52px" }}>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
          <div style={{ fontFamily: SERIF, fontWeight: 700, fontSize: 46, color: "#9e1b1b" }}>{t("name")}</div>
          {article.sectionName ? (
            <div style={{ fontFamily: SANS, fontWeight: 700, fontSize: 24, letterSpacing: 2, textTransform: "uppercase", color: "#9e1b1b", border: "3px solid #9e1b1b", borderRadius: 999, padding: "6px 22px" }}>
              {article.sectionName}
            </div>
          ) : null}
        </div>
        <div style={{ flexGrow: 1, display: "flex", alignItems: "center" }}>
          <div style={{ fontFamily: SERIF, fontWeight: 700, fontSize: title.fontSize, lineHeight: 1.22, color: "#1a1a1a", letterSpacing: -0.5 }}>{title.text}</div>
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end", borderTop: "2px solid #dedede", paddingTop: 22, fontFamily: SANS, fontSize: 26, color: "#5c5c5c" }}>
          <div style={{ display: "flex", maxWidth: 760 }}>
            {formatDate(article.publishedAt)}
            {byline ? ` · ${byline}` : ""}
          </div>
          <div style={{ display: "flex", fontSize: 22 }}>{t("tagline")}</div>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await fonts },
  );
}
