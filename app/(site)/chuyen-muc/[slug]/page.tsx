import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/site/ArticleCard";
import { pageNumber } from "@/components/site/EntityPageView";
import { getSectionPage } from "@/lib/articles";
import { setPublicLocale } from "@/i18n/public";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";

/** `page` is set on /chuyen-muc/[slug]/trang/[page], where `?trang=N` is rewritten to. */
type Props = { params: Promise<{ slug: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getSectionPage(decodeURIComponent((await params).slug), 1);
  return data ? { title: data.section.name, alternates: { canonical: `/chuyen-muc/${data.section.slug}` } } : {};
}

export default async function SectionPage({ params }: Props) {
  setPublicLocale();
  const page = pageNumber((await params).page);
  const data = page ? await getSectionPage(decodeURIComponent((await params).slug), page) : null;
  if (!data || !page || page > data.pages) notFound();
  const t = await getTranslations("entity");
  const base = `/chuyen-muc/${data.section.slug}`;
  return (
    <>
      <h1 className="section-title">{data.section.name}</h1>
      {data.articles.length === 0 ? <p>{t("noCoverage", { name: data.section.name })}</p> : null}
      <ul className="card-list">
        {data.articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
      {data.pages > 1 ? (
        <nav className="pager" aria-label={t("pageOf", { page, pages: data.pages })}>
          {page > 1 ? <Link href={page === 2 ? base : `${base}?trang=${page - 1}`} rel="prev">{t("newer")}</Link> : <span />}
          <span className="meta">{t("pageOf", { page, pages: data.pages })}</span>
          {page < data.pages ? <Link href={`${base}?trang=${page + 1}`} rel="next">{t("older")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
