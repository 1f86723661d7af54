import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listArticlesForAdmin } from "@/lib/articles";
import { requirePageUser } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/text/dates";

export default async function ArticlesPage() {
  const user = await requirePageUser("/admin/articles");
  const t = await getTranslations("admin");
  const articles = await listArticlesForAdmin({ actor: user });
  return (
    <>
      <div className="admin-toolbar">
        <h1>{t("articles")}</h1>
        <Link className="btn btn-primary" href="/admin/articles/new">
          {t("newArticle")}
        </Link>
      </div>
      {articles.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("list.title")}</th>
              <th scope="col">{t("list.status")}</th>
              <th scope="col">{t("list.section")}</th>
              <th scope="col">{t("list.author")}</th>
              <th scope="col">{t("list.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td>
                  {article.canEdit ? <Link href={`/admin/articles/${article.id}`}>{article.title}</Link> : article.title}
                  {article.status === "published" ? (
                    <>
                      {" "}
                      · <Link href={`/bai-viet/${article.slug}`}>{t("list.view")}</Link>
                    </>
                  ) : null}
                </td>
                <td>
                  <span className={`status status-${article.status}`}>{t(`list.statuses.${article.status}`)}</span>
                </td>
                <td>{article.sectionName ?? "—"}</td>
                <td>{article.authorName ?? "—"}</td>
                <td>{formatDateTime(article.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
