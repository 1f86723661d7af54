import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleView } from "@/components/site/ArticleView";
import { JsonLd } from "@/components/site/JsonLd";
import { getPublishedArticleBySlug, type PublicArticle } from "@/lib/articles";
import { siteUrl } from "@/lib/site-url";
import { entityPath } from "@/lib/entities";

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
      <ArticleView article={article} />
    </article>
  );
}
