"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { createEntityAction, updateEntityAction } from "@/app/(admin)/admin/entities/actions";
import type { EntitySummary } from "@/lib/entities";
import type { EntityFormValues } from "@/lib/entities/admin-queries";
import type { AliasWarning, EventStatus, PlaceKind } from "@/lib/entities/records";
import type { FieldErrors } from "@/lib/http";
import { EntityPicker } from "@/components/editor/EntityPicker.client";
import styles from "./entities.module.css";

type Keyed<T> = T & { key: number };
type Position = EntityFormValues["positions"][number];
type Change = EntityFormValues["history"][number];
type Participant = EntityFormValues["participants"][number];

interface State extends Omit<EntityFormValues, "aliases" | "positions" | "history" | "participants"> {
  aliases: Keyed<{ value: string }>[];
  positions: Keyed<Position>[];
  history: Keyed<Change>[];
  participants: Keyed<Participant>[];
}

// Stable React keys for rows that can be added and removed anywhere.
let lastKey = 0;
const keyed = <T extends object>(row: T): Keyed<T> => ({ ...row, key: ++lastKey });

function toState(values: EntityFormValues): State {
  return {
    ...values,
    aliases: values.aliases.map((value) => keyed({ value })),
    positions: values.positions.map(keyed),
    history: values.history.map(keyed),
    participants: values.participants.map(keyed),
  };
}

const idOf = (summary: EntitySummary | null) => summary?.id ?? null;
const number = (value: string) => (value.trim() === "" ? null : Number(value.trim().replace(",", ".")));

/** The form's state as the service's input (lib/entities/records NewEntitySchema). */
function toInput(state: State): Record<string, unknown> {
  const base = {
    type: state.type,
    name: state.name,
    slug: state.slug,
    aliases: state.aliases.map((alias) => alias.value),
    description: state.description,
  };
  switch (state.type) {
    case "person":
      return {
        ...base,
        imageUrl: state.imageUrl,
        countryId: idOf(state.country),
        positions: state.positions.map((p) => ({ title: p.title, rank: p.rank, organizationId: idOf(p.organization), from: p.from, to: p.to })),
      };
    case "place":
      return {
        ...base,
        kind: state.kind,
        parentId: idOf(state.parent),
        latitude: number(state.latitude),
        longitude: number(state.longitude),
        validFrom: state.validFrom,
        validTo: state.validTo,
        successorIds: state.successors.map((s) => s.id),
      };
    case "organization":
      return { ...base, countryId: idOf(state.country), parentId: idOf(state.parent) };
    case "event":
      return {
        ...base,
        seriesId: idOf(state.series),
        edition: number(state.edition),
        start: state.start,
        end: state.end,
        status: state.status,
        history: state.history.map((c) => ({ status: c.status, start: c.start, end: c.end, recordedOn: c.recordedOn, note: c.note })),
        placeIds: state.places.map((p) => p.id),
        participants: state.participants.map((p) => ({ personId: p.person?.id ?? "", role: p.role })),
      };
    default:
      return base;
  }
}

/**
 * Create or edit one entity of any type. Field messages come from the server
 * (zod and the domain rules); warnings about aliases are shown after a save.
 */
