import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { LoginForm } from "./LoginForm.client";

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentUser()) redirect("/admin");
  const t = await getTranslations();
  const messages = await getMessages();
  const { next } = await searchParams;
  return (
    <main className="login-page" id="main">
      <div className="login-card">
        <Link href="/" className="brand">
          {t("site.name")}
        </Link>
        <h1>{t("login.title")}</h1>
        <NextIntlClientProvider messages={{ login: messages.login }}>
          <LoginForm next={typeof next === "string" ? next : undefined} />
        </NextIntlClientProvider>
      </div>
    </main>
  );
}
