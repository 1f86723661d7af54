import { setRequestLocale } from "next-intl/server";
import { ArticleBreadcrumb, ArticleView } from "@/components/site/ArticleView";
import { PUBLIC_LOCALE } from "@/i18n/public";
import type { PublicArticle } from "@/lib/articles";

/**
 * The editor's preview, rendered on the server: the public article page's
 * frame (breadcrumb and the narrow article column) around ArticleView, the very
 * component the public page renders — in the reader's language, whatever the
 * editor's. The links are the page's, but the preview dialog does not follow them.
 */
export async function ArticlePreview({ article }: { article: PublicArticle }) {
  setRequestLocale(PUBLIC_LOCALE);
  return (
    <article className="narrow" style={{ margin: "0 auto" }}>
      <ArticleBreadcrumb article={article} />
      <ArticleView article={article} />
    </article>
  );
}
