import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/site/ArticleCard";
import { ArticleBreadcrumb, ArticleView } from "@/components/site/ArticleView";
import { JsonLd } from "@/components/site/JsonLd";
import { ViewBeacon } from "@/components/site/ViewBeacon";
import { getPublishedArticleBySlug, type PublicArticle, type PublicArticleCard } from "@/lib/articles";
import { moreFromSection, relatedArticles } from "@/lib/articles/related";
import { ShareLinks } from "./ShareLinks";
import { siteUrl } from "@/lib/site-url";
import { entityPath } from "@/lib/entities";
import { setPublicLocale } from "@/i18n/public";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticleBySlug(decodeURIComponent((await params).slug));
  if (!article) return {};
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.sapo || undefined;
  // og:image is the share card generated for every article, cover or not
  // (opengraph-image.tsx beside this page); Next repeats it as twitter:image.
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
    },
    twitter: { card: "summary_large_image", title, description },
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
  setPublicLocale();
  const article = await getPublishedArticleBySlug(decodeURIComponent((await params).slug));
  if (!article) notFound();
  const t = await getTranslations("article");
  const base = await siteUrl();
  const url = `${base}/bai-viet/${article.slug}`;
  const related = await relatedArticles(article.id, RELATED_COUNT);
  const more = article.sectionId ? await moreFromSection(article.sectionId, [article.id, ...related.map((card) => card.id)], MORE_COUNT) : [];
  return (
    <div className="article-page">
      <article className="narrow">
        <JsonLd data={newsArticleJsonLd(article, base)} />
        <ArticleBreadcrumb article={article} />
        <ArticleView article={article} />
        <ShareLinks url={url} title={article.title} summary={article.sapo} />
        <p className="print-url">
          {t("readOnline")} {url}
        </p>
      </article>
      {/* Counted from the browser: the page itself is cached and the same for every reader. */}
      <ViewBeacon articleId={article.id} />
      <CardList id="related" heading={t("related")} articles={related} />
      <CardList id="section-more" heading={t("moreFromSection")} articles={more} showSection={false}>
        {article.sectionSlug && article.sectionName ? (
          <p className="more-link">
            <Link href={`/chuyen-muc/${article.sectionSlug}`}>{t("allInSection", { section: article.sectionName })}</Link>
          </p>
        ) : null}
      </CardList>
    </div>
  );
}

const RELATED_COUNT = 4;
const MORE_COUNT = 4;

/** A titled list of article cards under the article ("Bài liên quan", "Cùng chuyên mục"); nothing when empty. */
function CardList({ id, heading, articles, showSection = true, children }: { id: string; heading: string; articles: PublicArticleCard[]; showSection?: boolean; children?: React.ReactNode }) {
  if (articles.length === 0) return null;
  return (
    <aside className="narrow article-more" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        {heading}
      </h2>
      <ul className="card-list">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} compact showSection={showSection} />
          </li>
        ))}
      </ul>
      {children}
    </aside>
  );
}
