"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createArticle, updateArticle } from "@/lib/articles";
import { authedAction } from "@/lib/http";

const SaveArticleSchema = z.object({
  id: z.uuid().optional(),
  intent: z.enum(["save", "publish"]),
  article: z.record(z.string(), z.unknown()),
});

/** Saves (and with intent "publish", publishes) an article, then refreshes the public pages it appears on. */
export const saveArticleAction = authedAction({ action: "article.create", schema: SaveArticleSchema }, async (input, user) => {
  const publish = input.intent === "publish";
  const saved = input.id
    ? await updateArticle({ actor: user, id: input.id, input: input.article, publish })
    : await createArticle({ actor: user, input: input.article, publish });
  for (const path of saved.changedPaths) revalidatePath(path);
  return { id: saved.id, slug: saved.slug, status: saved.status, version: saved.version };
});
