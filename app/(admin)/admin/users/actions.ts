"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/http";
import {
  ChangeRoleSchema,
  CreateUserInputSchema,
  DeleteUserSchema,
  ResetPasswordSchema,
  SetDisabledSchema,
  changeUserRole,
  createUserWithTemporaryPassword,
  deleteUser,
  resetUserPassword,
  setUserDisabled,
} from "@/lib/users/admin";
import { refreshPublicSite } from "@/lib/cache/revalidate";

/*
 * User administration (admins only). authedAction checks "user.manage" and
 * parses the input; the services check the policy again, run one transaction
 * each and write the audit row in it.
 */

function refresh(id?: string) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
}

/** The temporary password comes back this once, for the admin to hand over. */
export const createUserAction = authedAction({ action: "user.manage", schema: CreateUserInputSchema }, async (input, user) => {
  const created = await createUserWithTemporaryPassword({ actor: user, input });
  refresh();
  return { id: created.user.id, email: created.user.email, temporaryPassword: created.temporaryPassword };
});

export const changeRoleAction = authedAction({ action: "user.manage", schema: ChangeRoleSchema }, async (input, user) => {
  const saved = await changeUserRole({ actor: user, input });
  refresh(saved.id);
  return { id: saved.id, role: saved.role };
});

export const setDisabledAction = authedAction({ action: "user.manage", schema: SetDisabledSchema }, async (input, user) => {
  const saved = await setUserDisabled({ actor: user, input });
  refresh(saved.id);
  return { id: saved.id, disabled: !!saved.disabledAt };
});

export const resetPasswordAction = authedAction({ action: "user.manage", schema: ResetPasswordSchema }, async (input, user) => {
  const reset = await resetUserPassword({ actor: user, input });
  refresh(reset.user.id);
  return { id: reset.user.id, temporaryPassword: reset.temporaryPassword };
});

export const deleteUserAction = authedAction({ action: "user.manage", schema: DeleteUserSchema }, async (input, user) => {
  const result = await deleteUser({ actor: user, input });
  refresh();
  // Bylines moved to another author: article, author and list pages change.
  refreshPublicSite(["/tac-gia"]);
  return { email: result.deleted.email, articles: result.articles, bylines: result.bylines };
});
