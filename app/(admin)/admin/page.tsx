import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDashboard, promoteDueArticles } from "@/lib/articles/workflow";
import { requirePageUser } from "@/lib/auth/page";
import { can } from "@/lib/policy";
import { formatDateTime } from "@/lib/text/dates";

export default async function DashboardPage() {
  const user = await requirePageUser();
  const t = await getTranslations("admin");
  const w = await getTranslations("workflow");
  // Whoever looks at the schedule also nudges it along (the in-app scheduler does the same every few seconds).
  await promoteDueArticles().catch(() => []);
  const dashboard = await getDashboard({ actor: user });
  type Item = (typeof dashboard.myDrafts)[number] & { overdue?: boolean };
  const list = (items: Item[], dateOf: (item: Item) => string) =>
    items.length === 0 ? (
      <p className="hint">{w("dashboard.empty")}</p>
    ) : (
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={`/admin/articles/${item.id}`}>{item.title}</Link>
            <span className="meta">
              {" · "}
              {item.authorName ?? "—"} · {dateOf(item)}
            </span>
            {item.overdue ? (
              <span className="status status-draft" role="note">
                {" "}
                {w("dashboard.overdue")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <div className="admin-toolbar">
        <h1>{t("welcome", { name: user.displayName })}</h1>
        {can(user, "article.create") ? (
          <Link className="btn btn-primary" href="/admin/articles/new">
            {t("newArticle")}
          </Link>
        ) : null}
      </div>
      <div className="dashboard-grid">
        <section className="panel" aria-labelledby="d-drafts">
          <h2 id="d-drafts">{w("dashboard.myDrafts")}</h2>
          {list(dashboard.myDrafts, (item) => `${w(`status.${item.status}`)} · ${formatDateTime(item.updatedAt)}`)}
        </section>
        <section className="panel" aria-labelledby="d-review">
          <h2 id="d-review">{w("dashboard.inReview")}</h2>
          {list(dashboard.inReview, (item) => formatDateTime(item.updatedAt))}
        </section>
        <section className="panel" aria-labelledby="d-scheduled">
          <h2 id="d-scheduled">{w("dashboard.scheduled")}</h2>
          {list(dashboard.scheduled, (item) => (item.publishedAt ? w("dashboard.at", { date: formatDateTime(item.publishedAt) }) : ""))}
        </section>
        <section className="panel" aria-labelledby="d-published">
          <h2 id="d-published">{w("dashboard.published")}</h2>
          {list(dashboard.published, (item) => (item.publishedAt ? formatDateTime(item.publishedAt) : ""))}
        </section>
        <section className="panel wide" aria-labelledby="d-activity">
          <h2 id="d-activity">{w("dashboard.activity")}</h2>
          {dashboard.activity.length === 0 ? (
            <p className="hint">{w("dashboard.empty")}</p>
          ) : (
            <ol className="plain-list">
              {dashboard.activity.map((item) => (
                <li key={item.id}>
                  <span className="meta">{formatDateTime(item.createdAt)}</span> · {item.actorName ?? w("system")}:{" "}
                  <Link href={`/admin/articles/${item.articleId}`}>{item.title}</Link> — {w(`status.${item.from}`)} → {w(`status.${item.to}`)}
                  {item.note ? <span className="meta"> “{item.note}”</span> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
