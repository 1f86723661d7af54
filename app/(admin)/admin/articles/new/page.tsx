import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { ArticleForm } from "@/components/editor/ArticleForm.client";
import { listSections } from "@/lib/articles";
import { requirePageAction } from "@/lib/auth/page";
import { can } from "@/lib/policy";
import { EMPTY_DOC } from "@/lib/richtext/validate";
import { siteUrl } from "@/lib/site-url";
import { PUBLIC_LOCALE } from "@/i18n/public";
import { listBylineCandidates } from "@/lib/users/staff";

export default async function NewArticlePage() {
  const { user, allowed } = await requirePageAction("article.create", "/admin/articles/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("editor");
  // The public page's <title> ends with the site name in the readers' language.
  const tSite = await getTranslations({ locale: PUBLIC_LOCALE, namespace: "site" });
  const [sections, staff, origin] = await Promise.all([listSections(), listBylineCandidates({ actor: user }), siteUrl()]);
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <ArticleForm
        sections={sections.map(({ id, name }) => ({ id, name }))}
        canPublish={can(user, "article.publish")}
        bylineCandidates={staff.map(({ id, displayName }) => ({ id, displayName }))}
        site={{ origin, name: tSite("name") }}
        initial={{
          title: "",
          sapo: "",
          slug: "",
          sectionId: null,
          body: EMPTY_DOC,
          tags: [],
          // The byline is whoever writes it, until they say otherwise.
          authors: [{ id: user.id, displayName: user.displayName }],
          source: "",
          sourceUrl: null,
          cover: null,
          seoTitle: "",
          seoDescription: "",
          status: "draft",
          version: 0,
        }}
      />
    </>
  );
}
