"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/http";
import { CreateTokenSchema, RevokeTokenSchema, createApiToken, revokeApiToken } from "@/lib/tokens";

/** Creates a personal API token; the plain token comes back this once. */
export const createTokenAction = authedAction({ action: "user.manage", schema: CreateTokenSchema }, async (input, user) => {
  const created = await createApiToken({ actor: user, input });
  revalidatePath("/admin/tokens");
  return created;
});

export const revokeTokenAction = authedAction({ action: "user.manage", schema: RevokeTokenSchema }, async (input, user) => {
  const revoked = await revokeApiToken({ actor: user, input });
  revalidatePath("/admin/tokens");
  return { id: revoked.id };
});
