"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { EntitySummary } from "@/lib/entities";
import { formatCalendarDate } from "@/lib/text/dates";

type EntityType = EntitySummary["type"];

/**
 * An entity picker: an accessible combobox over GET /api/admin/entities that
 * searches people, places, organizations, events or series as you type
 * (diacritics optional) and shows the chosen ones as removable chips, each
 * with its hint (a person's title, a place's kind, an event's date) so
 * namesakes can be told apart.
 *
 * Without `label` it is the article editor's tag picker for `type` (labelled
 * "Nhân vật", "Địa danh" …); with one it is a reference field of the
 * knowledge-graph forms ("Quốc gia", "Gộp vào" …), optionally holding a
 * `single` value and never offering `excludeIds` (the record itself).
 */
export function EntityPicker({
  type,
  value,
  onChange,
  error,
  label,
  single = false,
  excludeIds = [],
  hint,
}: {
  type: EntityType;
  value: EntitySummary[];
  onChange: (next: EntitySummary[]) => void;
  error?: string;
  /** The field's label; the tag label for `type` when omitted. */
  label?: string;
  /** One value: picking replaces it. */
  single?: boolean;
  excludeIds?: string[];
  hint?: string;
}) {
  const tTags = useTranslations("editor.pickers");
  const tRefs = useTranslations("entitiesAdmin.picker");
  const tEntity = useTranslations("entity");
  const isTag = label === undefined;
  const name = label ?? tTags(type);
  const placeholder = isTag ? tTags("search", { type: name.toLowerCase() }) : tRefs("search");
  const removeLabel = (entityName: string) => (isTag ? tTags("remove", { name: entityName }) : tRefs("remove", { name: entityName }));
  const describe = (entity: EntitySummary) => {
    if (!entity.hint) return "";
    if (entity.type === "place") return tEntity(`placeKind.${entity.hint}` as "placeKind.country");
    if (entity.type === "event") return formatCalendarDate(entity.hint);
    return entity.hint;
  };
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<EntitySummary[]>([]);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setLoading(true);
      try {
        const params = new URLSearchParams({ type, q: query, limit: "10" });
        const response = await fetch(`/api/admin/entities?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: EntitySummary[] };
        setResults(body.results);
        setActive(0);
      } catch (err) {
        if ((err as Error).name !== "AbortError") setResults([]);
      } finally {
        if (request.current === controller) setLoading(false);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, open, type]);

  const hidden = new Set([...excludeIds, ...value.map((entity) => entity.id)]);
  const options = results.filter((entity) => !hidden.has(entity.id));

  function pick(entity: EntitySummary) {
    onChange(single ? [entity] : [...value, entity]);
    setQuery("");
    setActive(0);
    if (single) setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter") {
      if (open && options[active]) {
        event.preventDefault();
        pick(options[active]);
      }
    } else if (event.key === "Escape") {
      if (open) event.preventDefault();
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="picker">
      <label htmlFor={`${id}-input`} className="label">
        {name}
      </label>
      {value.length > 0 ? (
        <ul className="picker-chips" aria-label={name}>
          {value.map((entity) => (
            <li key={entity.id}>
              <span>
                {entity.name}
                {entity.hint ? <small className="hint"> · {describe(entity)}</small> : null}
              </span>
              <button type="button" aria-label={removeLabel(entity.name)} onClick={() => onChange(value.filter((item) => item.id !== entity.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker-combo">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${options[active].id}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={placeholder}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {open ? (
          <ul className="picker-options" id={listId} role="listbox" aria-label={name}>
            {options.length === 0 ? (
              <li role="presentation" className="hint">
                {loading ? tTags("searching") : tTags("none")}
              </li>
            ) : (
              options.map((entity, index) => (
                <li
                  key={entity.id}
                  id={`${id}-opt-${entity.id}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(entity);
                  }}
                >
                  {entity.name}
                  {entity.hint ? <small>{describe(entity)}</small> : null}
                </li>
              ))
            )}
          </ul>
        ) : null}
      </div>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
