import type { ReactNode } from "react";
import { ARTICLE_COLUMN_SIZES, ResponsiveImage } from "@/components/site/ResponsiveImage";
import { entityPath } from "@/lib/entities/paths";
import {
  LIMITS,
  isAllowedImageSrc,
  isDimension,
  isMentionType,
  isPlainText,
  isSlug,
  isUuid,
  isYoutubeId,
  youtubeEmbed,
  youtubeThumbnail,
  type RelatedArticles,
} from "@/lib/richtext/rules";
import { isAllowedHref } from "@/lib/richtext/urls";
import type { RichTextNode } from "@/lib/richtext/validate";

export interface RichTextLabels {
  /** Heading of a related-article card. */
  readMore: string;
  /** Text of a YouTube facade's play link. */
  watchVideo: string;
}

const DEFAULT_LABELS: RichTextLabels = { readMore: "Đọc thêm", watchVideo: "Xem video trên YouTube" };

/** Current slug and title of related articles that are public, by id (see lib/articles/lookup.ts `resolveRelatedArticles`). */
export type { RelatedArticles };

interface Context {
  labels: RichTextLabels;
  related?: RelatedArticles;
}

/**
 * Renders stored Tiptap JSON on the server through an allow-list: each known
 * node and mark maps to fixed semantic HTML; every attribute it uses is checked
 * again here (the stored body was validated on save, but the renderer does not
 * rely on it); anything else is dropped, never passed through as HTML. React
 * escapes every text node and attribute value. No client JavaScript.
 *
 * `related`, when given, is the set of related articles that are public now:
 * cards use their current slug and title, and cards for articles that are no
 * longer public are left out. Without it, cards use the slug and title stored
 * at insertion.
 */
export function RichText({ doc, labels, related }: { doc: RichTextNode; labels?: Partial<RichTextLabels>; related?: RelatedArticles }) {
  return <>{renderChildren(doc, { labels: { ...DEFAULT_LABELS, ...labels }, related })}</>;
}

function renderChildren(node: RichTextNode, context: Context): ReactNode[] {
  return (Array.isArray(node.content) ? node.content : []).map((child, index) => renderNode(child, index, context));
}

const stringAttr = (node: RichTextNode, name: string, max: number) => {
  const value = node.attrs?.[name];
  return isPlainText(value, max) ? value.trim() : "";
};

