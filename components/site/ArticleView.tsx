import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RichText } from "@/components/RichText";
import type { PublicArticle } from "@/lib/articles";
import { ENTITY_TYPES, entityPath } from "@/lib/entities";
import { formatDateTime } from "@/lib/text/dates";

/**
 * What an editor controls on the public article page: header, sapo, cover,
 * body, source line and tags. The public page and the editor's preview both
 * render this, so the preview is the page.
 */
export async function ArticleView({ article }: { article: PublicArticle }) {
  const t = await getTranslations("article");
  const groupLabels = { person: t("people"), place: t("places"), organization: t("organizations"), event: t("events"), series: t("series") } as const;
  return (
    <>
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="meta">
          <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
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
          {/* eslint-disable-next-line @next/next/no-img-element -- sizes come from the stored figure; remote hosts are not known at build time */}
          <img src={article.cover.src} alt={article.cover.alt} width={article.cover.width} height={article.cover.height} />
          {article.cover.caption || article.cover.credit ? (
            <figcaption>
              {article.cover.caption}
              {article.cover.credit ? <span className="credit"> ({article.cover.credit})</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div className="prose">
        <RichText doc={article.body} />
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
