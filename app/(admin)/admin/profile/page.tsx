import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/admin/users/PasswordForm.client";
import { ProfileForm } from "@/components/admin/users/ProfileForm.client";
import { requirePageUser } from "@/lib/auth/page";
import { getOwnProfile } from "@/lib/users/profile";

type Props = { searchParams: Promise<{ "doi-mat-khau"?: string | string[] }> };

/** Everyone's own profile (display name, bio, avatar) and password. */
export default async function ProfilePage({ searchParams }: Props) {
  const user = await requirePageUser("/admin/profile");
  const profile = await getOwnProfile({ actor: user });
  const t = await getTranslations("users.profile");
  const passwordChanged = (await searchParams)["doi-mat-khau"] === "ok";
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {profile.slug ? (
        <p>
          <Link href={`/tac-gia/${profile.slug}`}>{t("authorPage")}</Link>
        </p>
      ) : null}
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{profile.email}</h2>
        <ProfileForm profile={{ displayName: profile.displayName, bio: profile.bio, avatarUrl: profile.avatarUrl }} />
      </section>
      <section className="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">{t("passwordTitle")}</h2>
        {passwordChanged ? (
          <div className="alert alert-ok" role="status">
            {t("passwordChanged")}
          </div>
        ) : null}
        <PasswordForm from="profile" />
      </section>
    </>
  );
}
