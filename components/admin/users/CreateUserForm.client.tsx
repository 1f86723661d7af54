"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { createUserAction } from "@/app/(admin)/admin/users/actions";
import type { FieldErrors } from "@/lib/http";
import type { Role } from "@/lib/policy";
import { fieldError } from "./fields";
import { OneTimeSecret } from "./OneTimeSecret.client";
import styles from "./users.module.css";

/** New account: email, display name, role; the temporary password is shown once below. */
export function CreateUserForm({ roles }: { roles: { value: Role; label: string }[] }) {
  const t = useTranslations("users.create");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors | undefined>();
  const [created, setCreated] = useState<{ email: string; temporaryPassword: string } | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    setFieldErrors(undefined);
    setCreated(null);
    startTransition(async () => {
      const result = await createUserAction({ email: data.get("email"), displayName: data.get("displayName"), role: data.get("role") });
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors);
        return;
      }
      setCreated({ email: result.data.email, temporaryPassword: result.data.temporaryPassword });
      form.current?.reset();
      router.refresh();
    });
  }

  const email = fieldError(fieldErrors, "email", "new-user-email");
  const name = fieldError(fieldErrors, "displayName", "new-user-name");
  const role = fieldError(fieldErrors, "role", "new-user-role");
  return (
    <section className="panel" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t("title")}</h2>
      <p className="hint">{t("intro")}</p>
      {error && !fieldErrors ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {created ? (
        <>
          <div className="alert alert-ok" role="status">
            {t("created", { email: created.email })}
          </div>
          <OneTimeSecret label={t("secretLabel")} value={created.temporaryPassword} hint={t("secretHint")} />
        </>
      ) : null}
      <form ref={form} onSubmit={submit} noValidate>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor="new-user-email">{t("email")}</label>
            <input id="new-user-email" name="email" type="email" autoComplete="off" required {...email.inputProps} />
            {email.node}
          </div>
          <div className="field">
            <label htmlFor="new-user-name">{t("displayName")}</label>
            <input id="new-user-name" name="displayName" type="text" autoComplete="off" required {...name.inputProps} />
            {name.node}
          </div>
          <div className="field">
            <label htmlFor="new-user-role">{t("role")}</label>
            <select id="new-user-role" name="role" defaultValue="writer" {...role.inputProps}>
              {roles.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {role.node}
          </div>
        </div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? tCommon("working") : t("submit")}
        </button>
      </form>
    </section>
  );
}
