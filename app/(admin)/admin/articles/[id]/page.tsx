import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { ArticleForm } from "@/components/editor/ArticleForm.client";
import { getArticleForEdit, listSections } from "@/lib/articles";
import { requirePageUser } from "@/lib/auth/page";
import { NotFoundError } from "@/lib/errors";
import { ARTICLE_STATUSES, ForbiddenError, can, canTransition } from "@/lib/policy";
import { NotesPanel } from "@/components/admin/NotesPanel.client";
import { WorkflowPanel } from "@/components/admin/WorkflowPanel.client";
import { listNotes, listTransitions } from "@/lib/articles/workflow";
import { formatDateTime } from "@/lib/text/dates";
import { siteUrl } from "@/lib/site-url";
import { PUBLIC_LOCALE } from "@/i18n/public";
import { listBylineCandidates } from "@/lib/users/staff";
import { ArticleReadershipPanel } from "@/components/admin/ArticleReadershipPanel";
import { articleReadership } from "@/lib/readership/report";

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
  // The public page's <title> ends with the site name in the readers' language.
  const tSite = await getTranslations({ locale: PUBLIC_LOCALE, namespace: "site" });
  // Views only mean something once the article has been public.
  const showViews = article.publishedAt !== null && can(user, "readership.read");
  const [sections, transitions, notes, staff, origin, views] = await Promise.all([
    listSections(),
    listTransitions({ actor: user, articleId: article.id }),
    listNotes({ actor: user, articleId: article.id }),
    listBylineCandidates({ actor: user }),
    siteUrl(),
    showViews ? articleReadership({ actor: user, articleId: article.id }) : null,
  ]);
  const record = { authorId: article.authorId, status: article.status };
  const allowed = ARTICLE_STATUSES.filter((to) => canTransition(user, record, to));
  return (
    <>
      <h1>{t("editTitle")}</h1>
      <ArticleForm
        id={article.id}
        sections={sections.map(({ id: sectionId, name }) => ({ id: sectionId, name }))}
        canPublish={article.canPublish}
        bylineCandidates={staff.map(({ id: staffId, displayName }) => ({ id: staffId, displayName }))}
        site={{ origin, name: tSite("name") }}
        initial={{
          title: article.title,
          sapo: article.sapo,
          slug: article.slug,
          sectionId: article.sectionId,
          body: article.body,
          tags: article.tags,
          authors: article.authors.map((author) => ({ id: author.id, displayName: author.displayName })),
          source: article.source,
          sourceUrl: article.sourceUrl,
          cover: article.cover,
          seoTitle: article.seoTitle,
          seoDescription: article.seoDescription,
          status: article.status,
          version: article.version,
        }}
      />
      <div className="workflow-grid">
        <WorkflowPanel
          articleId={article.id}
          status={article.status}
          allowed={allowed}
          history={transitions.map((item) => ({ id: item.id, from: item.from, to: item.to, note: item.note, actorName: item.actorName, at: formatDateTime(item.createdAt) }))}
        />
        <NotesPanel articleId={article.id} notes={notes.map((note) => ({ id: note.id, body: note.body, authorName: note.authorName, at: formatDateTime(note.createdAt) }))} />
        {views ? <ArticleReadershipPanel views={views} /> : null}
      </div>
    </>
  );
}
