import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RichText } from "@/components/RichText";
import { JsonLd } from "@/components/site/JsonLd";
import { getPublishedArticleBySlug, type PublicArticle } from "@/lib/articles";
import { siteUrl } from "@/lib/site-url";
import { ENTITY_TYPES, entityPath } from "@/lib/entities";
import { formatDateTime } from "@/lib/text/dates";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticleBySlug(decodeURIComponent((await params).slug));
  if (!article) return {};
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.sapo || undefined;
  const images = article.cover ? [{ url: article.cover.src, alt: article.cover.alt, width: article.cover.width, height: article.cover.height }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: `/bai-viet/${article.slug}` },
    openGraph: {
      type: "article",
      title,
      description,
      url: `/bai-viet/${article.slug}`,
      siteName: "Tòa Soạn",
      locale: "vi_VN",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.sectionName ?? undefined,
      authors: article.authors.map((author) => author.displayName),
      images,
    },
    twitter: { card: images ? "summary_large_image" : "summary", title, description },
  };
}

/** schema.org NewsArticle: what the article is about (people, organizations, events) and mentions (places). */
function newsArticleJsonLd(article: PublicArticle, base: string) {
  const url = `${base}/bai-viet/${article.slug}`;
  const ref = (tag: PublicArticle["tags"][number], type: string) => ({ "@type": type, name: tag.name, url: `${base}${entityPath(tag)}` });
  const TYPES = { person: "Person", place: "Place", organization: "Organization", event: "Event", series: "EventSeries" } as const;
  return [
    {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": url,
      mainEntityOfPage: url,
      headline: article.title,
      description: article.sapo || undefined,
      datePublished: article.publishedAt.toISOString(),
      dateModified: article.updatedAt.toISOString(),
      inLanguage: "vi",
      articleSection: article.sectionName ?? undefined,
      author: article.authors.map((author) => ({ "@type": "Person", name: author.displayName, ...(author.slug ? { url: `${base}/tac-gia/${author.slug}` } : {}) })),
      publisher: { "@type": "Organization", name: "Tòa Soạn", url: base },
      image: article.cover ? [article.cover.src.startsWith("/") ? `${base}${article.cover.src}` : article.cover.src] : undefined,
      about: article.tags.filter((tag) => tag.type !== "place").map((tag) => ref(tag, TYPES[tag.type])),
      mentions: article.tags.filter((tag) => tag.type === "place").map((tag) => ref(tag, TYPES[tag.type])),
      ...(article.source ? { sourceOrganization: { "@type": "Organization", name: article.source } } : {}),
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Tòa Soạn", item: `${base}/` },
        ...(article.sectionSlug ? [{ "@type": "ListItem", position: 2, name: article.sectionName, item: `${base}/chuyen-muc/${article.sectionSlug}` }] : []),
        { "@type": "ListItem", position: article.sectionSlug ? 3 : 2, name: article.title, item: url },
      ],
    },
  ];
}

export default async function ArticlePage({ params }: Props) {
  const article = await getPublishedArticleBySlug(decodeURIComponent((await params).slug));
  if (!article) notFound();
  const t = await getTranslations("article");
  const base = await siteUrl();
  const groupLabels = { person: t("people"), place: t("places"), organization: t("organizations"), event: t("events"), series: t("series") } as const;
  return (
    <article className="narrow" style={{ margin: "0 auto" }}>
      <JsonLd data={newsArticleJsonLd(article, base)} />
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <ol>
          <li>
            <Link href="/">Tòa Soạn</Link>
          </li>
          {article.sectionName && article.sectionSlug ? (
            <li>
              <Link href={`/chuyen-muc/${article.sectionSlug}`}>{article.sectionName}</Link>
            </li>
          ) : null}
        </ol>
      </nav>
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
    </article>
  );
}
