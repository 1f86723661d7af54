"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { transitionArticleAction } from "@/app/(admin)/admin/articles/[id]/actions";
import type { ArticleStatus } from "@/lib/policy";

export interface TransitionView {
  id: string;
  from: ArticleStatus;
  to: ArticleStatus;
  note: string;
  actorName: string | null;
  at: string;
}

/** Vietnam keeps UTC+7 all year: a datetime-local value (with or without seconds) read as Vietnam time. */
export function vietnamLocalToIso(value: string) {
  return `${value.length === 16 ? `${value}:00` : value}+07:00`;
}

export function WorkflowPanel({
  articleId,
  status,
  allowed,
  history,
}: {
  articleId: string;
  status: ArticleStatus;
  /** Targets the policy allows this user from the current state. */
  allowed: ArticleStatus[];
  history: TransitionView[];
}) {
  const t = useTranslations("workflow");
  const router = useRouter();
  const [note, setNote] = useState("");
  const [at, setAt] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function go(to: ArticleStatus) {
    setError(null);
    if (to === "scheduled" && !at) {
      setError(t("needTime"));
      return;
    }
    if (status === "in_review" && to === "draft" && !note.trim() && allowed.includes("published")) {
      setError(t("needNote"));
      return;
    }
    start(async () => {
      const result = await transitionArticleAction({ id: articleId, to, note, at: to === "scheduled" ? vietnamLocalToIso(at) : undefined });
      if (!result.ok) {
        setError(result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") : result.error);
        return;
      }
      setNote("");
      router.refresh();
    });
  }

  const actionLabel = (to: ArticleStatus) => {
    if (status === "in_review" && to === "draft") return allowed.includes("published") ? t("actions.return") : t("actions.withdraw");
    if (status === "published" && to === "draft") return t("actions.unpublish");
    if (status === "scheduled" && to === "draft") return t("actions.unschedule");
    if (status === "archived" && to === "draft") return t("actions.restore");
    return t(`actions.${to}`);
  };

  return (
    <section className="panel" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t("title")}</h2>
      <p>
        {t("current")} <strong className={`status status-${status}`}>{t(`status.${status}`)}</strong>
      </p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {allowed.length > 0 ? (
        <>
          <div className="field">
            <label htmlFor="workflow-note">{t("note")}</label>
            <textarea id="workflow-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          {allowed.includes("scheduled") ? (
            <div className="field">
              <label htmlFor="workflow-at">{t("scheduleAt")}</label>
              <input id="workflow-at" type="datetime-local" step={1} value={at} onChange={(event) => setAt(event.target.value)} />
              <p className="hint">{t("timeZone")}</p>
            </div>
          ) : null}
          <div className="editor-actions">
            {allowed.map((to) => (
              <button key={to} type="button" className={to === "published" ? "btn btn-primary" : "btn"} disabled={pending} onClick={() => go(to)}>
                {actionLabel(to)}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {history.length > 0 ? (
        <>
          <h3 className="hint">{t("history")}</h3>
          <ol className="plain-list">
            {history.map((item) => (
              <li key={item.id}>
                <span className="meta">{item.at}</span> · {item.actorName ?? t("system")}: {t(`status.${item.from}`)} → {t(`status.${item.to}`)}
                {item.note ? <blockquote className="note">{item.note}</blockquote> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
