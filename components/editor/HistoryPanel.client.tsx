"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { ArticleState, RevisionKind } from "@/lib/articles/revisions";
import { formatDateTime } from "@/lib/text/dates";
import { RevisionDiff, type Comparable } from "./RevisionDiff.client";

/** A revision as GET …/revisions lists it. */
export interface RevisionRow {
  id: string;
  version: number;
  kind: RevisionKind;
  author: { id: string; displayName: string } | null;
  createdAt: string;
}

const CURRENT = "current";

/**
 * The article's revisions: who saved, when and how; a readable diff between
 * any two (or a revision and the text being edited); and restore, which saves
 * the revision as the article's new state (the form does it, see onRestore).
 */
export function HistoryPanel({
  articleId,
  refreshKey,
  current,
  restoringId,
  onRestore,
}: {
  articleId: string;
  /** Changes after every save: the list is fetched again. */
  refreshKey: number;
  /** The text being edited, to compare against. */
  current: Comparable;
  restoringId: string | null;
  onRestore: (revision: RevisionRow) => void;
}) {
  const t = useTranslations("authoring.history");
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [open, setOpen] = useState(false);
  const [revisions, setRevisions] = useState<RevisionRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<{ from?: string; to?: string }>({});
  const [snapshots, setSnapshots] = useState<Record<string, ArticleState>>({});

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    fetch(`/api/admin/v1/articles/${articleId}/revisions`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ revisions: RevisionRow[] }>) : Promise.reject(new Error(String(response.status)))))
      .then((body) => {
        if (cancelled) return;
        setRevisions(body.revisions);
        setFailed(false);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [open, articleId, refreshKey]);

  const list = revisions ?? [];
  const exists = (id: string | undefined) => !!id && (id === CURRENT || list.some((revision) => revision.id === id));
  const to = exists(chosen.to) ? chosen.to! : list.length > 1 ? list[0]!.id : CURRENT;
  const from = exists(chosen.from) && chosen.from !== CURRENT ? chosen.from! : list.length > 1 ? list[1]!.id : list[0]?.id;

  // Fetch the snapshots being compared (revisions never change once written, except a running autosave: refetched with the list).
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    for (const id of [from, to]) {
      if (!id || id === CURRENT) continue;
      fetch(`/api/admin/v1/articles/${articleId}/revisions/${id}`, { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<{ snapshot: ArticleState }>) : Promise.reject(new Error(String(response.status)))))
        .then((body) => {
          if (!cancelled) setSnapshots((known) => ({ ...known, [id]: body.snapshot }));
        })
        .catch(() => {
          if (!cancelled) setFailed(true);
        });
    }
    return () => {
      cancelled = true;
    };
  }, [open, articleId, from, to, refreshKey]);

  const describe = (revision: RevisionRow) => ({
    version: revision.version,
    kind: t(`kinds.${revision.kind}`),
    author: revision.author?.displayName ?? t("unknownAuthor"),
    time: formatDateTime(new Date(revision.createdAt)),
  });
  const stateOf = (id: string | undefined): Comparable | undefined => (id === CURRENT ? current : id ? snapshots[id] : undefined);
  const left = stateOf(from);
  const right = stateOf(to);

  return (
    <section className="panel history-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="label" style={{ fontSize: "1rem", margin: 0 }}>
        {t("title")}
      </h2>
      <button type="button" className="btn-link" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {open ? t("hide") : t("show")}
      </button>
      {open ? (
        <div>
          {failed ? (
            <p className="field-error">{t("error")}</p>
          ) : revisions === null ? (
            <p className="hint">{t("loading")}</p>
          ) : list.length === 0 ? (
            <p className="hint">{t("empty")}</p>
          ) : null}
          {list.length ? (
            <>
              <ol aria-label={t("list")} style={{ listStyle: "none", padding: 0, margin: ".5rem 0", maxHeight: "16rem", overflowY: "auto" }}>
                {list.map((revision) => {
                  const about = describe(revision);
                  return (
                    <li key={revision.id} style={{ display: "flex", gap: ".5rem", alignItems: "baseline", justifyContent: "space-between", padding: ".25rem 0" }}>
                      <span>{t("option", about)}</span>
                      <button
                        type="button"
                        className="btn"
                        disabled={restoringId !== null}
                        aria-label={t("restoreLabel", { version: revision.version, kind: about.kind, time: about.time })}
                        onClick={() => onRestore(revision)}
                      >
                        {restoringId === revision.id ? t("restoring") : t("restore")}
                      </button>
                    </li>
                  );
                })}
              </ol>
              <div className="field" style={{ display: "flex", flexWrap: "wrap", gap: ".5rem", alignItems: "center" }}>
                <label htmlFor={fromId}>{t("compareFrom")}</label>
                <select id={fromId} value={from ?? ""} onChange={(event) => setChosen((value) => ({ ...value, from: event.target.value }))}>
                  {list.map((revision) => (
                    <option key={revision.id} value={revision.id}>
                      {t("option", describe(revision))}
                    </option>
                  ))}
                </select>
                <label htmlFor={toId}>{t("compareTo")}</label>
                <select id={toId} value={to} onChange={(event) => setChosen((value) => ({ ...value, to: event.target.value }))}>
                  <option value={CURRENT}>{t("current")}</option>
                  {list.map((revision) => (
                    <option key={revision.id} value={revision.id}>
                      {t("option", describe(revision))}
                    </option>
                  ))}
                </select>
              </div>
              {left && right ? <RevisionDiff from={left} to={right} legend={t("legend")} /> : !failed ? <p className="hint">{t("loading")}</p> : null}
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
