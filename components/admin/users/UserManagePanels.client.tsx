"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { changeRoleAction, deleteUserAction, resetPasswordAction, setDisabledAction } from "@/app/(admin)/admin/users/actions";
import type { Role } from "@/lib/policy";
import { OneTimeSecret } from "./OneTimeSecret.client";
import styles from "./users.module.css";

type Feedback = { kind: "ok" | "error"; text: string } | null;

function Message({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return (
    <div className={`alert ${feedback.kind === "ok" ? "alert-ok" : "alert-error"}`} role={feedback.kind === "ok" ? "status" : "alert"}>
      {feedback.text}
    </div>
  );
}

interface Props {
  user: { id: string; displayName: string; email: string; role: Role; disabled: boolean };
  roles: { value: Role; label: string }[];
  heirs: { id: string; label: string }[];
  isSelf: boolean;
}

/** An admin's controls for one account: role, status, password reset, deletion with reassignment. */
export function UserManagePanels({ user, roles, heirs, isSelf }: Props) {
  return (
    <div className={styles.panels}>
      <RolePanel user={user} roles={roles} />
      {isSelf ? null : <StatusPanel user={user} />}
      <ResetPanel user={user} />
      {isSelf ? null : <DeletePanel user={user} heirs={heirs} />}
    </div>
  );
}

function RolePanel({ user, roles }: Pick<Props, "user" | "roles">) {
  const t = useTranslations("users.role");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section className="panel" aria-labelledby="role-heading">
      <h2 id="role-heading">{t("title")}</h2>
      <Message feedback={feedback} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setFeedback(null);
          startTransition(async () => {
            const result = await changeRoleAction({ id: user.id, role });
            setFeedback(result.ok ? { kind: "ok", text: t("saved") } : { kind: "error", text: result.fieldErrors?.role?.[0] ?? result.error });
            if (result.ok) router.refresh();
          });
        }}
      >
        <div className="field">
          <label htmlFor="user-role">{t("label")}</label>
          <select id="user-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {roles.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn" disabled={pending || role === user.role}>
          {pending ? tCommon("working") : t("submit")}
        </button>
      </form>
    </section>
  );
}

function StatusPanel({ user }: Pick<Props, "user">) {
  const t = useTranslations("users.disable");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  const disable = !user.disabled;
  return (
    <section className="panel" aria-labelledby="status-heading">
      <h2 id="status-heading">{t("title")}</h2>
      <Message feedback={feedback} />
      {disable ? <p className="hint">{t("disableHint")}</p> : null}
      <button
        type="button"
        className={disable ? `btn ${styles.dangerButton}` : "btn"}
        disabled={pending}
        onClick={() => {
          setFeedback(null);
          startTransition(async () => {
            const result = await setDisabledAction({ id: user.id, disabled: disable });
            setFeedback(result.ok ? { kind: "ok", text: disable ? t("disabled") : t("enabled") } : { kind: "error", text: result.error });
            if (result.ok) router.refresh();
          });
        }}
      >
        {pending ? tCommon("working") : disable ? t("disable") : t("enable")}
      </button>
    </section>
  );
}

function ResetPanel({ user }: Pick<Props, "user">) {
  const t = useTranslations("users.reset");
  const tCreate = useTranslations("users.create");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section className="panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      <Message feedback={feedback} />
      {secret ? <OneTimeSecret label={tCreate("secretLabel")} value={secret} hint={tCreate("secretHint")} /> : null}
      <button
        type="button"
        className="btn"
        disabled={pending}
        onClick={() => {
          setFeedback(null);
          setSecret(null);
          startTransition(async () => {
            const result = await resetPasswordAction({ id: user.id });
            if (!result.ok) {
              setFeedback({ kind: "error", text: result.error });
              return;
            }
            setFeedback({ kind: "ok", text: t("done") });
            setSecret(result.data.temporaryPassword);
            router.refresh();
          });
        }}
      >
        {pending ? tCommon("working") : t("submit")}
      </button>
    </section>
  );
}

function DeletePanel({ user, heirs }: Pick<Props, "user" | "heirs">) {
  const t = useTranslations("users.delete");
  const tCommon = useTranslations("users.common");
  const router = useRouter();
  const [heir, setHeir] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const heirLabel = heirs.find((option) => option.id === heir)?.label ?? "";
  return (
    <section className={`panel ${styles.danger}`} aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="reassign-to">{t("reassignTo")}</label>
        <select
          id="reassign-to"
          value={heir}
          onChange={(event) => {
            setHeir(event.target.value);
            setConfirming(false);
            setError(null);
          }}
        >
          <option value="">{t("choose")}</option>
          {heirs.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {confirming ? (
        <div className={styles.confirm} role="alertdialog" aria-labelledby="delete-confirm">
          <p id="delete-confirm">{t("confirm", { name: user.displayName, target: heirLabel })}</p>
          <div className="editor-actions">
            <button
              type="button"
              className={`btn ${styles.dangerButton}`}
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await deleteUserAction({ id: user.id, reassignTo: heir });
                  if (!result.ok) {
                    setConfirming(false);
                    setError(result.fieldErrors?.reassignTo?.[0] ?? result.error);
                    return;
                  }
                  const { email, articles, bylines } = result.data;
                  router.push(`/admin/users?deleted=${encodeURIComponent(email)}&articles=${articles}&bylines=${bylines}`);
                })
              }
            >
              {pending ? tCommon("working") : t("confirmButton")}
            </button>
            <button type="button" className="btn" disabled={pending} onClick={() => setConfirming(false)}>
              {tCommon("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => {
            if (!heir) setError(t("pickTarget"));
            else setConfirming(true);
          }}
        >
          {t("submit")}
        </button>
      )}
    </section>
  );
}
