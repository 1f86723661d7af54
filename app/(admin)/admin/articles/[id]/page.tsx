import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { ArticleForm } from "@/components/editor/ArticleForm.client";
import { getArticleForEdit, listSections } from "@/lib/articles";
import { requirePageUser } from "@/lib/auth/page";
import { NotFoundError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/policy";

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/articles/${id}`);
  let article;
  try {
    article = await getArticleForEdit({ actor: user, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return <Forbidden />;
    throw error;
  }
  const t = await getTranslations("editor");
  const sections = await listSections();
  return (
    <>
      <h1>{t("editTitle")}</h1>
      <ArticleForm
        id={article.id}
        sections={sections.map(({ id: sectionId, name }) => ({ id: sectionId, name }))}
        canPublish={article.canPublish}
        initial={{
          title: article.title,
          sapo: article.sapo,
          slug: article.slug,
          sectionId: article.sectionId,
          body: article.body,
          tags: article.tags,
          status: article.status,
          version: article.version,
        }}
      />
    </>
  );
}
