"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/(admin)/admin/tokens/actions";
import type { FieldErrors } from "@/lib/http";
import { fieldError } from "./fields";
import { OneTimeSecret } from "./OneTimeSecret.client";
import styles from "./users.module.css";

/** A new personal API token for an account; the token is shown once. */
export function CreateTokenForm({ owners, defaultOwner }: { owners: { id: string; label: string }[]; defaultOwner?: string }) {
  const t = useTranslations("users.tokens");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors | undefined>();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    setFieldErrors(undefined);
    setCreated(null);
    startTransition(async () => {
      const result = await createTokenAction({ userId: data.get("userId"), name: data.get("name") });
      if (!result.ok) {
        setError(result.error);
        setFieldErrors(result.fieldErrors);
        return;
      }
      setCreated({ name: result.data.name, token: result.data.token });
      form.current?.reset();
      router.refresh();
    });
  }

  const owner = fieldError(fieldErrors, "userId", "token-owner");
  const name = fieldError(fieldErrors, "name", "token-name");
  return (
    <section className="panel" aria-labelledby="create-token-heading">
      <h2 id="create-token-heading">{t("createTitle")}</h2>
      {error && !fieldErrors ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {created ? (
        <>
          <div className="alert alert-ok" role="status">
            {t("created", { name: created.name })}
          </div>
          <OneTimeSecret label={t("secretLabel")} value={created.token} hint={t("secretHint")} />
        </>
      ) : null}
      <form ref={form} onSubmit={submit} noValidate>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor="token-owner">{t("owner")}</label>
            <select id="token-owner" name="userId" defaultValue={defaultOwner ?? ""} {...owner.inputProps}>
              <option value="">{t("chooseOwner")}</option>
              {owners.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
            {owner.node}
          </div>
          <div className="field">
            <label htmlFor="token-name">{t("name")}</label>
            <input id="token-name" name="name" type="text" autoComplete="off" aria-describedby="token-name-hint" {...name.inputProps} />
            <p className="hint" id="token-name-hint">
              {t("nameHint")}
            </p>
            {name.node}
          </div>
        </div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? tCommon("working") : t("submit")}
        </button>
      </form>
    </section>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("users.tokens");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn"
        aria-label={t("revokeLabel", { name })}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("confirmRevoke", { name }))) return;
          startTransition(async () => {
            const result = await revokeTokenAction({ id });
            if (!result.ok) setError(result.error);
            else router.refresh();
          });
        }}
      >
        {t("revoke")}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
