"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { saveArticleAction } from "@/app/(admin)/admin/articles/actions";
import type { EntitySummary } from "@/lib/entities";
import type { ArticleStatus } from "@/lib/policy";
import type { FieldErrors } from "@/lib/http";
import type { RichTextNode } from "@/lib/richtext/validate";
import { articlePlainText } from "@/lib/tagging/plain-text";
import { formatDateTime } from "@/lib/text/dates";
import { EntityPicker } from "./EntityPicker.client";
import { RichTextEditor } from "./RichTextEditor.client";
import { TagSuggestions } from "./TagSuggestions.client";

const SAPO_MAX = 1000;
const TAG_TYPES = ["person", "place", "organization", "event", "series"] as const;

interface Initial {
  title: string;
  sapo: string;
  slug: string;
  sectionId: string | null;
  body: RichTextNode;
  tags: EntitySummary[];
  status: ArticleStatus;
  version: number;
}

export function ArticleForm({
  id,
  initial,
  sections,
  canPublish,
}: {
  id?: string;
  initial: Initial;
  sections: { id: string; name: string }[];
  canPublish: boolean;
}) {
  const t = useTranslations("editor");
  const tAdmin = useTranslations("admin.list");
  const router = useRouter();
  const [title, setTitle] = useState(initial.title);
  const [sapo, setSapo] = useState(initial.sapo);
  const [slug, setSlug] = useState(initial.slug);
  const [sectionId, setSectionId] = useState(initial.sectionId ?? "");
  const [body, setBody] = useState<RichTextNode>(initial.body);
  const [tags, setTags] = useState<EntitySummary[]>(initial.tags);
  const [status, setStatus] = useState(initial.status);
  const [publicSlug, setPublicSlug] = useState(initial.status === "published" ? initial.slug : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(intent: "save" | "publish") {
    setMessage(null);
    startTransition(async () => {
      const result = await saveArticleAction({
        id,
        intent,
        article: {
          title,
          sapo,
          slug: id ? slug : undefined,
          sectionId: sectionId || null,
          body,
          personIds: tags.filter((tag) => tag.type === "person").map((tag) => tag.id),
          placeIds: tags.filter((tag) => tag.type === "place").map((tag) => tag.id),
          eventIds: tags.filter((tag) => tag.type === "event").map((tag) => tag.id),
          organizationIds: tags.filter((tag) => tag.type === "organization").map((tag) => tag.id),
          seriesIds: tags.filter((tag) => tag.type === "series").map((tag) => tag.id),
        },
      });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ kind: "error", text: result.fieldErrors ? t("fixErrors") : result.error });
        return;
      }
      setErrors({});
      setStatus(result.data.status);
      setSlug(result.data.slug);
      if (result.data.status === "published") setPublicSlug(result.data.slug);
      setMessage({
        kind: "ok",
        text: intent === "publish" ? t("published") : t("saved", { time: formatDateTime(new Date()).slice(11) }),
      });
      if (!id) router.replace(`/admin/articles/${result.data.id}`);
      else router.refresh();
    });
  }

  const fieldError = (name: string) => errors[name]?.[0];
  const suggestionText = useMemo(() => articlePlainText(title, sapo, body), [title, sapo, body]);
  const acceptTags = (added: EntitySummary[]) =>
    setTags((current) => [...current, ...added.filter((tag) => !current.some((existing) => existing.id === tag.id))]);
  const published = status === "published";

  return (
    <form
      className="editor-layout"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit("save");
      }}
    >
      <div>
        {message ? (
          <div className={`alert ${message.kind === "ok" ? "alert-ok" : "alert-error"}`} role={message.kind === "ok" ? "status" : "alert"}>
            {message.text}
            {message.kind === "ok" && publicSlug ? (
              <>
                {" "}
                <Link href={`/bai-viet/${publicSlug}`}>{t("viewPublic")}</Link>
              </>
            ) : null}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="article-title">{t("title")}</label>
          <input
            id="article-title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={fieldError("title") ? true : undefined}
            aria-describedby={fieldError("title") ? "article-title-error" : undefined}
            maxLength={300}
            style={{ fontSize: "1.4rem", fontFamily: "var(--serif)" }}
          />
          {fieldError("title") ? (
            <p className="field-error" id="article-title-error">
              {fieldError("title")}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="article-sapo">{t("sapo")}</label>
          <textarea
            id="article-sapo"
            rows={3}
            value={sapo}
            onChange={(event) => setSapo(event.target.value)}
            aria-invalid={fieldError("sapo") ? true : undefined}
            aria-describedby="article-sapo-count"
          />
          <p className="hint" id="article-sapo-count">
            {t("sapoCount", { count: sapo.length, max: SAPO_MAX })}
          </p>
          {fieldError("sapo") ? <p className="field-error">{fieldError("sapo")}</p> : null}
        </div>
        <div className="field">
          <span className="label" id="article-body-label">
            {t("body")}
          </span>
          <RichTextEditor initial={initial.body} onChange={setBody} labelledBy="article-body-label" invalid={Boolean(fieldError("body"))} />
          {fieldError("body") ? <p className="field-error">{fieldError("body")}</p> : null}
        </div>
      </div>
      <div className="editor-side">
        <div className="panel">
          <p className="save-state">{t("status", { status: tAdmin(`statuses.${status}`) })}</p>
          <div className="editor-actions">
            <button type="submit" className="btn" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </button>
            {canPublish ? (
              <button type="button" className="btn btn-primary" disabled={pending} onClick={() => submit("publish")}>
                {published ? t("update") : t("publish")}
              </button>
            ) : null}
          </div>
        </div>
        <div className="panel">
          <div className="field">
            <label htmlFor="article-section">{t("section")}</label>
            <select id="article-section" value={sectionId} onChange={(event) => setSectionId(event.target.value)}>
              <option value="">{t("noSection")}</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
            {fieldError("sectionId") ? <p className="field-error">{fieldError("sectionId")}</p> : null}
          </div>
          {id ? (
            <div className="field">
              <label htmlFor="article-slug">{t("slug")}</label>
              <input
                id="article-slug"
                value={slug}
                onChange={(event) => setSlug(event.target.value)}
                aria-invalid={fieldError("slug") ? true : undefined}
                aria-describedby="article-slug-hint"
              />
              <p className="hint" id="article-slug-hint">
                {t("slugHint")}
              </p>
              {fieldError("slug") ? <p className="field-error">{fieldError("slug")}</p> : null}
            </div>
          ) : null}
        </div>
        <div className="panel">
          {TAG_TYPES.map((type) => (
            <EntityPicker
              key={type}
              type={type}
              value={tags.filter((tag) => tag.type === type)}
              onChange={(next) => setTags([...tags.filter((tag) => tag.type !== type), ...next])}
              error={fieldError(`${type}Ids`) ?? (type === "person" ? fieldError("tags") : undefined)}
            />
          ))}
        </div>
        <TagSuggestions text={suggestionText} accepted={tags} onAccept={acceptTags} />
      </div>
    </form>
  );
}
