import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { authenticate, loadSessionUser, type SessionUser } from "@/lib/users";

declare module "next-auth" {
  interface User {
    role?: string;
    sessionVersion?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 14;

/**
 * Auth.js with email + password. The session is a signed, encrypted JWT cookie
 * carrying only the user id and session version; who the user is and what they
 * may do is read from the database on every request (getCurrentUser).
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials) {
        const user = await authenticate(String(credentials?.email ?? ""), String(credentials?.password ?? ""));
        if (!user) return null;
        return { id: user.id, email: user.email, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as { sv?: unknown }).sv = token.sv;
      return session;
    },
  },
});

/** The signed-in user, freshly loaded: null when anonymous, disabled, or the session is outdated. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  let session;
  try {
    session = await auth();
  } catch {
    // A broken auth configuration must lock the doors, not open them.
    return null;
  }
  const id = session?.user?.id;
  const sessionVersion = (session as { sv?: unknown } | null)?.sv;
  if (!id || typeof sessionVersion !== "number") return null;
  return loadSessionUser(id, sessionVersion);
});
