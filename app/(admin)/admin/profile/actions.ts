"use server";

import { revalidatePath } from "next/cache";
import { OWN_ACCOUNT, authedAction } from "@/lib/http";
import { ProfileSchema, updateOwnProfile } from "@/lib/users/profile";
import { refreshPublicSite } from "@/lib/cache/revalidate";

/** One's own display name, bio and avatar; the public author page is refreshed. */
export const updateProfileAction = authedAction({ action: OWN_ACCOUNT, schema: ProfileSchema }, async (input, user) => {
  const saved = await updateOwnProfile({ actor: user, input });
  refreshPublicSite(saved.changedPaths);
  revalidatePath("/admin/profile");
  return { slug: saved.slug };
});
