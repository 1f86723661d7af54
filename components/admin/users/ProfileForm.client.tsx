"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updateProfileAction } from "@/app/(admin)/admin/profile/actions";
import type { FieldErrors } from "@/lib/http";
import { fieldError } from "./fields";

export function ProfileForm({ profile }: { profile: { displayName: string; bio: string; avatarUrl: string | null } }) {
  const t = useTranslations("users.profile");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors | undefined>();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    setSaved(false);
    setFieldErrors(undefined);
    startTransition(async () => {
      const result = await updateProfileAction({ displayName: data.get("displayName"), bio: data.get("bio"), avatarUrl: data.get("avatarUrl") });
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors);
        return;
      }
      setSaved(true);
      router.refresh();
    });
  }

  const name = fieldError(fieldErrors, "displayName", "profile-name");
  const bio = fieldError(fieldErrors, "bio", "profile-bio");
  const avatar = fieldError(fieldErrors, "avatarUrl", "profile-avatar");
  return (
    <form onSubmit={submit} noValidate>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {saved ? (
        <div className="alert alert-ok" role="status">
          {t("saved")}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="profile-name">{t("displayName")}</label>
        <input id="profile-name" name="displayName" type="text" defaultValue={profile.displayName} required {...name.inputProps} />
        {name.node}
      </div>
      <div className="field">
        <label htmlFor="profile-bio">{t("bio")}</label>
        <textarea id="profile-bio" name="bio" rows={5} defaultValue={profile.bio} {...bio.inputProps} />
        {bio.node}
      </div>
      <div className="field">
        <label htmlFor="profile-avatar">{t("avatarUrl")}</label>
        <input id="profile-avatar" name="avatarUrl" type="text" inputMode="url" defaultValue={profile.avatarUrl ?? ""} aria-describedby="profile-avatar-hint" {...avatar.inputProps} />
        <p className="hint" id="profile-avatar-hint">
          {t("avatarHint")}
        </p>
        {avatar.node}
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? tCommon("working") : t("submit")}
      </button>
    </form>
  );
}
