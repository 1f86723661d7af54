import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RichText } from "@/components/RichText";
import type { PublicArticle } from "@/lib/articles";
import { resolveRelatedArticles } from "@/lib/articles/lookup";
import { ENTITY_TYPES, entityPath } from "@/lib/entities";
import { formatDateTime } from "@/lib/text/dates";
import { ARTICLE_COLUMN_SIZES, ResponsiveImage } from "./ResponsiveImage";
import "./article.css";

/** An edit later than this after publication is shown as "Cập nhật: …" (saving at publication time is not an update). */
const UPDATE_SHOWN_AFTER_MS = 60_000;

export function wasUpdated(article: Pick<PublicArticle, "publishedAt" | "updatedAt">): boolean {
  return article.updatedAt.getTime() - article.publishedAt.getTime() > UPDATE_SHOWN_AFTER_MS;
}

/**
 * What an editor controls on the public article page: header, sapo, cover,
 * body, source line and tags. The public page and the editor's preview both
 * render this, so the preview is the page.
 */
export async function ArticleView({ article }: { article: PublicArticle }) {
  const t = await getTranslations("article");
  const groupLabels = { person: t("people"), place: t("places"), organization: t("organizations"), event: t("events"), series: t("series") } as const;
  // Related-article cards in the body show the current title and slug, and only while that article is public.
  const relatedInBody = await resolveRelatedArticles(article.body);
  return (
    <>
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="meta">
          <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
          {wasUpdated(article) ? (
            <span className="updated">
              {" · "}
              {t("updated")} <time dateTime={article.updatedAt.toISOString()}>{formatDateTime(article.updatedAt)}</time>
            </span>
          ) : null}
          {article.authors.length ? (
            <>
              {" · "}
              {t("byPrefix")}{" "}
              {article.authors.map((author, index) => (
                <span key={author.id}>
                  {index > 0 ? ", " : null}
                  {author.slug ? <Link href={`/tac-gia/${author.slug}`}>{author.displayName}</Link> : author.displayName}
                </span>
              ))}
            </>
          ) : null}
        </p>
      </header>
      {article.sapo ? <p className="sapo">{article.sapo}</p> : null}
      {article.cover ? (
        <figure className="cover">
          <ResponsiveImage
            src={article.cover.src}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            sizes={ARTICLE_COLUMN_SIZES}
            priority
          />
          {article.cover.caption || article.cover.credit ? (
            <figcaption>
              {article.cover.caption}
              {article.cover.credit ? <span className="credit"> ({article.cover.credit})</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div className="prose">
        <RichText doc={article.body} related={relatedInBody} />
      </div>
      {article.source ? (
        <p className="source-line">
          {t("source")}:{" "}
          {article.sourceUrl ? (
            <a href={article.sourceUrl} rel="noopener noreferrer nofollow">
              {article.source}
            </a>
          ) : (
            article.source
          )}
        </p>
      ) : null}
      {article.tags.length > 0 ? (
        <section className="tags" aria-labelledby="tags-heading">
          <h2 id="tags-heading">{t("tags")}</h2>
          <dl>
            {ENTITY_TYPES.map((type) => {
              const tags = article.tags.filter((tag) => tag.type === type);
              if (tags.length === 0) return null;
              return (
                <div className="tag-group" key={type}>
                  <dt>{groupLabels[type]}</dt>
                  <dd>
                    {tags.map((tag) => (
                      <Link key={tag.id} className="chip" href={entityPath(tag)}>
                        {tag.name}
                        {type === "person" && tag.hint ? <small>, {tag.hint}</small> : null}
                      </Link>
                    ))}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ) : null}
    </>
  );
}

/** Home › section, above the article on the public page and in the editor's preview. */
export async function ArticleBreadcrumb({ article }: { article: Pick<PublicArticle, "sectionName" | "sectionSlug"> }) {
  const t = await getTranslations("article");
  const tSite = await getTranslations("site");
  return (
    <nav className="breadcrumb" aria-label={t("breadcrumb")}>
      <ol>
        <li>
          <Link href="/">{tSite("name")}</Link>
        </li>
        {article.sectionName && article.sectionSlug ? (
          <li>
            <Link href={`/chuyen-muc/${article.sectionSlug}`}>{article.sectionName}</Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
