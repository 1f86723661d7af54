"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { mergeEntitiesAction } from "@/app/(admin)/admin/entities/actions";
import type { EntitySummary } from "@/lib/entities";
import { EntityPicker } from "@/components/editor/EntityPicker.client";
import styles from "./entities.module.css";

/** Merge this entity (the duplicate) into another of its type, after an explicit confirmation. Shown to editors and admins only. */
export function MergePanel({ source }: { source: { id: string; type: EntitySummary["type"]; name: string } }) {
  const t = useTranslations("entitiesAdmin.merge");
  const router = useRouter();
  const [target, setTarget] = useState<EntitySummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function merge() {
    if (!target) return;
    setError(null);
    startTransition(async () => {
      const result = await mergeEntitiesAction({ sourceId: source.id, targetId: target.id });
      if (!result.ok) {
        setConfirming(false);
        setError(result.fieldErrors?.targetId?.[0] ?? result.error);
        return;
      }
      const { target: kept } = result.data;
      router.push(`/admin/entities/${kept.type}/${kept.id}?merged=${encodeURIComponent(source.name)}`);
    });
  }

  return (
    <section className="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t("title")}</h2>
      <p className={`hint ${styles.small}`}>{t("intro")}</p>
      <EntityPicker
        label={t("target")}
        type={source.type}
        single
        value={target ? [target] : []}
        onChange={(next) => {
          setTarget(next[0] ?? null);
          setConfirming(false);
          setError(null);
        }}
        excludeIds={[source.id]}
        error={error ?? undefined}
      />
      {confirming && target ? (
        <div className={styles.confirm} role="alertdialog" aria-labelledby="merge-confirm">
          <p id="merge-confirm">{t("confirm", { source: source.name, target: target.name })}</p>
          <div className="editor-actions">
            <button type="button" className={`btn ${styles.dangerButton}`} disabled={pending} onClick={merge}>
              {pending ? t("working") : t("confirmButton")}
            </button>
            <button type="button" className="btn" disabled={pending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => {
            if (!target) setError(t("pickTarget"));
            else setConfirming(true);
          }}
        >
          {t("submit")}
        </button>
      )}
    </section>
  );
}
