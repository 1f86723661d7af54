"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { TransitionSchema, addNote, transitionArticle } from "@/lib/articles/workflow";
import { authedAction } from "@/lib/http";
import { refreshPublicSite } from "@/lib/cache/revalidate";

/** Moves an article through the workflow; the policy decides per role and state. */
export const transitionArticleAction = authedAction(
  { action: "article.create", schema: TransitionSchema.extend({ id: z.uuid() }) },
  async ({ id, ...input }, user) => {
    const result = await transitionArticle({ actor: user, id, input });
    refreshPublicSite(result.changedPaths);
    revalidatePath(`/admin/articles/${id}`);
    revalidatePath("/admin");
    return { status: result.to, version: result.version };
  },
);

export const addNoteAction = authedAction(
  { action: "article.create", schema: z.object({ articleId: z.uuid(), body: z.string() }) },
  async ({ articleId, body }, user) => {
    const note = await addNote({ actor: user, articleId, input: { body } });
    revalidatePath(`/admin/articles/${articleId}`);
    return { id: note.id };
  },
);