function renderNode(node: RichTextNode, key: number, context: Context): ReactNode {
  if (!node || typeof node !== "object") return null;
  switch (node.type) {
    case "paragraph":
      return <p key={key}>{renderChildren(node, context)}</p>;
    case "heading": {
      const level = node.attrs?.level;
      const children = renderChildren(node, context);
      if (level === 3) return <h3 key={key}>{children}</h3>;
      if (level === 4) return <h4 key={key}>{children}</h4>;
      return <h2 key={key}>{children}</h2>;
    }
    case "bulletList":
      return <ul key={key}>{renderChildren(node, context)}</ul>;
    case "orderedList": {
      const start = Number.isInteger(node.attrs?.start) ? (node.attrs!.start as number) : undefined;
      return (
        <ol key={key} start={start !== undefined && start !== 1 && start >= 0 ? start : undefined}>
          {renderChildren(node, context)}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{renderChildren(node, context)}</li>;
    case "blockquote":
      return <blockquote key={key}>{renderChildren(node, context)}</blockquote>;
    case "horizontalRule":
      return <hr key={key} />;
    case "hardBreak":
      return <br key={key} />;
    case "text":
      return renderText(node, key);
    case "pullQuote":
      return renderPullQuote(node, key, context);
    case "figure":
      return renderFigure(node, key);
    case "youtube":
      return renderYoutube(node, key, context);
    case "relatedArticle":
      return renderRelated(node, key, context);
    case "mention":
      return renderMention(node, key);
    case "table":
      return renderTable(node, key, context);
    default:
      return null;
  }
}

function renderPullQuote(node: RichTextNode, key: number, context: Context): ReactNode {
  const attribution = stringAttr(node, "attribution", LIMITS.attribution);
  return (
    <aside key={key} className="rt-pullquote">
      <blockquote>
        <p>{renderChildren(node, context)}</p>
      </blockquote>
      {attribution ? <p className="rt-pullquote-attribution">— {attribution}</p> : null}
    </aside>
  );
}

function renderFigure(node: RichTextNode, key: number): ReactNode {
  const src = node.attrs?.src;
  if (!isAllowedImageSrc(src)) return null;
  const alt = stringAttr(node, "alt", LIMITS.alt);
  const caption = stringAttr(node, "caption", LIMITS.caption);
  const credit = stringAttr(node, "credit", LIMITS.credit);
  const size = (name: "width" | "height") => {
    const value = node.attrs?.[name];
    return isDimension(value) && typeof value === "number" ? value : undefined;
  };
  return (
    <figure key={key} className="rt-figure">
      <ResponsiveImage src={src.trim()} alt={alt} width={size("width")} height={size("height")} sizes={ARTICLE_COLUMN_SIZES} />
      {caption || credit ? (
        <figcaption>
          {caption}
          {caption && credit ? " " : null}
          {credit ? <span className="rt-credit">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** A facade: the thumbnail and a link to the privacy-enhanced player. Nothing from YouTube runs on our page. */
function renderYoutube(node: RichTextNode, key: number, context: Context): ReactNode {
  const videoId = node.attrs?.videoId;
  if (!isYoutubeId(videoId)) return null;
  return (
    <figure key={key} className="rt-video">
      <a className="rt-video-link" href={`${youtubeEmbed(videoId)}?autoplay=1`} rel="noopener noreferrer">
        {/* eslint-disable-next-line @next/next/no-img-element -- a fixed-size thumbnail from i.ytimg.com */}
        <img src={youtubeThumbnail(videoId)} alt="" width={480} height={360} loading="lazy" decoding="async" />
        <span className="rt-video-play">{context.labels.watchVideo}</span>
      </a>
    </figure>
  );
}

function renderRelated(node: RichTextNode, key: number, context: Context): ReactNode {
  const articleId = node.attrs?.articleId;
  if (!isUuid(articleId)) return null;
  let slug: unknown = node.attrs?.slug;
  let title: unknown = node.attrs?.title;
  if (context.related) {
    const current = Object.hasOwn(context.related, articleId) ? context.related[articleId] : undefined;
    if (!current) return null;
    ({ slug, title } = current);
  }
  if (!isSlug(slug) || !isPlainText(title, LIMITS.relatedTitle, { required: true })) return null;
  return (
    <aside key={key} className="rt-related">
      <p className="rt-related-label">{context.labels.readMore}</p>
      <a href={`/bai-viet/${slug}`}>{title}</a>
    </aside>
  );
}

function renderMention(node: RichTextNode, key: number): ReactNode {
  const label = stringAttr(node, "label", LIMITS.mentionLabel);
  if (!label) return null;
  const { id, type, slug } = node.attrs ?? {};
  if (isUuid(id) && isMentionType(type) && isSlug(slug)) {
    return (
      <a key={key} className="rt-mention" href={entityPath({ type, slug })}>
        {label}
      </a>
    );
  }
  return <span key={key}>{label}</span>;
}

const cellSpan = (value: unknown, max: number) => (Number.isInteger(value) && (value as number) > 1 && (value as number) <= max ? (value as number) : undefined);

function renderTable(node: RichTextNode, key: number, context: Context): ReactNode {
  const rows = (Array.isArray(node.content) ? node.content : []).filter((row) => row?.type === "tableRow").slice(0, LIMITS.tableRows);
  const isHeaderRow = (row: RichTextNode) => Array.isArray(row.content) && row.content.length > 0 && row.content.every((cell) => cell?.type === "tableHeader");
  let headerRows = 0;
  while (headerRows < rows.length - 1 && isHeaderRow(rows[headerRows]!)) headerRows += 1;
  const renderRow = (row: RichTextNode, rowKey: number, headerScope: "col" | "row") => (
    <tr key={rowKey}>
      {(Array.isArray(row.content) ? row.content : []).slice(0, LIMITS.tableColumns).map((cell, cellKey) => {
        const colSpan = cellSpan(cell?.attrs?.colspan, LIMITS.tableColumns);
        const rowSpan = cellSpan(cell?.attrs?.rowspan, LIMITS.tableRows);
        if (cell?.type === "tableHeader") {
          return (
            <th key={cellKey} scope={headerScope} colSpan={colSpan} rowSpan={rowSpan}>
              {renderChildren(cell, context)}
            </th>
          );
        }
        if (cell?.type === "tableCell") {
          return (
            <td key={cellKey} colSpan={colSpan} rowSpan={rowSpan}>
              {renderChildren(cell, context)}
            </td>
          );
        }
        return null;
      })}
    </tr>
  );
  return (
    <div key={key} className="rt-table">
      <table>
        {headerRows > 0 ? <thead>{rows.slice(0, headerRows).map((row, index) => renderRow(row, index, "col"))}</thead> : null}
        <tbody>{rows.slice(headerRows).map((row, index) => renderRow(row, index, "row"))}</tbody>
      </table>
    </div>
  );
}

function renderText(node: RichTextNode, key: number): ReactNode {
  let out: ReactNode = typeof node.text === "string" ? node.text : "";
  for (const mark of Array.isArray(node.marks) ? node.marks : []) {
    switch (mark?.type) {
      case "bold":
        out = <strong>{out}</strong>;
        break;
      case "italic":
        out = <em>{out}</em>;
        break;
      case "underline":
        out = <u>{out}</u>;
        break;
      case "strike":
        out = <s>{out}</s>;
        break;
      case "link": {
        const href = mark.attrs?.href;
        if (isAllowedHref(href)) {
          const value = href.trim();
          const external = !value.startsWith("/") && !value.startsWith("#");
          out = (
            <a href={value} rel={external ? "noopener noreferrer nofollow" : undefined}>
              {out}
            </a>
          );
        }
        break;
      }
      default:
        break;
    }
  }
  return <span key={key}>{out}</span>;
}
