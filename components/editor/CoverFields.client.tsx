"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { isAllowedImageSrc } from "@/lib/richtext/urls";
import { COVER_LIMITS, EMPTY_COVER, type CoverDraft } from "./article-fields";

type Errors = Partial<Record<"cover" | "coverSrc" | "coverAlt" | "coverWidth" | "coverHeight", string>>;

/**
 * The cover figure: image address with a thumbnail, its description (needed
 * whenever there is an image), caption, credit and size. When the image loads,
 * its real size is offered for the width and height the page reserves.
 */
export function CoverFields({ value, onChange, errors }: { value: CoverDraft; onChange: (next: CoverDraft) => void; errors: Errors }) {
  const t = useTranslations("authoring.cover");
  const id = useId();
  const [loaded, setLoaded] = useState<{ src: string; width: number; height: number } | { src: string; broken: true } | null>(null);
  const set = (name: keyof CoverDraft, text: string) => onChange({ ...value, [name]: text });
  const src = value.src.trim();
  const showable = isAllowedImageSrc(src);
  const state = loaded && loaded.src === src ? loaded : null;
  const srcError = errors.coverSrc ?? errors.cover;

  function input(
    name: keyof CoverDraft,
    label: string,
    { error, hint, ...rest }: { error?: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement> = {},
  ) {
    const inputId = `${id}-${name}`;
    const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          value={value[name]}
          onChange={(event) => set(name, event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
        />
        {hint ? (
          <p className="hint" id={`${inputId}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" id={`${inputId}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <fieldset className="panel">
      <legend>{t("legend")}</legend>
      {showable ? (
        state && "broken" in state ? (
          <p className="cover-thumb is-broken" role="note">
            {t("broken")}
          </p>
        ) : (
          <figure className="cover-thumb">
            {/* eslint-disable-next-line @next/next/no-img-element -- any host the editor types; a thumbnail of it */}
            <img
              key={src}
              src={src}
              alt={t("thumb")}
              referrerPolicy="no-referrer"
              onLoad={(event) => setLoaded({ src, width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })}
              onError={() => setLoaded({ src, broken: true })}
            />
            <figcaption className="hint">{state ? t("natural", { width: state.width, height: state.height }) : t("loading")}</figcaption>
          </figure>
        )
      ) : null}
      {input("src", t("src"), { error: srcError, hint: t("srcHint"), inputMode: "url", maxLength: COVER_LIMITS.src, spellCheck: false, placeholder: "https://" })}
      {input("alt", t("alt"), { error: errors.coverAlt, maxLength: COVER_LIMITS.alt, "aria-required": src !== "" ? true : undefined })}
      {input("caption", t("caption"), { maxLength: COVER_LIMITS.caption })}
      {input("credit", t("credit"), { maxLength: COVER_LIMITS.credit, placeholder: t("creditPlaceholder") })}
      <div className="field-row">
        {input("width", t("width"), { error: errors.coverWidth, inputMode: "numeric", maxLength: 5 })}
        {input("height", t("height"), { error: errors.coverHeight, inputMode: "numeric", maxLength: 5 })}
      </div>
      <div className="cover-actions">
        {state && !("broken" in state) && (String(state.width) !== value.width.trim() || String(state.height) !== value.height.trim()) ? (
          <button type="button" className="btn-link" onClick={() => onChange({ ...value, width: String(state.width), height: String(state.height) })}>
            {t("useSize")}
          </button>
        ) : null}
        {Object.values(value).some((part) => part.trim() !== "") ? (
          <button type="button" className="btn-link" onClick={() => onChange(EMPTY_COVER)}>
            {t("clear")}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
