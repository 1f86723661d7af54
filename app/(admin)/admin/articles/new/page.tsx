import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { ArticleForm } from "@/components/editor/ArticleForm.client";
import { listSections } from "@/lib/articles";
import { requirePageAction } from "@/lib/auth/page";
import { can } from "@/lib/policy";
import { EMPTY_DOC } from "@/lib/richtext/validate";

export default async function NewArticlePage() {
  const { user, allowed } = await requirePageAction("article.create", "/admin/articles/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("editor");
  const sections = await listSections();
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <ArticleForm
        sections={sections.map(({ id, name }) => ({ id, name }))}
        canPublish={can(user, "article.publish")}
        initial={{ title: "", sapo: "", slug: "", sectionId: null, body: EMPTY_DOC, tags: [], status: "draft", version: 0 }}
      />
    </>
  );
}
