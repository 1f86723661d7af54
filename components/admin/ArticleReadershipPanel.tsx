import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ArticleReadership } from "@/lib/readership/report";

/** An article's views beside its workflow: today, 7 and 30 days, all time. */
export async function ArticleReadershipPanel({ views }: { views: ArticleReadership }) {
  const t = await getTranslations("readership.articlePanel");
  const format = await getFormatter();
  const figures = [
    ["today", views.today],
    ["week", views.week],
    ["month", views.month],
    ["total", views.total],
  ] as const;
  return (
    <section className="panel" aria-labelledby="article-readership">
      <h2 id="article-readership">{t("title")}</h2>
      <dl className="readership-figures">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href="/admin/readership">{t("more")}</Link>
      </p>
    </section>
  );
}
