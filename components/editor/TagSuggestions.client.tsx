"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { EntitySummary } from "@/lib/entities";
import { formatCalendarDate } from "@/lib/text/dates";
import { TAG_TYPES, type TagSuggestion } from "@/lib/tagging/types";

/** Wait this long after the last keystroke before asking again. */
const DEBOUNCE_MS = 600;
/** Shorter texts name nothing worth a request. */
const MIN_LENGTH = 3;

type Status = "idle" | "loading" | "ready" | "error";

const toTag = (suggestion: TagSuggestion): EntitySummary => ({
  id: suggestion.id,
  type: suggestion.type,
  slug: suggestion.slug,
  name: suggestion.name,
  hint: suggestion.hint,
});

/**
 * Tag suggestions beside the tag pickers: what the article's text mentions,
 * refreshed as it changes, grouped by type, one click to accept. Namesakes
 * are marked and never added by "Add all".
 */
export function TagSuggestions({
  text,
  date,
  accepted,
  onAccept,
}: {
  /** Title, sapo and body as plain text. */
  text: string;
  /** The article's date (ISO), for titles as of that day. */
  date?: string;
  /** Tags already on the article: not suggested again. */
  accepted: EntitySummary[];
  onAccept: (tags: EntitySummary[]) => void;
}) {
  const t = useTranslations("tagging");
  const tEntity = useTranslations("entity");
  const headingId = useId();
  const [suggestions, setSuggestions] = useState<TagSuggestion[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const trimmed = text.trim();
    const timer = setTimeout(
      async () => {
        request.current?.abort();
        if (trimmed.length < MIN_LENGTH) {
          setSuggestions([]);
          setStatus("idle");
          return;
        }
        const controller = new AbortController();
        request.current = controller;
        setStatus("loading");
        try {
          const response = await fetch("/api/admin/suggestions", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(date ? { text, date } : { text }),
            signal: controller.signal,
          });
          if (!response.ok) throw new Error(String(response.status));
          const body = (await response.json()) as { suggestions: TagSuggestion[] };
          setSuggestions(body.suggestions);
          setStatus("ready");
        } catch (error) {
          if ((error as Error).name !== "AbortError") setStatus("error");
        }
      },
      trimmed.length < MIN_LENGTH ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [text, date]);

  useEffect(() => () => request.current?.abort(), []);

  const taken = new Set(accepted.map((tag) => tag.id));
  const open = suggestions.filter((suggestion) => !taken.has(suggestion.id));
  const sure = open.filter((suggestion) => !suggestion.ambiguous);

  const describe = (suggestion: TagSuggestion) => {
    const { detail } = suggestion;
    const parts: string[] = [];
    if (suggestion.type === "person" && detail.title) parts.push(detail.title);
    if (suggestion.type === "place" && detail.kind) parts.push(tEntity(`placeKind.${detail.kind}` as "placeKind.country"));
    if (suggestion.type === "event") {
      if (detail.start) parts.push(detail.end && detail.end !== detail.start ? `${formatCalendarDate(detail.start)} – ${formatCalendarDate(detail.end)}` : formatCalendarDate(detail.start));
      if (detail.edition) parts.push(t("edition", { edition: detail.edition }));
    }
    if (detail.parent) parts.push(detail.parent);
    return parts.join(" · ");
  };

  return (
    <section className="panel tag-suggestions" aria-labelledby={headingId}>
      <h2 id={headingId} className="label" style={{ fontSize: "1rem", margin: "0 0 .25rem" }}>
        {t("title")}
      </h2>
      <p className="hint">{t("intro")}</p>
      <p className="hint" role="status" aria-live="polite">
        {status === "loading" ? t("loading") : status === "error" ? t("error") : status === "ready" && open.length === 0 ? t("empty") : ""}
      </p>
      {sure.length > 1 ? (
        <button type="button" className="btn" aria-label={t("addAllLabel", { count: sure.length })} onClick={() => onAccept(sure.map(toTag))}>
          {t("addAll")}
        </button>
      ) : null}
      {TAG_TYPES.map((type) => {
        const group = open.filter((suggestion) => suggestion.type === type);
        if (group.length === 0) return null;
        return (
          <div key={type} className="tag-suggestions-group">
            <h3 className="label" style={{ fontSize: ".9rem", margin: ".75rem 0 .25rem" }}>
              {t(`groups.${type}`)}
            </h3>
            <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {group.map((suggestion) => {
                const detail = describe(suggestion);
                return (
                  <li key={suggestion.id} style={{ display: "flex", gap: ".5rem", alignItems: "baseline", justifyContent: "space-between", padding: ".2rem 0" }}>
                    <span>
                      <strong>{suggestion.name}</strong>{" "}
                      <small className="hint">{suggestion.implied ? t("implied") : t("count", { count: suggestion.count })}</small>
                      {suggestion.ambiguous ? (
                        <>
                          {" "}
                          <small className="badge" style={{ color: "var(--danger, #a33)" }}>
                            {t("ambiguous")}
                          </small>
                        </>
                      ) : null}
                      {detail ? (
                        <>
                          <br />
                          <small className="hint">{detail}</small>
                        </>
                      ) : null}
                    </span>
                    <button
                      type="button"
                      className="btn"
                      // Namesakes need told-apart names: "Thêm thẻ Nguyễn Văn Minh (Đại tá, Chính ủy)".
                      aria-label={t("addLabel", { name: suggestion.ambiguous && detail ? `${suggestion.name} (${detail})` : suggestion.name })}
                      onClick={() => onAccept([toTag(suggestion)])}
                    >
                      {t("add")}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
