import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page";
import { can } from "@/lib/policy";
import { logoutAction } from "./actions";
import "@/app/newsroom.css";

// Staff pages are per user: never cached or prerendered (the session check below reads cookies only at request time).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Quản trị", robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // The change-password page renders inside this layout too; every other page sends such a user there itself.
  const user = await requirePageUser("/admin", { duringPasswordChange: true });
  const t = await getTranslations("admin");
  const tUsers = await getTranslations("users");
  const tEntities = await getTranslations("entitiesAdmin");
  const tReadership = await getTranslations("readership");
  const messages = await getMessages();
  const locale = await getLocale();
  return (
    <div className="admin-shell" lang={locale}>
      <aside className="admin-side">
        <Link href="/admin" className="brand" style={{ color: "#fff", fontSize: "1.4rem" }}>
          Tòa Soạn
        </Link>
        <nav aria-label={t("nav")}>
          <ul>
            <li>
              <Link href="/admin">{t("dashboard")}</Link>
            </li>
            <li>
              <Link href="/admin/articles">{t("articles")}</Link>
            </li>
            {can(user, "article.create") ? (
              <li>
                <Link href="/admin/articles/new">{t("newArticle")}</Link>
              </li>
            ) : null}
            <li>
              <Link href="/admin/entities">{tEntities("nav")}</Link>
            </li>
            {can(user, "readership.read") ? (
              <li>
                <Link href="/admin/readership">{tReadership("nav")}</Link>
              </li>
            ) : null}
            {can(user, "user.manage") ? (
              <li>
                <Link href="/admin/users">{tUsers("nav.users")}</Link>
              </li>
            ) : null}
            {can(user, "audit.read") ? (
              <li>
                <Link href="/admin/audit">{tUsers("nav.audit")}</Link>
              </li>
            ) : null}
            <li>
              <Link href="/admin/profile">{tUsers("nav.profile")}</Link>
            </li>
            <li>
              <Link href="/">{t("viewSite")}</Link>
            </li>
          </ul>
        </nav>
        <div className="who">
          <p>{t("signedInAs", { name: user.displayName, role: t(`roles.${user.role}`) })}</p>
          <form action={logoutAction}>
            <button type="submit" className="btn-link">
              {t("logout")}
            </button>
          </form>
        </div>
      </aside>
      <main className="admin-main" id="main">
        <NextIntlClientProvider messages={{ editor: messages.editor, admin: messages.admin, entity: messages.entity, entitiesAdmin: messages.entitiesAdmin, tagging: messages.tagging, workflow: messages.workflow, editorContent: messages.editorContent, authoring: messages.authoring, users: messages.users }}>{children}</NextIntlClientProvider>
      </main>
    </div>
  );
}
