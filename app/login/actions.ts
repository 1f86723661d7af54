"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";

export type LoginState = { error?: "invalid" | "failed"; email?: string };

const LoginSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
  next: z.string().max(2048).optional(),
});

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | undefined) {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/admin";
}

export async function loginAction(_state: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "invalid" };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNext(parsed.data.next),
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      return { error: error.type === "CredentialsSignin" ? "invalid" : "failed", email: parsed.data.email };
    }
    throw error; // the redirect after a successful sign-in
  }
}
