"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { ArticleJson } from "@/lib/articles/api";
import { formatDateTime } from "@/lib/text/dates";
import { RevisionDiff, bodyText, type Comparable } from "./RevisionDiff.client";

/**
 * Someone else saved while this user was editing: both versions, a readable
 * diff (theirs → mine), and two ways out — overwrite theirs with mine, or take
 * theirs. The form keeps the losing side as a revision either way. There is
 * no "cancel": a save would only meet the same conflict again.
 */
export function ConflictDialog({
  theirs,
  mine,
  busy,
  error,
  onOverwrite,
  onReload,
}: {
  theirs: ArticleJson;
  mine: Comparable;
  busy: boolean;
  error: string | null;
  onOverwrite: () => void;
  onReload: () => void;
}) {
  const t = useTranslations("authoring.conflict");
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [view, setView] = useState<"diff" | "side">("diff");

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const at = theirs.lastSaved ? formatDateTime(new Date(theirs.lastSaved.at)) : formatDateTime(new Date(theirs.updatedAt));
  const name = theirs.lastSaved?.by?.displayName;

  return (
    <dialog
      ref={dialog}
      className="conflict-dialog"
      style={{ width: "min(60rem, 95vw)", maxHeight: "90vh", overflowY: "auto" }}
      aria-labelledby={headingId}
      // Escape would leave the conflict unresolved: keep the dialog until the user chooses.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={headingId}>{t("title")}</h2>
      <p>{name ? t("intro", { name, time: at, version: theirs.version }) : t("introUnknown", { version: theirs.version })}</p>
      <p className="hint">{t("keep")}</p>
      <div role="group" aria-label={t("views")} className="conflict-views">
        <button type="button" className="btn" aria-pressed={view === "diff"} onClick={() => setView("diff")}>
          {t("diffView")}
        </button>
        <button type="button" className="btn" aria-pressed={view === "side"} onClick={() => setView("side")}>
          {t("sideView")}
        </button>
      </div>
      {view === "diff" ? (
        <RevisionDiff from={theirs} to={mine} legend={t("legend")} />
      ) : (
        <div className="conflict-side" style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(16rem, 1fr))", gap: "1rem" }}>
          {[
            { label: t("theirs"), state: theirs as Comparable },
            { label: t("mine"), state: mine },
          ].map(({ label, state }) => (
            <section key={label} aria-label={label}>
              <h3>{label}</h3>
              <p className="conflict-side-title">{state.title}</p>
              <p className="hint">{state.sapo}</p>
              <p className="revision-diff-text is-body" style={{ whiteSpace: "pre-wrap" }}>
                {bodyText(state.body)}
              </p>
            </section>
          ))}
        </div>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {t("failed", { error })}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={onOverwrite}>
          {t("overwrite")}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onReload}>
          {t("reload")}
        </button>
        {busy ? <span className="hint">{t("working")}</span> : null}
      </div>
    </dialog>
  );
}
