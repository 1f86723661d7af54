import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { requirePageAction } from "@/lib/auth/page";
import { READERSHIP_PERIODS, ReadershipPeriodParam, readershipReport } from "@/lib/readership/report";
import { formatCalendarDate, formatDate } from "@/lib/text/dates";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Views per day and the most-read articles over today, 7 or 30 days. */
export default async function ReadershipPage({ searchParams }: Props) {
  const { user, allowed } = await requirePageAction("readership.read", "/admin/readership");
  if (!allowed) return <Forbidden />;
  const raw = (await searchParams).ky;
  const days = ReadershipPeriodParam.parse(Array.isArray(raw) ? raw[0] : raw);
  const t = await getTranslations("readership");
  const w = await getTranslations("workflow");
  const format = await getFormatter();
  const report = await readershipReport({ actor: user, days });
  const busiest = Math.max(1, ...report.daily.map((row) => row.views));
  const share = (views: number) => (report.totalViews ? format.number(views / report.totalViews, { style: "percent", maximumFractionDigits: 1 }) : "—");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <nav aria-label={t("periods")} className="period-tabs">
        <ul>
          {READERSHIP_PERIODS.map((period) => (
            <li key={period}>
              <Link href={`/admin/readership?ky=${period}`} aria-current={period === days ? "page" : undefined}>
                {t(`period.${period}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="readership-total">{t("total", { views: report.totalViews, from: formatCalendarDate(report.from) })}</p>

      <section aria-labelledby="top-read">
        <h2 id="top-read">{t("top")}</h2>
        {report.articles.length === 0 ? (
          <p className="hint">{t("none")}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t("article")}</th>
                <th scope="col">{t("section")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("views")}</th>
                <th scope="col">{t("share")}</th>
              </tr>
            </thead>
            <tbody>
              {report.articles.map((article) => (
                <tr key={article.id}>
                  <td>
                    <Link href={`/admin/articles/${article.id}`}>{article.title}</Link>
                    {article.publishedAt ? <span className="meta"> · {formatDate(article.publishedAt)}</span> : null}
                  </td>
                  <td>{article.sectionName ?? "—"}</td>
                  <td>{w(`status.${article.status}`)}</td>
                  <td>{format.number(article.views)}</td>
                  <td>{share(article.views)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {days > 1 ? (
        <section aria-labelledby="per-day">
          <h2 id="per-day">{t("perDay")}</h2>
          <table className="data readership-days">
            <thead>
              <tr>
                <th scope="col">{t("day")}</th>
                <th scope="col">{t("views")}</th>
              </tr>
            </thead>
            <tbody>
              {[...report.daily].reverse().map((row) => (
                <tr key={row.day}>
                  <th scope="row">{formatCalendarDate(row.day)}</th>
                  <td>
                    {row.views > 0 ? <span className="bar" style={{ width: `${(row.views / busiest) * 100}%` }} aria-hidden="true" /> : null}
                    <span className="bar-value">{format.number(row.views)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

    </>
  );
}
