import "server-only";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "@/lib/audit/ip";
import { signInWithPassword } from "@/lib/users/sign-in";
import { refuseMisconfigured } from "./config";

declare module "next-auth" {
  interface User {
    role?: string;
    sessionVersion?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 14;

/**
 * Too many failed attempts: refused before the password is checked. The login
 * action reads `retryAfterMinutes`; a direct POST to the credentials callback
 * is redirected to /login?error=CredentialsSignin&code=throttled.
 */
export class ThrottledError extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

/**
 * Auth.js with email + password (lib/auth/index.ts hands it to NextAuth). The
 * session is a signed, encrypted JWT cookie carrying only the user id and
 * session version; who the user is and what they may do is read from the
 * database on every request (getCurrentUser).
 */
export const authConfig = {
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  // Failed and refused sign-ins are in the audit log; they are not server errors.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      // Both the login form (through signIn) and a direct POST to /api/auth/callback/credentials end here.
      async authorize(credentials, request) {
        if (refuseMisconfigured()) return null;
        const result = await signInWithPassword({
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientIp(request.headers),
        });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledError(result.retryAfterMinutes);
          return null;
        }
        const { user } = result;
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
} satisfies NextAuthConfig;
