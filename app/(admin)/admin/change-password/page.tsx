import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/admin/users/PasswordForm.client";
import { CHANGE_PASSWORD_PATH, requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

/**
 * Where a user with a temporary password is sent from every other admin page
 * until they choose their own. Others change their password on /admin/profile.
 */
export default async function ChangePasswordPage() {
  const user = await requirePageUser(CHANGE_PASSWORD_PATH, { duringPasswordChange: true });
  if (!user.mustChangePassword) redirect("/admin/profile");
  const t = await getTranslations("users.password");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p className="notice" role="status">
        {t("required")}
      </p>
      <PasswordForm from="required" />
    </section>
  );
}
