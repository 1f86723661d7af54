"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { loginAction, type LoginState } from "./actions";

export function LoginForm({ next, initialError }: { next?: string; initialError?: LoginState["error"] }) {
  const t = useTranslations("login");
  const tUsers = useTranslations("users.login");
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, { error: initialError });
  const message =
    state.error === "throttled"
      ? state.minutes
        ? tUsers("throttled", { minutes: state.minutes })
        : tUsers("throttledLater")
      : state.error
        ? t(state.error)
        : null;
  return (
    <form action={action} noValidate>
      {message ? (
        <div className="alert alert-error" role="alert">
          {message}
        </div>
      ) : null}
      <input type="hidden" name="next" value={next ?? ""} />
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="btn btn-primary" type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
