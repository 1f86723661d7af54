import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { countArticles } from "@/lib/articles";
import { requirePageUser } from "@/lib/auth/page";

export default async function DashboardPage() {
  const user = await requirePageUser();
  const t = await getTranslations("admin");
  const articles = await countArticles();
  return (
    <>
      <h1>{t("welcome", { name: user.displayName })}</h1>
      <p>{t("counts", { articles })}</p>
      <p className="editor-actions">
        <Link className="btn btn-primary" href="/admin/articles/new">
          {t("newArticle")}
        </Link>
        <Link className="btn" href="/admin/articles">
          {t("articles")}
        </Link>
      </p>
    </>
  );
}
