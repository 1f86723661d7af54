import "server-only";
import NextAuth from "next-auth";
import { cache } from "react";
import { loadSessionUser, type SessionUser } from "@/lib/users";
import { refuseMisconfigured } from "./config";
import { authConfig } from "./credentials";

export { authConfigured } from "./config";
export { SESSION_MAX_AGE_SECONDS, ThrottledError } from "./credentials";

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

/**
 * The signed-in user, freshly loaded: null when anonymous, disabled, the
 * session is outdated — or the auth configuration is broken (a missing secret
 * in production, Auth.js failing): the doors lock, they never open.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  if (refuseMisconfigured()) return null;
  let session;
  try {
    session = await auth();
  } catch {
    return null;
  }
  const id = session?.user?.id;
  const sessionVersion = (session as { sv?: unknown } | null)?.sv;
  if (!id || typeof sessionVersion !== "number") return null;
  return loadSessionUser(id, sessionVersion);
});
