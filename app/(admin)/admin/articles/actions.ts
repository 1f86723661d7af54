"use server";

import { createElement } from "react";
import { z } from "zod";
import { ArticlePreview } from "@/components/editor/ArticlePreview";
import { buildArticlePreview } from "@/lib/articles/preview";
import { authedAction } from "@/lib/http";

const PreviewSchema = z.object({
  /** The article being edited; none on the new-article page. */
  id: z.uuid("Bài viết không hợp lệ.").optional(),
  /** The form's unsaved fields, as a save would send them. */
  article: z.record(z.string(), z.unknown(), "Cần có nội dung bài (article)."),
});

/**
 * The unsaved article rendered as the public page renders it (a React Server
 * Function may answer with UI): validated and checked like a save, nothing
 * written. Field errors come back as for a save.
 */
export const previewArticleAction = authedAction({ action: "article.create", schema: PreviewSchema }, async ({ id, article }, user) => {
  const preview = await buildArticlePreview({ actor: user, id, input: article });
  return createElement(ArticlePreview, { article: preview });
});