export function EntityForm({
  id,
  initial,
  initialWarnings = [],
  notice,
  placeKinds,
  eventStatuses,
}: {
  id?: string;
  initial: EntityFormValues;
  initialWarnings?: AliasWarning[];
  notice?: string;
  placeKinds: readonly PlaceKind[];
  eventStatuses: readonly EventStatus[];
}) {
  const t = useTranslations("entitiesAdmin.form");
  const tEntity = useTranslations("entity");
  const router = useRouter();
  const uid = useId();
  const [state, setState] = useState<State>(() => toState(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [warnings, setWarnings] = useState<AliasWarning[]>(initialWarnings);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(notice ? { kind: "ok", text: notice } : null);
  const [pending, startTransition] = useTransition();
  const type = state.type;

  const set = <K extends keyof State>(key: K, value: State[K]) => setState((current) => ({ ...current, [key]: value }));
  const error = (key: string) => errors[key]?.[0];
  const fieldId = (name: string) => `${uid}-${name}`;

  function updateRow<K extends "aliases" | "positions" | "history" | "participants">(key: K, index: number, patch: Partial<State[K][number]>) {
    setState((current) => ({ ...current, [key]: current[key].map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  }
  function removeRow(key: "aliases" | "positions" | "history" | "participants", index: number) {
    setState((current) => ({ ...current, [key]: current[key].filter((_, i) => i !== index) }));
  }

  function submit() {
    setMessage(null);
    startTransition(async () => {
      const input = toInput(state);
      const result = id ? await updateEntityAction({ id, input }) : await createEntityAction({ input });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ kind: "error", text: result.fieldErrors ? t("fixErrors") : result.error });
        return;
      }
      setErrors({});
      setWarnings(result.data.warnings);
      if (!id) {
        router.push(`/admin/entities/${result.data.type}/${result.data.id}?created=1`);
        return;
      }
      set("slug", result.data.slug);
      setMessage({ kind: "ok", text: t("saved") });
      router.refresh();
    });
  }

  const text = (name: keyof State & string, label: string, options: { hint?: string; errorKey?: string; type?: string; multiline?: boolean; inputMode?: "decimal" | "numeric" } = {}) => {
    const fid = fieldId(name);
    const err = error(options.errorKey ?? name);
    const described = [options.hint ? `${fid}-hint` : null, err ? `${fid}-error` : null].filter(Boolean).join(" ") || undefined;
    const common = {
      id: fid,
      value: state[name] as string,
      "aria-invalid": err ? true : undefined,
      "aria-describedby": described,
      onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, event.target.value as State[typeof name]),
    };
    return (
      <div className="field">
        <label htmlFor={fid}>{label}</label>
        {options.multiline ? <textarea rows={4} {...common} /> : <input type={options.type ?? "text"} inputMode={options.inputMode} {...common} />}
        {options.hint ? (
          <p className="hint" id={`${fid}-hint`}>
            {options.hint}
          </p>
        ) : null}
        {err ? (
          <p className="field-error" id={`${fid}-error`}>
            {err}
          </p>
        ) : null}
      </div>
    );
  };

  /** A text input inside a row: its id and error key carry the row's index ("positions.1.to"). */
  const rowText = (
    key: "positions" | "history" | "participants",
    index: number,
    name: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    options: { hint?: string; placeholder?: string; type?: string } = {},
  ) => {
    const fid = fieldId(`${key}-${index}-${name}`);
    const err = error(`${key}.${index}.${name}`);
    return (
      <div className="field">
        <label htmlFor={fid}>{label}</label>
        <input
          id={fid}
          type={options.type ?? "text"}
          value={value}
          placeholder={options.placeholder}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${fid}-error` : options.hint ? `${fid}-hint` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {options.hint && !err ? (
          <p className="hint" id={`${fid}-hint`}>
            {options.hint}
          </p>
        ) : null}
        {err ? (
          <p className="field-error" id={`${fid}-error`}>
            {err}
          </p>
        ) : null}
      </div>
    );
  };

  const sectionErrors = (key: string) => {
    const list = errors[key];
    return list?.length ? (
      <div role="alert">
        {list.map((item) => (
          <p key={item} className="field-error">
            {item}
          </p>
        ))}
      </div>
    ) : null;
  };

  const single = (value: EntitySummary | null) => (value ? [value] : []);
  const partialHint = t("partialHint");

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {message ? (
        <div className={`alert ${message.kind === "ok" ? "alert-ok" : "alert-error"}`} role={message.kind === "ok" ? "status" : "alert"}>
          {message.text}
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div className={`alert ${styles.warning}`} role="region" aria-label={t("warnings")}>
          <strong>{t("warnings")}</strong>
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.alias}-${warning.other.id}`}>
                {t("aliasWarning", { alias: warning.alias, type: tEntity(`type.${warning.other.type}`).toLowerCase(), name: warning.other.name })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {text("name", t("name"))}
      {text("slug", t("slug"), { hint: id ? t("slugHint") : t("slugHintNew") })}

      {type === "place" ? (
        <div className="field">
          <label htmlFor={fieldId("kind")}>{t("kind")}</label>
          <select
            id={fieldId("kind")}
            value={state.kind}
            onChange={(event) => set("kind", event.target.value as PlaceKind)}
            aria-invalid={error("kind") ? true : undefined}
          >
            {placeKinds.map((kind) => (
              <option key={kind} value={kind}>
                {tEntity(`placeKind.${kind}`)}
              </option>
            ))}
          </select>
          {error("kind") ? <p className="field-error">{error("kind")}</p> : null}
        </div>
      ) : null}

      <fieldset className={styles.group}>
        <legend>{t("aliases")}</legend>
        <p className="hint" style={{ marginBottom: ".5rem" }}>
          {t("aliasesHint")}
        </p>
        {state.aliases.map((alias, index) => (
          <div key={alias.key} className={styles.aliasRow}>
            <input
              aria-label={t("alias", { n: index + 1 })}
              value={alias.value}
              onChange={(event) => updateRow("aliases", index, { value: event.target.value })}
            />
            <button type="button" className={styles.remove} aria-label={t("removeAlias", { n: index + 1 })} onClick={() => removeRow("aliases", index)}>
              ×
            </button>
          </div>
        ))}
        {sectionErrors("aliases")}
        <button type="button" className="btn" onClick={() => set("aliases", [...state.aliases, keyed({ value: "" })])}>
          {t("addAlias")}
        </button>
      </fieldset>

      {type === "person" ? (
        <>
          {text("imageUrl", t("imageUrl"), { type: "url" })}
          <EntityPicker
            label={t("country")}
            type="place"
            single
            value={single(state.country)}
            onChange={(next) => set("country", next[0] ?? null)}
            error={error("countryId")}
          />
          {text("description", t("bio"), { multiline: true })}
          <fieldset className={styles.group}>
            <legend>{t("positions")}</legend>
            {sectionErrors("positions")}
            {state.positions.map((position, index) => (
              <fieldset key={position.key} className={styles.row}>
                <legend>{t("position", { n: index + 1 })}</legend>
                <div className={styles.grid}>
                  {rowText("positions", index, "title", t("positionTitle"), position.title, (value) => updateRow("positions", index, { title: value }))}
                  {rowText("positions", index, "rank", t("rank"), position.rank, (value) => updateRow("positions", index, { rank: value }))}
                </div>
                <EntityPicker
                  label={t("organization")}
                  type="organization"
                  single
                  value={single(position.organization)}
                  onChange={(next) => updateRow("positions", index, { organization: next[0] ?? null })}
                  error={error(`positions.${index}.organizationId`)}
                />
                <div className={styles.grid}>
                  {rowText("positions", index, "from", t("from"), position.from, (value) => updateRow("positions", index, { from: value }), { hint: partialHint })}
                  {rowText("positions", index, "to", t("to"), position.to, (value) => updateRow("positions", index, { to: value }), { hint: partialHint })}
                </div>
                <div className={styles.rowActions}>
                  <button type="button" className="btn-link" onClick={() => removeRow("positions", index)}>
                    {t("removePosition", { n: index + 1 })}
                  </button>
                </div>
              </fieldset>
            ))}
            <button
              type="button"
              className="btn"
              onClick={() => set("positions", [...state.positions, keyed({ title: "", rank: "", organization: null, from: "", to: "" })])}
            >
              {t("addPosition")}
            </button>
          </fieldset>
        </>
      ) : null}

      {type === "place" ? (
        <>
          <EntityPicker
            label={t("placeParent")}
            type="place"
            single
            value={single(state.parent)}
            onChange={(next) => set("parent", next[0] ?? null)}
            excludeIds={id ? [id] : []}
            error={error("parentId")}
          />
          <div className={styles.grid}>
            {text("latitude", t("latitude"), { inputMode: "decimal" })}
            {text("longitude", t("longitude"), { inputMode: "decimal" })}
            {text("validFrom", t("validFrom"), { type: "date" })}
            {text("validTo", t("validTo"), { type: "date" })}
          </div>
          <EntityPicker
            label={t("successors")}
            type="place"
            value={state.successors}
            onChange={(next) => set("successors", next)}
            excludeIds={id ? [id] : []}
            error={error("successorIds")}
            hint={t("successorsHint")}
          />
          {text("description", t("description"), { multiline: true })}
        </>
      ) : null}

      {type === "organization" ? (
        <>
          <EntityPicker
            label={t("country")}
            type="place"
            single
            value={single(state.country)}
            onChange={(next) => set("country", next[0] ?? null)}
            error={error("countryId")}
          />
          <EntityPicker
            label={t("organizationParent")}
            type="organization"
            single
            value={single(state.parent)}
            onChange={(next) => set("parent", next[0] ?? null)}
            excludeIds={id ? [id] : []}
            error={error("parentId")}
          />
          {text("description", t("description"), { multiline: true })}
        </>
      ) : null}

      {type === "series" ? text("description", t("description"), { multiline: true }) : null}

      {type === "event" ? (
        <>
          <div className={styles.grid}>
            <EntityPicker
              label={t("series")}
              type="series"
              single
              value={single(state.series)}
              onChange={(next) => set("series", next[0] ?? null)}
              error={error("seriesId")}
            />
            {text("edition", t("edition"), { inputMode: "numeric" })}
          </div>
          <div className={styles.grid}>
            {text("start", t("start"), { hint: partialHint })}
            {text("end", t("end"), { hint: partialHint })}
            <div className="field">
              <label htmlFor={fieldId("status")}>{t("status")}</label>
              <select id={fieldId("status")} value={state.status} onChange={(event) => set("status", event.target.value as EventStatus)}>
                {eventStatuses.map((status) => (
                  <option key={status} value={status}>
                    {tEntity(`eventStatus.${status}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <fieldset className={styles.group}>
            <legend>{t("history")}</legend>
            <p className="hint">{t("historyHint")}</p>
            {sectionErrors("history")}
            {state.history.map((change, index) => (
              <fieldset key={change.key} className={styles.row}>
                <legend>{t("historyItem", { n: index + 1 })}</legend>
                <div className={styles.grid}>
                  <div className="field">
                    <label htmlFor={fieldId(`history-${index}-status`)}>{t("status")}</label>
                    <select
                      id={fieldId(`history-${index}-status`)}
                      value={change.status}
                      onChange={(event) => updateRow("history", index, { status: event.target.value as EventStatus })}
                    >
                      {eventStatuses.map((status) => (
                        <option key={status} value={status}>
                          {tEntity(`eventStatus.${status}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  {rowText("history", index, "start", t("start"), change.start, (value) => updateRow("history", index, { start: value }), { hint: partialHint })}
                  {rowText("history", index, "end", t("end"), change.end, (value) => updateRow("history", index, { end: value }), { hint: partialHint })}
                  {rowText("history", index, "recordedOn", t("recordedOn"), change.recordedOn, (value) => updateRow("history", index, { recordedOn: value }), {
                    type: "date",
                  })}
                </div>
                {rowText("history", index, "note", t("note"), change.note, (value) => updateRow("history", index, { note: value }))}
                <div className={styles.rowActions}>
                  <button type="button" className="btn-link" onClick={() => removeRow("history", index)}>
                    {t("removeHistory", { n: index + 1 })}
                  </button>
                </div>
              </fieldset>
            ))}
            <button
              type="button"
              className="btn"
              onClick={() => set("history", [...state.history, keyed({ status: state.status, start: state.start, end: state.end, recordedOn: "", note: "" })])}
            >
              {t("addHistory")}
            </button>
          </fieldset>
          <EntityPicker label={t("places")} type="place" value={state.places} onChange={(next) => set("places", next)} error={error("placeIds")} />
          <fieldset className={styles.group}>
            <legend>{t("participants")}</legend>
            {sectionErrors("participants")}
            {state.participants.map((participant, index) => (
              <fieldset key={participant.key} className={styles.row}>
                <legend>{t("participant", { n: index + 1 })}</legend>
                <div className={styles.grid}>
                  <EntityPicker
                    label={t("person")}
                    type="person"
                    single
                    value={single(participant.person)}
                    onChange={(next) => updateRow("participants", index, { person: next[0] ?? null })}
                    error={error(`participants.${index}.personId`)}
                  />
                  {rowText("participants", index, "role", t("role"), participant.role, (value) => updateRow("participants", index, { role: value }), {
                    placeholder: t("rolePlaceholder"),
                  })}
                </div>
                <div className={styles.rowActions}>
                  <button type="button" className="btn-link" onClick={() => removeRow("participants", index)}>
                    {t("removeParticipant", { n: index + 1 })}
                  </button>
                </div>
              </fieldset>
            ))}
            <button type="button" className="btn" onClick={() => set("participants", [...state.participants, keyed({ person: null, role: "" })])}>
              {t("addParticipant")}
            </button>
          </fieldset>
          {text("description", t("description"), { multiline: true })}
        </>
      ) : null}

      {error("type") ? <p className="field-error">{error("type")}</p> : null}
      <div className="editor-actions">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? t("saving") : id ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
