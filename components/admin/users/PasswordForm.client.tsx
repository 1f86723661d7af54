"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { changePasswordAction } from "@/app/(admin)/admin/change-password/actions";
import type { FieldErrors } from "@/lib/http";
import { fieldError } from "./fields";

/**
 * Current password, new password twice. On success the action signs the user
 * in again and navigates on; if it could not, they are sent to /login.
 */
export function PasswordForm({ from }: { from: "profile" | "required" }) {
  const t = useTranslations("users.password");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors | undefined>();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    setFieldErrors(undefined);
    startTransition(async () => {
      const result = await changePasswordAction({
        currentPassword: data.get("currentPassword"),
        newPassword: data.get("newPassword"),
        confirmPassword: data.get("confirmPassword"),
        from,
      });
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors);
        return;
      }
      if (!result.data.signedIn) {
        window.alert(t("signInAgain"));
        router.push("/login");
      }
    });
  }

  const current = fieldError(fieldErrors, "currentPassword", "current-password");
  const next = fieldError(fieldErrors, "newPassword", "new-password");
  const confirm = fieldError(fieldErrors, "confirmPassword", "confirm-password");
  return (
    <form onSubmit={submit} noValidate>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="current-password">{t("current")}</label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required {...current.inputProps} />
        {current.node}
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("new")}</label>
        <input id="new-password" name="newPassword" type="password" autoComplete="new-password" minLength={12} required {...next.inputProps} />
        {next.node}
      </div>
      <div className="field">
        <label htmlFor="confirm-password">{t("confirm")}</label>
        <input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required {...confirm.inputProps} />
        {confirm.node}
      </div>
      <p className="hint">{t("rules")}</p>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? tCommon("working") : t("submit")}
      </button>
    </form>
  );
}
