"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Cover } from "@/lib/articles";
import type { BylineRef, TagRef } from "@/lib/articles/revisions";
import type { ArticleStatus } from "@/lib/policy";
import { plainText } from "@/lib/richtext/plain-text";
import type { RichTextNode } from "@/lib/richtext/validate";
import { diffWords, hasChanges, type DiffPart } from "@/lib/text/diff";

/**
 * Two states of an article side by side in one reading: text changes inline
 * at word level (<del>/<ins>) for the title, sapo and body; tag changes as a
 * sentence ("Thêm nhân vật X, bỏ địa danh Y"); other fields as old → new.
 * Fields missing on either side (the form does not edit them) are not compared.
 */
export interface Comparable {
  title: string;
  sapo: string;
  body: RichTextNode;
  tags: TagRef[];
  slug?: string;
  section?: { id: string; name: string } | null;
  status?: ArticleStatus;
  authors?: BylineRef[];
  source?: string;
  sourceUrl?: string | null;
  cover?: Cover | null;
  seoTitle?: string;
  seoDescription?: string;
}

const TEXT_FIELDS = ["slug", "source", "sourceUrl", "seoTitle", "seoDescription"] as const;

const COVER_PARTS = ["src", "alt", "caption", "credit", "width", "height"] as const;

/** Covers compared part by part: stored JSON does not keep key order, and an empty part equals a missing one. */
function sameCover(a: Cover | null | undefined, b: Cover | null | undefined): boolean {
  if (!a || !b) return !a === !b;
  return COVER_PARTS.every((part) => String(a[part] ?? "") === String(b[part] ?? ""));
}

export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.op === "insert" ? (
          <ins key={index}>{part.text}</ins>
        ) : part.op === "delete" ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

export function bodyText(body: RichTextNode | null | undefined): string {
  return body ? plainText(body).replace(/\n{3,}/g, "\n\n").trim() : "";
}

export function RevisionDiff({ from, to, legend }: { from: Comparable; to: Comparable; legend?: string }) {
  const t = useTranslations("authoring.diff");
  const tStatus = useTranslations("admin.list.statuses");
  const texts = useMemo(
    () => ({
      title: diffWords(from.title, to.title),
      sapo: diffWords(from.sapo, to.sapo),
      body: diffWords(bodyText(from.body), bodyText(to.body)),
    }),
    [from, to],
  );

  const fromIds = new Set(from.tags.map((tag) => tag.id));
  const toIds = new Set(to.tags.map((tag) => tag.id));
  const tagChanges = [
    ...to.tags.filter((tag) => !fromIds.has(tag.id)).map((tag) => t("tagAdded", { type: t(`types.${tag.type}`), name: tag.name })),
    ...from.tags.filter((tag) => !toIds.has(tag.id)).map((tag) => t("tagRemoved", { type: t(`types.${tag.type}`), name: tag.name })),
  ];
  const tagSentence = tagChanges.length ? `${tagChanges.join(", ")}.`.replace(/^\p{Ll}/u, (first) => first.toLocaleUpperCase("vi")) : "";

  const show = (value: string | null | undefined) => (value ? value : t("empty"));
  const fieldChanges: { name: string; from: string; to: string }[] = [];
  for (const field of TEXT_FIELDS) {
    const a = from[field];
    const b = to[field];
    if (a !== undefined && b !== undefined && (a ?? "") !== (b ?? "")) fieldChanges.push({ name: t(`fieldNames.${field}`), from: show(a), to: show(b) });
  }
  if (from.section !== undefined && to.section !== undefined && (from.section?.id ?? null) !== (to.section?.id ?? null)) {
    fieldChanges.push({ name: t("fieldNames.section"), from: show(from.section?.name), to: show(to.section?.name) });
  }
  if (from.status !== undefined && to.status !== undefined && from.status !== to.status) {
    fieldChanges.push({ name: t("fieldNames.status"), from: tStatus(from.status), to: tStatus(to.status) });
  }
  if (from.authors && to.authors) {
    const a = from.authors.map((author) => author.displayName).join(", ");
    const b = to.authors.map((author) => author.displayName).join(", ");
    if (a !== b) fieldChanges.push({ name: t("fieldNames.authors"), from: show(a), to: show(b) });
  }
  if (from.cover !== undefined && to.cover !== undefined && !sameCover(from.cover, to.cover)) {
    const describe = (cover: Cover | null | undefined) => (cover ? [cover.src, cover.caption].filter(Boolean).join(" — ") : "");
    fieldChanges.push({ name: t("fieldNames.cover"), from: show(describe(from.cover)), to: show(describe(to.cover)) });
  }

  const textChanged = hasChanges(texts.title) || hasChanges(texts.sapo) || hasChanges(texts.body);
  if (!textChanged && !tagSentence && fieldChanges.length === 0) return <p className="hint revision-diff-none">{t("none")}</p>;

  return (
    <div className="revision-diff">
      {legend ? <p className="hint">{legend}</p> : null}
      {(["title", "sapo", "body"] as const).map((field) =>
        hasChanges(texts[field]) ? (
          <section key={field} className="revision-diff-field">
            <h4 style={{ margin: ".5rem 0 .25rem" }}>{t(field)}</h4>
            <p className={field === "body" ? "revision-diff-text is-body" : "revision-diff-text"} style={{ whiteSpace: "pre-wrap", margin: 0 }}>
              <DiffText parts={texts[field]} />
            </p>
          </section>
        ) : null,
      )}
      {tagSentence ? (
        <section className="revision-diff-field">
          <h4>{t("tags")}</h4>
          <p>{tagSentence}</p>
        </section>
      ) : null}
      {fieldChanges.length ? (
        <section className="revision-diff-field">
          <h4>{t("fields")}</h4>
          <dl>
            {fieldChanges.map((change) => (
              <div key={change.name}>
                <dt>{change.name}</dt>
                <dd>{t("change", { from: change.from, to: change.to })}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
