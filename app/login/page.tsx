import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { LoginForm } from "./LoginForm.client";
import type { LoginState } from "./actions";
import "@/app/newsroom.css";

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

type SearchParams = { next?: string | string[]; error?: string | string[]; code?: string | string[] };

/** Auth.js sends failed direct sign-ins here as ?error=CredentialsSignin&code=… (or ?error=Configuration). */
function errorFromQuery({ error, code }: SearchParams): LoginState["error"] {
  if (typeof error !== "string") return undefined;
  if (error === "CredentialsSignin") return code === "throttled" ? "throttled" : "invalid";
  return "failed";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getCurrentUser()) redirect("/admin");
  const t = await getTranslations();
  const messages = await getMessages();
  const query = await searchParams;
  const usersMessages = messages.users as Record<string, unknown> | undefined;
  return (
    <main className="login-page" id="main">
      <div className="login-card">
        <Link href="/" className="brand">
          {t("site.name")}
        </Link>
        <h1>{t("login.title")}</h1>
        <NextIntlClientProvider messages={{ login: messages.login, users: { login: usersMessages?.login } }}>
          <LoginForm next={typeof query.next === "string" ? query.next : undefined} initialError={errorFromQuery(query)} />
        </NextIntlClientProvider>
      </div>
    </main>
  );
}
