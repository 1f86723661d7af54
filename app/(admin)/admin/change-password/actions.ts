"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { OWN_ACCOUNT, authedAction } from "@/lib/http";
import { ChangePasswordSchema, changeOwnPassword } from "@/lib/users/profile";

const Schema = z.object({
  currentPassword: z.string(),
  newPassword: z.string(),
  confirmPassword: z.string(),
  /** Where the form was: the profile page returns there, the required change goes on to /admin. */
  from: z.enum(["profile", "required"]).default("required"),
});

/**
 * Changes one's own password (the only action allowed while a temporary
 * password must be replaced). Every session of the account ends — the
 * session version moves on — and this one is issued anew by signing in with
 * the new password, so the user stays signed in here and nowhere else.
 */
export const changePasswordAction = authedAction({ action: OWN_ACCOUNT, schema: Schema, duringPasswordChange: true }, async (input, user) => {
  const { from, ...fields } = input;
  const changed = await changeOwnPassword({ actor: user, input: ChangePasswordSchema.parse(fields) });
  try {
    await signIn("credentials", { email: changed.email, password: fields.newPassword, redirect: false });
  } catch {
    // Signed out everywhere, this session included: the form sends the user to /login.
    return { signedIn: false };
  }
  redirect(from === "profile" ? "/admin/profile?doi-mat-khau=ok" : "/admin");
});
