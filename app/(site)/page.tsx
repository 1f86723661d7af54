import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/site/ArticleCard";
import { listLatestArticles } from "@/lib/articles";
import { formatDateTime } from "@/lib/text/dates";

// Reads the database on each request; caching with on-publish revalidation comes with the reader's-site work.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("site");
  const articles = await listLatestArticles(25);
  const [lead, ...rest] = articles;
  if (!lead) return <p>{t("noArticles")}</p>;
  return (
    <>
      <h1 className="section-title">{t("latest")}</h1>
      <article className="lead-story">
        {lead.sectionName ? <span className="kicker">{lead.sectionName}</span> : null}
        <h2>
          <Link href={`/bai-viet/${lead.slug}`}>{lead.title}</Link>
        </h2>
        <p className="meta">
          <time dateTime={lead.publishedAt.toISOString()}>{formatDateTime(lead.publishedAt)}</time>
        </p>
        {lead.sapo ? <p>{lead.sapo}</p> : null}
      </article>
      <ul className="card-list">
        {rest.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
    </>
  );
}
