import Link from "next/link";
import type { PublicArticleCard } from "@/lib/articles";
import { formatDateTime } from "@/lib/text/dates";

export function ArticleCard({ article, headingLevel = 3 }: { article: PublicArticleCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      {article.sectionName ? <span className="kicker">{article.sectionName}</span> : null}
      <Heading>
        <Link href={`/bai-viet/${article.slug}`}>{article.title}</Link>
      </Heading>
      <p className="meta">
        <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
      </p>
      {article.sapo ? <p>{article.sapo}</p> : null}
    </article>
  );
}
