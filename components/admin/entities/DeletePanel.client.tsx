"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteEntityAction } from "@/app/(admin)/admin/entities/actions";
import type { EntitySummary } from "@/lib/entities";
import type { EntityUsage } from "@/lib/entities/remove";
import { EntityPicker } from "@/components/editor/EntityPicker.client";
import styles from "./entities.module.css";

/**
 * Delete, with the consequences spelled out: how many articles use it (then a
 * required choice: untag them or move them by merging) and which children are
 * detached. Shown to editors and admins only.
 */
export function DeletePanel({ entity, usage }: { entity: { id: string; type: EntitySummary["type"]; name: string }; usage: EntityUsage }) {
  const t = useTranslations("entitiesAdmin.delete");
  const router = useRouter();
  const [strategy, setStrategy] = useState<"untag" | "merge" | null>(null);
  const [target, setTarget] = useState<EntitySummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const tagged = usage.articleCount > 0;

  const detached = [
    usage.children.places ? t("childPlaces", { count: usage.children.places }) : null,
    usage.children.organizations ? t("childOrganizations", { count: usage.children.organizations }) : null,
    usage.children.events ? t("childEvents", { count: usage.children.events }) : null,
  ].filter((item): item is string => item !== null);

  function ask() {
    setError(null);
    if (tagged && !strategy) return setError(t("pickStrategy"));
    if (strategy === "merge" && !target) return setError(t("pickStrategy"));
    setConfirming(true);
  }

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await deleteEntityAction({
        id: entity.id,
        strategy: !tagged || !strategy ? undefined : strategy === "merge" ? { kind: "merge", targetId: target!.id } : { kind: "untag" },
      });
      if (!result.ok) {
        setConfirming(false);
        setError(result.fieldErrors?.targetId?.[0] ?? result.error);
        return;
      }
      if (result.data.mergedInto) {
        const kept = result.data.mergedInto;
        router.push(`/admin/entities/${kept.type}/${kept.id}?merged=${encodeURIComponent(entity.name)}`);
      } else {
        router.push(`/admin/entities/${entity.type}?deleted=${encodeURIComponent(entity.name)}`);
      }
    });
  }

  const confirmText =
    strategy === "merge" && target
      ? t("confirmMerge", { name: entity.name, count: usage.articleCount, target: target.name })
      : tagged
        ? t("confirmUntag", { name: entity.name, count: usage.articleCount })
        : t("confirm", { name: entity.name });

  return (
    <section className={`panel ${styles.danger}`} aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t("title")}</h2>
      <p className={styles.small}>{t("usage", { count: usage.articleCount, published: usage.publishedCount })}</p>
      {detached.length ? <p className={`hint ${styles.small}`}>{t("detach", { list: detached.join(", ") })}</p> : null}
      {tagged ? (
        <fieldset className={styles.choices}>
          <legend className={styles.small}>{t("strategy")}</legend>
          <label>
            <input
              type="radio"
              name="delete-strategy"
              checked={strategy === "untag"}
              onChange={() => {
                setStrategy("untag");
                setConfirming(false);
              }}
            />
            {t("untag", { count: usage.articleCount })}
          </label>
          <label>
            <input
              type="radio"
              name="delete-strategy"
              checked={strategy === "merge"}
              onChange={() => {
                setStrategy("merge");
                setConfirming(false);
              }}
            />
            {t("merge")}
          </label>
          {strategy === "merge" ? (
            <EntityPicker
              label={t("target")}
              type={entity.type}
              single
              value={target ? [target] : []}
              onChange={(next) => {
                setTarget(next[0] ?? null);
                setConfirming(false);
              }}
              excludeIds={[entity.id]}
            />
          ) : null}
        </fieldset>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {confirming ? (
        <div className={styles.confirm} role="alertdialog" aria-labelledby="delete-confirm">
          <p id="delete-confirm">{confirmText}</p>
          {detached.length ? <p className={styles.small}>{t("detach", { list: detached.join(", ") })}</p> : null}
          <div className="editor-actions">
            <button type="button" className={`btn ${styles.dangerButton}`} disabled={pending} onClick={remove}>
              {pending ? t("working") : t("confirmButton")}
            </button>
            <button type="button" className="btn" disabled={pending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={`btn ${styles.dangerButton}`} onClick={ask}>
          {t("submit")}
        </button>
      )}
    </section>
  );
}
