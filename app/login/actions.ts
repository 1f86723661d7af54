"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { ThrottledError, signIn } from "@/lib/auth";
import { LOGIN_WINDOW_MINUTES } from "@/lib/users/throttle";

export type LoginState = { error?: "invalid" | "failed" | "throttled"; minutes?: number; email?: string };

const LoginSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
  next: z.string().max(2048).optional(),
});

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | undefined) {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/admin";
}

/**
 * Public on purpose (it is the way in). Throttling, the password check and the
 * audit happen in the credentials provider (lib/auth), so a direct POST to
 * /api/auth/callback/credentials gets exactly the same treatment.
 */
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
      const email = parsed.data.email;
      if (error instanceof ThrottledError) return { error: "throttled", minutes: error.retryAfterMinutes, email };
      if ((error as { code?: unknown }).code === "throttled") return { error: "throttled", minutes: LOGIN_WINDOW_MINUTES, email };
      return { error: error.type === "CredentialsSignin" ? "invalid" : "failed", email };
    }
    throw error; // the redirect after a successful sign-in
  }
}
