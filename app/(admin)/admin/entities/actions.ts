"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http";
import { mergeEntities } from "@/lib/entities/merge";
import { createEntity, updateEntity } from "@/lib/entities/records";
import { DeleteStrategySchema, deleteEntity } from "@/lib/entities/remove";
import { refreshPublicSite } from "@/lib/cache/revalidate";

/*
 * The knowledge-graph admin's writes. Each goes through authedAction (user
 * from the database, policy check); the services check the policy again,
 * validate the record and return the public paths that changed.
 */


const CreateSchema = z.object({ input: z.record(z.string(), z.unknown()) });
const UpdateSchema = z.object({ id: z.uuid(), input: z.record(z.string(), z.unknown()) });

/** Warnings (an alias that is another entity's name) come back with the result: the save is not refused for them. */
export const createEntityAction = authedAction({ action: "entity.create", schema: CreateSchema }, async ({ input }, user) => {
  const saved = await createEntity({ actor: user, input });
  refreshPublicSite(saved.changedPaths);
  return { id: saved.id, type: saved.type, slug: saved.slug, name: saved.name, warnings: saved.warnings };
});

export const updateEntityAction = authedAction({ action: "entity.edit", schema: UpdateSchema }, async ({ id, input }, user) => {
  const saved = await updateEntity({ actor: user, id, input });
  refreshPublicSite(saved.changedPaths);
  return { id: saved.id, type: saved.type, slug: saved.slug, name: saved.name, warnings: saved.warnings };
});

const MergeSchema = z.object({
  sourceId: z.uuid("Mục cần gộp không hợp lệ."),
  targetId: z.uuid("Hãy chọn mục để gộp vào."),
});

export const mergeEntitiesAction = authedAction({ action: "entity.merge", schema: MergeSchema }, async (input, user) => {
  const merged = await mergeEntities({ actor: user, input });
  refreshPublicSite(merged.changedPaths);
  return { target: merged.target, source: merged.source, movedArticles: merged.movedArticles };
});

const DeleteSchema = z.object({
  id: z.uuid(),
  strategy: DeleteStrategySchema,
});

export const deleteEntityAction = authedAction({ action: "entity.delete", schema: DeleteSchema }, async ({ id, strategy }, user) => {
  const result = await deleteEntity({ actor: user, id, strategy });
  refreshPublicSite(result.changedPaths);
  return { deleted: result.deleted, outcome: result.outcome, mergedInto: result.mergedInto ?? null, articleCount: result.articleCount };
});
