import Link from "next/link";
import type { PublicArticleCard } from "@/lib/articles";
import { formatDateTime } from "@/lib/text/dates";

/**
 * An article in a list. `compact` (the lists under an article) sets it smaller,
 * the sapo cut to two lines; `showSection: false` leaves out the section kicker
 * where every card is of the same section.
 */
export function ArticleCard({
  article,
  headingLevel = 3,
  compact = false,
  showSection = true,
}: {
  article: PublicArticleCard;
  headingLevel?: 2 | 3;
  compact?: boolean;
  showSection?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={compact ? "card card-compact" : "card"}>
      {showSection && article.sectionName ? <span className="kicker">{article.sectionName}</span> : null}
      <Heading>
        <Link href={`/bai-viet/${article.slug}`}>{article.title}</Link>
      </Heading>
      <p className="meta">
        <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
      </p>
      {article.sapo ? <p className="card-sapo">{article.sapo}</p> : null}
    </article>
  );
}
