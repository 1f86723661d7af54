"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { LIMITS, isAllowedImageSrc, youtubeIdFrom, youtubeThumbnail } from "@/lib/richtext/rules";
import { isAllowedHref, normalizeHref } from "@/lib/richtext/urls";
import { formatDateTime } from "@/lib/text/dates";

export type InsertDialogKind = "link" | "figure" | "youtube" | "related";

/**
 * The dialogs behind the toolbar's and the slash menu's insert buttons. Each
 * is a native modal <dialog> (focus moves in, Escape closes, focus returns);
 * none has a <form>, so Enter never submits the article form around the
 * editor.
 */
export function InsertDialog({ kind, editor, articleId, onClose }: { kind: InsertDialogKind; editor: Editor; articleId?: string; onClose: () => void }) {
  switch (kind) {
    case "link":
      return <LinkDialog editor={editor} onClose={onClose} />;
    case "figure":
      return <FigureDialog editor={editor} onClose={onClose} />;
    case "youtube":
      return <YoutubeDialog editor={editor} onClose={onClose} />;
    case "related":
      return <RelatedDialog editor={editor} articleId={articleId} onClose={onClose} />;
  }
}

function Modal({ title, onClose, children, footer }: { title: string; onClose: () => void; children: ReactNode; footer: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="rte-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="rte-dialog-actions">{footer}</div>
    </dialog>
  );
}

function Actions({ onCancel, onSubmit, submitLabel }: { onCancel: () => void; onSubmit: () => void; submitLabel?: string }) {
  const t = useTranslations("editorContent.dialog");
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        {t("cancel")}
      </button>
      <button type="button" className="btn btn-primary" onClick={onSubmit}>
        {submitLabel ?? t("insert")}
      </button>
    </>
  );
}

/** Enter in a dialog field runs the dialog's action instead of submitting the page's form. */
const onEnter = (action: () => void) => (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === "Enter") {
    event.preventDefault();
    action();
  }
};

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-describedby": describedBy, ...(error ? { "aria-invalid": true as const } : {}) })}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("editorContent.link");
  const id = useId();
  const [empty] = useState(() => editor.state.selection.empty);
  const [href, setHref] = useState(() => (editor.getAttributes("link").href as string | undefined) ?? "");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const value = normalizeHref(href);
    if (!isAllowedHref(value)) {
      setError(t("invalid"));
      return;
    }
    if (empty) {
      editor
        .chain()
        .focus()
        .insertContent({ type: "text", text: text.trim() || value, marks: [{ type: "link", attrs: { href: value } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
    }
    onClose();
  };
  return (
    <Modal title={t("dialogTitle")} onClose={onClose} footer={<Actions onCancel={onClose} onSubmit={submit} submitLabel={t("insert")} />}>
      <Field id={`${id}-href`} label={t("href")} error={error}>
        {(props) => <input {...props} type="url" inputMode="url" autoFocus value={href} onChange={(event) => setHref(event.target.value)} onKeyDown={onEnter(submit)} />}
      </Field>
      {empty ? (
        <Field id={`${id}-text`} label={t("text")}>
          {(props) => <input {...props} value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onEnter(submit)} />}
        </Field>
      ) : null}
    </Modal>
  );
}

function FigureDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("editorContent.figure");
  const id = useId();
  const [src, setSrc] = useState("");
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const [width, setWidth] = useState("");
  const [height, setHeight] = useState("");
  const [error, setError] = useState<string | null>(null);
  const validSrc = isAllowedImageSrc(src) ? src.trim() : null;

  // Known dimensions let the page reserve the image's space: read them from the image itself.
  useEffect(() => {
    if (!validSrc) return;
    const image = new Image();
    image.onload = () => {
      setWidth((current) => current || String(image.naturalWidth || ""));
      setHeight((current) => current || String(image.naturalHeight || ""));
    };
    image.src = validSrc;
    return () => {
      image.onload = null;
    };
  }, [validSrc]);

  const submit = () => {
    if (!validSrc) {
      setError(t("invalidSrc"));
      return;
    }
    const dimension = (value: string) => (/^\d{1,5}$/.test(value) && Number(value) > 0 && Number(value) <= LIMITS.dimension ? Number(value) : null);
    editor.chain().focus().insertFigure({ src: validSrc, alt, caption, credit, width: dimension(width), height: dimension(height) }).run();
    onClose();
  };
  return (
    <Modal title={t("dialogTitle")} onClose={onClose} footer={<Actions onCancel={onClose} onSubmit={submit} />}>
      <Field id={`${id}-src`} label={t("src")} hint={t("srcHint")} error={error}>
        {(props) => <input {...props} autoFocus value={src} onChange={(event) => setSrc(event.target.value)} onKeyDown={onEnter(submit)} />}
      </Field>
      {validSrc ? (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of what the editor typed
        <img className="rte-dialog-preview" src={validSrc} alt="" />
      ) : null}
      <Field id={`${id}-caption`} label={t("caption")}>
        {(props) => <input {...props} maxLength={LIMITS.caption} value={caption} onChange={(event) => setCaption(event.target.value)} onKeyDown={onEnter(submit)} />}
      </Field>
      <Field id={`${id}-credit`} label={t("credit")} hint={t("creditHint")}>
        {(props) => <input {...props} maxLength={LIMITS.credit} value={credit} onChange={(event) => setCredit(event.target.value)} onKeyDown={onEnter(submit)} />}
      </Field>
      <Field id={`${id}-alt`} label={t("alt")}>
        {(props) => <input {...props} maxLength={LIMITS.alt} value={alt} onChange={(event) => setAlt(event.target.value)} onKeyDown={onEnter(submit)} />}
      </Field>
      <div className="rte-dialog-row">
        <Field id={`${id}-width`} label={t("width")}>
          {(props) => <input {...props} inputMode="numeric" value={width} onChange={(event) => setWidth(event.target.value.replace(/\D/g, ""))} onKeyDown={onEnter(submit)} />}
        </Field>
        <Field id={`${id}-height`} label={t("height")}>
          {(props) => <input {...props} inputMode="numeric" value={height} onChange={(event) => setHeight(event.target.value.replace(/\D/g, ""))} onKeyDown={onEnter(submit)} />}
        </Field>
      </div>
    </Modal>
  );
}

function YoutubeDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("editorContent.youtube");
  const id = useId();
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const videoId = youtubeIdFrom(url);
  const submit = () => {
    if (!videoId) {
      setError(t("invalid"));
      return;
    }
    editor.chain().focus().insertYoutube(videoId).run();
    onClose();
  };
  return (
    <Modal title={t("dialogTitle")} onClose={onClose} footer={<Actions onCancel={onClose} onSubmit={submit} />}>
      <Field id={`${id}-url`} label={t("url")} hint={t("urlHint")} error={error}>
        {(props) => <input {...props} type="url" autoFocus value={url} onChange={(event) => setUrl(event.target.value)} onKeyDown={onEnter(submit)} />}
      </Field>
      {videoId ? (
        // eslint-disable-next-line @next/next/no-img-element -- the video's thumbnail, from i.ytimg.com
        <img className="rte-dialog-preview" src={youtubeThumbnail(videoId)} alt={t("preview", { id: videoId })} width={240} height={180} />
      ) : null}
    </Modal>
  );
}

interface ArticleResult {
  id: string;
  title: string;
  slug: string;
  status: string;
  publishedAt: string | null;
}

function RelatedDialog({ editor, articleId, onClose }: { editor: Editor; articleId?: string; onClose: () => void }) {
  const t = useTranslations("editorContent.related");
  const id = useId();
  const listId = `${id}-results`;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ArticleResult[]>([]);
  const [state, setState] = useState<"loading" | "idle" | "error">("loading");
  const [active, setActive] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      setState("loading");
      try {
        const params = new URLSearchParams({ q: query });
        if (articleId) params.set("exclude", articleId);
        const response = await fetch(`/api/admin/articles/lookup?${params}`, { signal: controller.signal, headers: { accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results?: ArticleResult[] };
        setResults(Array.isArray(body.results) ? body.results : []);
        setActive(0);
        setState("idle");
      } catch {
        if (!controller.signal.aborted) setState("error");
      }
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, articleId]);

  const pick = (result: ArticleResult | undefined) => {
    if (!result) return;
    editor.chain().focus().insertRelatedArticle({ articleId: result.id, title: result.title, slug: result.slug }).run();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && results.length) {
      event.preventDefault();
      setActive((active + 1) % results.length);
    } else if (event.key === "ArrowUp" && results.length) {
      event.preventDefault();
      setActive((active + results.length - 1) % results.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(results[active]);
    }
  };
  const message = state === "loading" ? t("searching") : state === "error" ? t("error") : results.length === 0 ? t("empty") : null;

  return (
    <Modal title={t("dialogTitle")} onClose={onClose} footer={<Actions onCancel={onClose} onSubmit={() => pick(results[active])} />}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t("search")}</label>
        <input
          id={`${id}-q`}
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results.length ? `${listId}-${active}` : undefined}
          autoComplete="off"
          autoFocus
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul className="rte-dialog-results" role="listbox" id={listId} aria-label={t("results")}>
        {results.map((result, index) => (
          <li
            key={result.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "is-active" : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(result)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="rte-popup-title">{result.title}</span>
            <span className="rte-popup-detail">
              {result.status === "published" && result.publishedAt ? formatDateTime(new Date(result.publishedAt)) : t("draft")} · /bai-viet/{result.slug}
            </span>
          </li>
        ))}
      </ul>
      {message ? (
        <p className="hint" role="status">
          {message}
        </p>
      ) : null}
    </Modal>
  );
}
