"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { truncateForSnippet } from "./article-fields";

/** Hard limits (ArticleInputSchema) and what a results page shows before cutting. */
const TITLE_MAX = 120;
const DESCRIPTION_MAX = 320;
export const SNIPPET_TITLE = 60;
export const SNIPPET_DESCRIPTION = 160;

/**
 * The SEO title and description, with counters against what a search engine
 * shows, and a search result as it would look: the page title (SEO title or
 * the article's, with the site's name as the public page's <title> carries
 * it), the address, and the description (else the sapo), cut like a results
 * page cuts them.
 */
export function SeoFields({
  seoTitle,
  seoDescription,
  onChange,
  fallback,
  site,
  errors,
}: {
  seoTitle: string;
  seoDescription: string;
  onChange: (name: "seoTitle" | "seoDescription", value: string) => void;
  /** What the page uses when a field is empty. */
  fallback: { title: string; sapo: string; slug: string };
  site: { origin: string; name: string };
  errors: { seoTitle?: string; seoDescription?: string };
}) {
  const t = useTranslations("authoring.seo");
  const id = useId();
  const pageTitle = `${seoTitle.trim() || fallback.title.trim()} — ${site.name}`;
  const description = seoDescription.trim() || fallback.sapo.trim();
  let host = site.origin;
  try {
    host = new URL(site.origin).host;
  } catch {
    // Keep the origin as given.
  }

  function field(name: "seoTitle" | "seoDescription", label: string, current: string, max: number, recommended: number, placeholder: string) {
    const inputId = `${id}-${name}`;
    const over = current.trim().length > recommended;
    const error = errors[name];
    const props = {
      id: inputId,
      value: current,
      maxLength: max,
      placeholder,
      onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(name, event.target.value),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": [`${inputId}-count`, error ? `${inputId}-error` : null].filter(Boolean).join(" "),
    };
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        {name === "seoTitle" ? <input {...props} /> : <textarea rows={3} {...props} />}
        <p className="hint field-meta" id={`${inputId}-count`}>
          <span className={over ? "is-over" : undefined}>{t("count", { count: current.trim().length, recommended })}</span>
          {over ? <span>{t("over", { recommended })}</span> : null}
        </p>
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
      {field("seoTitle", t("title"), seoTitle, TITLE_MAX, SNIPPET_TITLE, t("titlePlaceholder"))}
      {field("seoDescription", t("description"), seoDescription, DESCRIPTION_MAX, SNIPPET_DESCRIPTION, t("descriptionPlaceholder"))}
      <section className="serp" aria-labelledby={`${id}-serp`}>
        <h3 className="serp-label" id={`${id}-serp`}>
          {t("snippet")}
        </h3>
        <div className="serp-site">
          <span className="serp-icon" aria-hidden="true">
            {site.name.slice(0, 1)}
          </span>
          <span>
            <span className="serp-name">{site.name}</span>
            <span className="serp-url">{[host, "bai-viet", fallback.slug || "…"].join(" › ")}</span>
          </span>
        </div>
        <p className="serp-title">{truncateForSnippet(pageTitle, SNIPPET_TITLE)}</p>
        {description ? (
          <p className="serp-description">{truncateForSnippet(description, SNIPPET_DESCRIPTION)}</p>
        ) : (
          <p className="serp-description is-missing">{t("noDescription")}</p>
        )}
      </section>
    </fieldset>
  );
}
