"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import type { BylineRef } from "@/lib/articles/revisions";
import { foldText } from "@/lib/text/slug";

/** Someone the article may be signed by (lib/users/staff.ts listBylineCandidates). */
export interface BylineOption {
  id: string;
  displayName: string;
}

/**
 * The article's bylines, in order: a numbered list (move up, move down,
 * remove) and a combobox over the newsroom's active writers that filters as
 * you type, diacritics optional ("thu ha" finds "Thu Hà"). Arrow keys move
 * through the options, Enter adds, Escape closes. The staff list is small and
 * comes with the page, so filtering needs no request.
 */
export function BylinePicker({
  candidates,
  value,
  onChange,
  error,
}: {
  candidates: BylineOption[];
  value: BylineRef[];
  onChange: (next: BylineRef[]) => void;
  error?: string;
}) {
  const t = useTranslations("authoring.bylines");
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-options`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const chosen = useMemo(() => new Set(value.map((author) => author.id)), [value]);
  const folded = useMemo(() => candidates.map((candidate) => ({ candidate, key: foldText(candidate.displayName) })), [candidates]);
  const options = useMemo(() => {
    const words = foldText(query).split(/\s+/).filter(Boolean);
    return folded.filter(({ candidate, key }) => !chosen.has(candidate.id) && words.every((word) => key.includes(word))).map(({ candidate }) => candidate);
  }, [folded, chosen, query]);
  const current = Math.min(active, Math.max(options.length - 1, 0));

  function add(option: BylineOption) {
    onChange([...value, { id: option.id, displayName: option.displayName }]);
    setQuery("");
    setActive(0);
  }

  /** Moves an author and keeps the keyboard focus on the button that was used, at the author's new place. */
  function move(index: number, by: -1 | 1) {
    const to = index + by;
    if (to < 0 || to >= value.length) return;
    const next = [...value];
    [next[index], next[to]] = [next[to]!, next[index]!];
    onChange(next);
    const authorId = value[index]!.id;
    const which = by < 0 ? "up" : "down";
    requestAnimationFrame(() => {
      const row = list.current?.querySelector<HTMLElement>(`[data-author="${authorId}"]`);
      const button = row?.querySelector<HTMLButtonElement>(`[data-move="${which}"]`);
      (button && !button.disabled ? button : row?.querySelector<HTMLButtonElement>("button:not(:disabled)"))?.focus();
    });
  }

  function remove(index: number) {
    onChange(value.filter((_, position) => position !== index));
    input.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive(Math.min(current + 1, Math.max(options.length - 1, 0)));
        break;
      case "ArrowUp":
        event.preventDefault();
        setActive(Math.max(current - 1, 0));
        break;
      case "Home":
      case "End":
        if (open && options.length) {
          event.preventDefault();
          setActive(event.key === "Home" ? 0 : options.length - 1);
        }
        break;
      case "Enter":
        if (open && options[current]) {
          event.preventDefault();
          add(options[current]);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        break;
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="picker">
      <label htmlFor={inputId} className="label">
        {t("label")}
      </label>
      {value.length > 0 ? (
        <ol className="byline-list" aria-label={t("list")} ref={list}>
          {value.map((author, index) => (
            <li key={author.id} data-author={author.id}>
              <span className="byline-name">{author.displayName}</span>
              <button type="button" data-move="up" aria-label={t("up", { name: author.displayName })} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button
                type="button"
                data-move="down"
                aria-label={t("down", { name: author.displayName })}
                disabled={index === value.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button type="button" aria-label={t("remove", { name: author.displayName })} onClick={() => remove(index)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="picker-combo">
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[current] ? `${id}-opt-${options[current].id}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={t("placeholder")}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {open ? (
          <ul className="picker-options" id={listId} role="listbox" aria-label={t("label")}>
            {options.length === 0 ? (
              <li role="presentation" className="hint">
                {chosen.size === candidates.length ? t("all") : t("none")}
              </li>
            ) : (
              options.map((option, index) => (
                <li
                  key={option.id}
                  id={`${id}-opt-${option.id}`}
                  role="option"
                  aria-selected={index === current}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    add(option);
                  }}
                >
                  {option.displayName}
                </li>
              ))
            )}
          </ul>
        ) : null}
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t("hint")}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
