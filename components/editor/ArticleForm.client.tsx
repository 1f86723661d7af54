"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { previewArticleAction } from "@/app/(admin)/admin/articles/actions";
import type { Cover } from "@/lib/articles";
import type { ArticleJson } from "@/lib/articles/api";
import type { BylineRef } from "@/lib/articles/revisions";
import type { EntitySummary } from "@/lib/entities";
import type { FieldErrors } from "@/lib/http";
import type { ArticleStatus } from "@/lib/policy";
import type { RichTextNode } from "@/lib/richtext/validate";
import { articlePlainText } from "@/lib/tagging/plain-text";
import { formatDateTime } from "@/lib/text/dates";
import { slugify } from "@/lib/text/slug";
import { normalizeHref } from "@/lib/richtext/urls";
import { coverDraftOf, coverIssues, coverValue, isSourceUrl, type CoverDraft } from "./article-fields";
import "./article-fields.css";
import { BylinePicker, type BylineOption } from "./BylinePicker.client";
import { ConflictDialog } from "./ConflictDialog.client";
import { CoverFields } from "./CoverFields.client";
import { EntityPicker } from "./EntityPicker.client";
import { HistoryPanel, type RevisionRow } from "./HistoryPanel.client";
import { PresenceBar } from "./PresenceBar.client";
import { PreviewDialog, type PreviewState } from "./PreviewDialog.client";
import type { Comparable } from "./RevisionDiff.client";
import { RichTextEditor } from "./RichTextEditor.client";
import { SeoFields } from "./SeoFields.client";
import { TagSuggestions } from "./TagSuggestions.client";
import {
  AUTOSAVE_STATUSES,
  clearDraft,
  localDraftKey,
  parseDraft,
  readRaw,
  useAutosave,
  useStoredDraft,
  writeDraft,
  type LocalDraft,
  type SaveOutcome,
} from "./useAutosave";

const SAPO_MAX = 1000;
const TAG_TYPES = ["person", "place", "organization", "event", "series"] as const;
const API = "/api/admin/v1/articles";
/** Unsaved work is copied to this browser this long after the last change. */
const LOCAL_COPY_MS = 400;

/** An article as the server has it: the page's initial state, a save's or a conflict's answer (ArticleJson). */
interface Stored {
  title: string;
  sapo: string;
  slug: string;
  sectionId: string | null;
  body: RichTextNode;
  tags: EntitySummary[];
  authors: BylineRef[];
  source: string;
  sourceUrl: string | null;
  cover: Cover | null;
  seoTitle: string;
  seoDescription: string;
}

interface Initial extends Stored {
  status: ArticleStatus;
  version: number;
}

/** What this form edits, as its inputs hold it: every field of the article. */
interface Fields {
  title: string;
  sapo: string;
  slug: string;
  sectionId: string;
  body: RichTextNode;
  tags: EntitySummary[];
  /** Bylines in order. */
  authors: BylineRef[];
  source: string;
  sourceUrl: string;
  cover: CoverDraft;
  seoTitle: string;
  seoDescription: string;
}

/** Which error keys (server's and the form's own) belong to a field: editing the field clears them. */
const ERROR_KEYS: Partial<Record<keyof Fields, string[]>> = {
  slug: ["slug"],
  authors: ["authorIds"],
  source: ["source"],
  sourceUrl: ["sourceUrl", "source"],
  cover: ["cover", "coverSrc", "coverAlt", "coverWidth", "coverHeight"],
  seoTitle: ["seoTitle"],
  seoDescription: ["seoDescription"],
};

/** The server's side of the bookkeeping: the version edits are based on, its content (see contentKey) and status. */
interface Base {
  version: number;
  key: string;
  status: ArticleStatus;
}

type Mode = "autosave" | "save" | "publish" | "overwrite";

type Phase =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; published: boolean; extra?: string }
  | { kind: "offline" }
  | { kind: "session" }
  | { kind: "invalid" }
  | { kind: "failed"; error: string };

const fieldsOf = (stored: Stored): Fields => ({
  title: stored.title,
  sapo: stored.sapo,
  slug: stored.slug,
  sectionId: stored.sectionId ?? "",
  body: stored.body,
  tags: stored.tags,
  authors: stored.authors.map((author) => ({ id: author.id, displayName: author.displayName })),
  source: stored.source,
  sourceUrl: stored.sourceUrl ?? "",
  cover: coverDraftOf(stored.cover),
  seoTitle: stored.seoTitle,
  seoDescription: stored.seoDescription,
});

/** JSON with sorted keys: two equal documents give the same string whatever their key order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const idsOf = (tags: EntitySummary[], type: (typeof TAG_TYPES)[number]) => tags.filter((tag) => tag.type === type).map((tag) => tag.id);

/** Identifies the content as the server would store it (trimmed text; the slug only once the article exists). */
function contentKey(fields: Fields, existing: boolean): string {
  return stable({
    title: fields.title.trim(),
    sapo: fields.sapo.trim(),
    slug: existing ? fields.slug.trim() : "",
    sectionId: fields.sectionId || null,
    body: fields.body,
    tags: TAG_TYPES.map((type) => idsOf(fields.tags, type)),
    authors: fields.authors.map((author) => author.id),
    source: fields.source.trim(),
    sourceUrl: fields.sourceUrl.trim() || null,
    cover: coverValue(fields.cover),
    seoTitle: fields.seoTitle.trim(),
    seoDescription: fields.seoDescription.trim(),
  });
}

/** The API body for these fields. */
function payloadOf(fields: Fields, existing: boolean) {
  return {
    title: fields.title,
    sapo: fields.sapo,
    ...(existing ? { slug: fields.slug } : {}),
    sectionId: fields.sectionId || null,
    body: fields.body,
    personIds: idsOf(fields.tags, "person"),
    placeIds: idsOf(fields.tags, "place"),
    organizationIds: idsOf(fields.tags, "organization"),
    eventIds: idsOf(fields.tags, "event"),
    seriesIds: idsOf(fields.tags, "series"),
    authorIds: fields.authors.map((author) => author.id),
    source: fields.source,
    sourceUrl: fields.sourceUrl.trim() || null,
    cover: coverValue(fields.cover),
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
  };
}

/** "10:42" today (Vietnam time), the full date otherwise. */
function clock(date: Date): string {
  const full = formatDateTime(date);
  return full.slice(0, 10) === formatDateTime(new Date()).slice(0, 10) ? full.slice(11) : full;
}

/**
 * The article just created by this browser tab: "Lưu" on the new-article page
 * navigates to the edit page, which carries the "Đã lưu lúc …" note over
 * (a soft navigation keeps this module, a reload does not).
 */
let lastCreated: { id: string; at: number; published: boolean } | null = null;
const initialPhase = (id: string | undefined): Phase =>
  id && lastCreated?.id === id && Date.now() - lastCreated.at < 30_000
    ? { kind: "saved", at: new Date(lastCreated.at), published: lastCreated.published }
    : { kind: "idle" };

let instances = 0;
const newInstance = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++instances}`;

type Answer =
  | { kind: "ok"; article: ArticleJson; raw: Record<string, unknown> }
  | { kind: "invalid"; error: string; fieldErrors: FieldErrors }
  | { kind: "conflict"; current: ArticleJson; details: { reason?: string } | null }
  | { kind: "session" }
  | { kind: "failed"; error: string }
  | { kind: "offline" };

/** One request to the API, its answer classified. Network errors and 5xx keep the draft for a retry. */
async function send(url: string, method: string, body: unknown): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
  } catch {
    return { kind: "offline" };
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok) return { kind: "ok", article: ((json?.article as ArticleJson | undefined) ?? json) as ArticleJson, raw: json ?? {} };
  if (response.status === 409 && json?.current) return { kind: "conflict", current: json.current as ArticleJson, details: (json.details as { reason?: string } | null) ?? null };
  if (response.status === 400) return { kind: "invalid", error: String(json?.error ?? ""), fieldErrors: (json?.fieldErrors as FieldErrors | undefined) ?? {} };
  if (response.status === 401) return { kind: "session" };
  if (response.status >= 500 || !json) return { kind: "offline" };
  return { kind: "failed", error: String(json.error ?? response.statusText) };
}

/**
 * The article form and its save flow: explicit save and publish, autosave of
 * drafts ≈3 s after typing stops, a copy of unsaved work in this browser
 * (offered back after a reload), optimistic concurrency with a conflict
 * dialog, presence, and the revision history. Saves go through
 * /api/admin/v1/articles (POST to create, PATCH with the base `version`).
 *
 * - A new article is created by the first explicit "Lưu" (no autosave before
 *   it: abandoned pages would litter the newsroom with empty drafts, and the
 *   browser copy already protects the words).
 * - Published and scheduled articles are never autosaved (readers would see
 *   half-written edits): changes wait in the browser copy for "Cập nhật".
 * - Every field goes the same way, the side ones too (bylines, source, cover,
 *   SEO): the form checks what it can first (checkFields), the server again.
 * - "Xem trước" sends the unsaved fields to previewArticleAction, which renders
 *   them with the public page's own component; nothing is saved.
 */
export function ArticleForm({
  id,
  initial,
  sections,
  canPublish,
  bylineCandidates,
  site,
}: {
  id?: string;
  initial: Initial;
  sections: { id: string; name: string }[];
  canPublish: boolean;
  /** The staff who may sign the article (lib/users/staff.ts). */
  bylineCandidates: BylineOption[];
  /** The public site's origin and name, for the search result preview. */
  site: { origin: string; name: string };
}) {
  const t = useTranslations("editor");
  const ta = useTranslations("authoring");
  const tAdmin = useTranslations("admin.list");
  const router = useRouter();
  const existing = Boolean(id);
  const draftKey = localDraftKey(id);

  const [fields, setFields] = useState<Fields>(() => fieldsOf(initial));
  /** The document the body editor (re)mounts with; a new key remounts it when the text is replaced. */
  const [editorDoc, setEditorDoc] = useState<{ key: number; doc: RichTextNode }>({ key: 0, doc: initial.body });
  const [base, setBase] = useState<Base>(() => ({ version: initial.version, key: contentKey(fieldsOf(initial), existing), status: initial.status }));
  /** The content last sent successfully, as this form sees it: the form is dirty when it differs. */
  const [savedKey, setSavedKey] = useState(() => contentKey(fieldsOf(initial), existing));
  const [publicSlug, setPublicSlug] = useState(initial.status === "published" ? initial.slug : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<Phase>(() => initialPhase(id));
  const [busy, setBusy] = useState<Mode | "restore" | "reload" | null>(null);
  const [conflict, setConflict] = useState<{ theirs: ArticleJson; error: string | null } | null>(null);
  const [restoringId, setRestoringId] = useState<string | null>(null);
  const [instance] = useState(newInstance);
  /** The server gave the article another slug than the one asked for (taken by another article). */
  const [slugNote, setSlugNote] = useState<{ wanted: string; slug: string } | null>(null);
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const previewRun = useRef(0);
  const previewButton = useRef<HTMLButtonElement>(null);

  // The save queue's view of the world. State is for rendering; saves read and
  // update these refs directly, so a save queued behind another uses its new version.
  const book = useRef({ base, savedKey, fields });
  useEffect(() => {
    // Only forward: a save may already have moved the ref past the state being committed.
    if (base.version >= book.current.base.version) book.current = { ...book.current, base };
  }, [base]);
  useEffect(() => {
    book.current = { ...book.current, fields };
  }, [fields]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // A workflow move elsewhere on the page (router.refresh) brings a new version
  // of the same content: adopt it, so the next save is not a conflict with ourselves.
  const [seenVersion, setSeenVersion] = useState(initial.version);
  if (initial.version !== seenVersion) {
    setSeenVersion(initial.version);
    if (initial.version > base.version && contentKey(fieldsOf(initial), existing) === base.key) {
      setBase({ version: initial.version, key: base.key, status: initial.status });
      if (initial.status === "published") setPublicSlug(initial.slug);
    }
  }

  const currentKey = useMemo(() => contentKey(fields, existing), [fields, existing]);
  const dirty = currentKey !== savedKey;
  const status = base.status;
  const autosavable = existing && AUTOSAVE_STATUSES.includes(status);

  /** The form's own checks, before anything is sent (the server checks again): null when there is nothing to fix. */
  function checkFields(f: Fields): FieldErrors | null {
    const out: FieldErrors = {};
    if (f.authors.length === 0) out.authorIds = [ta("bylines.required")];
    if (!isSourceUrl(f.sourceUrl)) out.sourceUrl = [ta("source.urlInvalid")];
    else if (f.sourceUrl.trim() && !f.source.trim()) out.source = [ta("source.nameNeeded")];
    for (const [key, issue] of Object.entries(coverIssues(f.cover))) out[key] = [ta(`cover.${issue}`)];
    return Object.keys(out).length ? out : null;
  }

  // ——— The browser copy ———
  const storedRaw = useStoredDraft(draftKey);
  // A copy written before the form edited every field lacks some: those keep the page's values.
  const [initialFields] = useState(() => fieldsOf(initial));
  const readDraft = useCallback(
    (raw: string | null): LocalDraft<Fields> | null => {
      const draft = parseDraft<Partial<Fields>>(raw);
      return draft ? { ...draft, fields: { ...initialFields, ...draft.fields } } : null;
    },
    [initialFields],
  );
  const stored = useMemo(() => readDraft(storedRaw), [storedRaw, readDraft]);
  const offer = stored && stored.instance !== instance && contentKey(stored.fields, existing) !== savedKey ? stored : null;

  const offerPending = offer !== null;
  useEffect(() => {
    if (offerPending) return; // Never overwrite another page's unsaved work before the user has answered.
    if (!dirty) {
      const copy = readDraft(readRaw(draftKey));
      if (copy && (copy.instance === instance || contentKey(copy.fields, existing) === savedKey)) clearDraft(draftKey);
      return;
    }
    const timer = setTimeout(() => {
      const { base: b, fields: f } = book.current;
      writeDraft(draftKey, { instance, savedAt: new Date().toISOString(), baseVersion: b.version, baseKey: b.key, fields: f });
    }, LOCAL_COPY_MS);
    return () => clearTimeout(timer);
  }, [currentKey, dirty, offerPending, instance, existing, savedKey, draftKey, readDraft]);

  useEffect(() => {
    // Leaving (or a crash-prone mobile tab going to the background): write the copy now.
    const flush = () => {
      const { base: b, fields: f, savedKey: saved } = book.current;
      if (contentKey(f, existing) === saved) return;
      const other = parseDraft<Partial<Fields>>(readRaw(draftKey));
      if (other && other.instance !== instance) return;
      writeDraft(draftKey, { instance, savedAt: new Date().toISOString(), baseVersion: b.version, baseKey: b.key, fields: f });
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [draftKey, existing, instance]);

  function replaceFields(next: Fields) {
    setFields(next);
    book.current = { ...book.current, fields: next };
    setEditorDoc((current) => ({ key: current.key + 1, doc: next.body }));
  }

  function restoreLocal(draft: LocalDraft<Fields>) {
    replaceFields(draft.fields);
    // Edits made on an older version must meet that version's conflicts.
    if (existing && draft.baseVersion !== base.version) {
      const next = { ...base, version: draft.baseVersion, key: draft.baseKey };
      setBase(next);
      book.current = { ...book.current, base: next };
    }
    writeDraft(draftKey, { ...draft, instance });
  }

  // ——— Saving ———
  function adopt(article: ArticleJson, sent: Fields | null) {
    const key = contentKey(fieldsOf(article), true);
    const nextBase = { version: article.version, key, status: article.status };
    book.current = { ...book.current, base: nextBase };
    setBase(nextBase);
    if (article.status === "published") setPublicSlug(article.slug);
    if (sent) {
      // The server may have changed the slug (made it unique, or filled it in): take it unless it was edited meanwhile.
      const latest = book.current.fields;
      const slugKept = latest.slug === sent.slug;
      const savedFields = { ...sent, slug: article.slug };
      const saved = contentKey(savedFields, existing);
      book.current = { ...book.current, savedKey: saved };
      setSavedKey(saved);
      if (slugKept && latest.slug !== article.slug) {
        const next = { ...latest, slug: article.slug };
        book.current = { ...book.current, fields: next };
        setFields(next);
      }
      const wanted = existing ? slugify(sent.slug) : "";
      setSlugNote(wanted && article.slug !== wanted && article.slug.startsWith(`${wanted}-`) ? { wanted, slug: article.slug } : null);
    }
  }

  /** One save, run in turn with the others. */
  const persist = useCallback(
    (mode: Mode): Promise<SaveOutcome> => {
      const run = async (): Promise<SaveOutcome> => {
        const { fields: sent, base: from } = book.current;
        if (mode === "autosave" && (contentKey(sent, true) === book.current.savedKey || !AUTOSAVE_STATUSES.includes(from.status))) return "ok";
        const problems = checkFields(sent);
        if (problems) {
          setErrors(problems);
          setPhase({ kind: "invalid" });
          return "stop";
        }
        if (mode === "autosave" && navigator.onLine === false) {
          // Known offline: no request, no "Đang lưu…" flicker; the browser copy holds the text until "online".
          setPhase({ kind: "offline" });
          return "retry";
        }
        setPhase({ kind: "saving" });
        if (mode !== "autosave") setBusy(mode);
        try {
          let answer: Answer;
          if (!id) {
            answer = await send(API, "POST", { ...payloadOf(sent, false), publish: mode === "publish" });
          } else {
            answer = await send(`${API}/${id}`, "PATCH", {
              ...payloadOf(sent, true),
              version: from.version,
              ...(mode === "autosave" ? { autosave: true } : {}),
              ...(mode === "publish" ? { publish: true } : {}),
              ...(mode === "overwrite" ? { overwrite: true } : {}),
            });
            // Only the status or the version moved (a workflow step), not the text: save again on top of it.
            if (answer.kind === "conflict" && answer.details?.reason !== "live" && contentKey(fieldsOf(answer.current), true) === from.key) {
              const rebased = { version: answer.current.version, key: from.key, status: answer.current.status };
              book.current = { ...book.current, base: rebased };
              setBase(rebased);
              if (mode === "autosave" && !AUTOSAVE_STATUSES.includes(rebased.status)) {
                setPhase({ kind: "idle" });
                return "stop";
              }
              answer = await send(`${API}/${id}`, "PATCH", {
                ...payloadOf(sent, true),
                version: rebased.version,
                ...(mode === "autosave" ? { autosave: true } : {}),
                ...(mode === "publish" ? { publish: true } : {}),
                ...(mode === "overwrite" ? { overwrite: true } : {}),
              });
            }
          }
          switch (answer.kind) {
            case "ok": {
              adopt(answer.article, sent);
              setErrors({});
              setConflict(null);
              const published = mode === "publish";
              setPhase({ kind: "saved", at: new Date(), published });
              if (!id) {
                clearDraft(draftKey);
                lastCreated = { id: answer.article.id, at: Date.now(), published };
                router.replace(`/admin/articles/${answer.article.id}`);
              } else if (mode !== "autosave") {
                // The workflow panel and history around the form read the new state.
                router.refresh();
              }
              return "ok";
            }
            case "conflict": {
              if (answer.details?.reason === "live") {
                // Published meanwhile: the browser copy keeps the edits until "Cập nhật".
                const next = { ...book.current.base, status: answer.current.status };
                book.current = { ...book.current, base: next };
                setBase(next);
                setPhase({ kind: "idle" });
                return "stop";
              }
              setConflict({ theirs: answer.current, error: null });
              setPhase({ kind: "idle" });
              return "stop";
            }
            case "invalid":
              setErrors(answer.fieldErrors);
              setPhase({ kind: "invalid" });
              return "stop";
            case "session":
              setPhase({ kind: "session" });
              return "retry";
            case "offline":
              setPhase({ kind: "offline" });
              return "retry";
            case "failed":
              setPhase({ kind: "failed", error: answer.error });
              return "stop";
          }
        } finally {
          if (mode !== "autosave") setBusy(null);
        }
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reads the refs, not render state
    [id, draftKey, router],
  );

  useAutosave({ changeKey: currentKey, dirty, enabled: autosavable && !conflict && !offer, save: () => persist("autosave") });

  // ——— Conflicts ———
  function overwrite() {
    if (!conflict) return;
    const theirs = conflict.theirs;
    const next = { ...book.current.base, version: theirs.version, key: contentKey(fieldsOf(theirs), true), status: theirs.status };
    book.current = { ...book.current, base: next };
    setBase(next);
    void persist("overwrite").then((outcome) => {
      // Offline: keep the choice open. Refused (a field error, a policy): close, the form shows why; the next save meets the conflict again.
      if (outcome === "retry") setConflict((current) => (current && current.theirs === theirs ? { ...current, error: ta("state.offline") } : current));
      else if (outcome === "stop") setConflict((current) => (current && current.theirs === theirs ? null : current));
    });
  }

  async function takeTheirs() {
    if (!conflict || !id) return;
    const theirs = conflict.theirs;
    setBusy("reload");
    // Keep this user's text first: if that fails, nothing is replaced.
    const kept = await send(`${API}/${id}/revisions`, "POST", { kind: "conflict", version: book.current.base.version, article: payloadOf(book.current.fields, true) });
    setBusy(null);
    if (kept.kind !== "ok") {
      setConflict({ theirs, error: kept.kind === "offline" ? ta("state.offline") : "error" in kept ? kept.error : ta("state.session") });
      return;
    }
    const loaded = fieldsOf(theirs);
    replaceFields(loaded);
    const key = contentKey(loaded, true);
    const next = { version: theirs.version, key, status: theirs.status };
    book.current = { ...book.current, base: next, savedKey: key };
    setBase(next);
    setSavedKey(key);
    if (theirs.status === "published") setPublicSlug(theirs.slug);
    setErrors({});
    setConflict(null);
    clearDraft(draftKey);
    setPhase({ kind: "idle" });
    router.refresh();
  }

  // ——— Restoring a revision ———
  async function restoreRevision(revision: RevisionRow) {
    if (!id) return;
    setRestoringId(revision.id);
    try {
      if (contentKey(book.current.fields, true) !== book.current.savedKey) {
        // Save the text being edited first, so the restore replaces nothing unsaved.
        if ((await persist("save")) !== "ok") return;
      }
      const answer = await send(`${API}/${id}/revisions/${revision.id}/restore`, "POST", { version: book.current.base.version });
      if (answer.kind === "conflict") {
        setPhase({ kind: "failed", error: ta("conflict.restoreStale") });
        return;
      }
      if (answer.kind !== "ok") {
        setPhase(answer.kind === "offline" ? { kind: "offline" } : answer.kind === "session" ? { kind: "session" } : { kind: "failed", error: "error" in answer ? answer.error : "" });
        return;
      }
      const article = answer.article;
      const dropped = (answer.raw.dropped as { name: string }[] | undefined) ?? [];
      const loaded = fieldsOf(article);
      replaceFields(loaded);
      const key = contentKey(loaded, true);
      const next = { version: article.version, key, status: article.status };
      book.current = { ...book.current, base: next, savedKey: key };
      setBase(next);
      setSavedKey(key);
      setErrors({});
      const restored = ta("state.restored", { time: formatDateTime(new Date(revision.createdAt)) });
      setPhase({
        kind: "saved",
        at: new Date(),
        published: false,
        extra: dropped.length ? `${restored} ${ta("state.dropped", { names: dropped.map((tag) => tag.name).join(", ") })}` : restored,
      });
      router.refresh();
    } finally {
      setRestoringId(null);
    }
  }

  const fieldError = (name: string) => errors[name]?.[0];
  const suggestionText = useMemo(() => articlePlainText(fields.title, fields.sapo, fields.body), [fields.title, fields.sapo, fields.body]);
  const setField = <K extends keyof Fields>(name: K, value: Fields[K]) => {
    setFields((current) => ({ ...current, [name]: value }));
    const keys = ERROR_KEYS[name];
    if (keys?.some((key) => errors[key])) {
      const rest = Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key)));
      setErrors(rest);
      // Nothing left to fix: the "check the marked fields" alert goes too.
      if (Object.keys(rest).length === 0 && phase.kind === "invalid") setPhase({ kind: "idle" });
    }
    if (name === "slug") setSlugNote(null);
  };
  const acceptTags = (added: EntitySummary[]) =>
    setFields((current) => ({ ...current, tags: [...current.tags, ...added.filter((tag) => !current.tags.some((existingTag) => existingTag.id === tag.id))] }));
  const published = status === "published";
  const live = existing && !AUTOSAVE_STATUSES.includes(status);
  const comparable: Comparable = useMemo(
    () => ({
      title: fields.title,
      sapo: fields.sapo,
      body: fields.body,
      tags: fields.tags,
      slug: existing ? fields.slug : undefined,
      section: fields.sectionId ? { id: fields.sectionId, name: sections.find((section) => section.id === fields.sectionId)?.name ?? "" } : null,
      authors: fields.authors,
      source: fields.source.trim(),
      sourceUrl: fields.sourceUrl.trim() || null,
      cover: coverValue(fields.cover),
      seoTitle: fields.seoTitle.trim(),
      seoDescription: fields.seoDescription.trim(),
    }),
    [fields, existing, sections],
  );
  /** The public address the article has or will have: a new article's slug comes from its title. */
  const publicPathSlug = existing ? (fields.slug.trim() ? slugify(fields.slug) : initial.slug) : slugify(fields.title);

  // ——— Preview ———
  const fieldName = (key: string) => {
    const known = ["title", "sapo", "slug", "sectionId", "body", "tags", "authorIds", "source", "sourceUrl", "cover", "seoTitle", "seoDescription"];
    const name = key.startsWith("cover") ? "cover" : key.endsWith("Ids") && key !== "authorIds" ? "tags" : key;
    return ta(`fieldNames.${known.includes(name) ? name : "other"}` as "fieldNames.other");
  };
  const problemsOf = (found: FieldErrors) => Object.entries(found).flatMap(([key, messages]) => messages.map((message) => ({ field: fieldName(key), message })));

  /** Renders the unsaved fields on the server, as the public page would; field errors show in the dialog and on the form. */
  async function renderPreview() {
    const run = ++previewRun.current;
    const sent = book.current.fields;
    setPreview({ kind: "loading" });
    const problems = checkFields(sent);
    if (problems) {
      setErrors(problems);
      setPreview({ kind: "invalid", problems: problemsOf(problems) });
      return;
    }
    let answer: Awaited<ReturnType<typeof previewArticleAction>>;
    try {
      answer = await previewArticleAction({ id, article: payloadOf(sent, existing) });
    } catch {
      if (run === previewRun.current) setPreview({ kind: "failed", error: ta("state.offline") });
      return;
    }
    if (run !== previewRun.current) return;
    if (answer.ok) setPreview({ kind: "ready", node: answer.data });
    else if (answer.fieldErrors && Object.keys(answer.fieldErrors).length) {
      setErrors(answer.fieldErrors);
      setPreview({ kind: "invalid", problems: problemsOf(answer.fieldErrors) });
    } else setPreview({ kind: "failed", error: answer.error });
  }

  function closePreview() {
    previewRun.current += 1;
    setPreview(null);
    // Once the modal dialog is gone (the page behind it is inert until then).
    requestAnimationFrame(() => previewButton.current?.focus());
  }

  // The one live region: what happened to the last save, or what is pending.
  let note: { role: "status" | "alert"; text: string; link?: boolean } | null = null;
  if (phase.kind === "saving") note = { role: "status", text: ta("state.saving") };
  else if (phase.kind === "offline") note = { role: "status", text: ta("state.offline") };
  else if (phase.kind === "session") note = { role: "alert", text: ta("state.session") };
  else if (phase.kind === "invalid") note = { role: "alert", text: t("fixErrors") };
  else if (phase.kind === "failed") note = { role: "alert", text: ta("state.failed", { error: phase.error }) };
  else if (conflict) note = { role: "status", text: ta("state.conflict") };
  else if (dirty && live) note = { role: "status", text: ta("state.liveUnsaved", { update: published ? t("update") : t("save") }) };
  else if (phase.kind === "saved" && !dirty)
    note = {
      role: "status",
      text: phase.extra ?? (phase.published ? ta("state.published") : ta("state.saved", { time: formatDateTime(phase.at).slice(11) })),
      link: Boolean(publicSlug),
    };
  else if (phase.kind === "saved") note = { role: "status", text: `${ta("state.saved", { time: formatDateTime(phase.at).slice(11) })} ${ta("state.unsaved")}` };
  else if (dirty && existing) note = { role: "status", text: ta("state.unsaved") };

  return (
    <>
      <form
        className="editor-layout"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void persist("save");
        }}
      >
        <div>
          {id ? <PresenceBar articleId={id} /> : null}
          {offer ? (
            <div className="alert" role="group" aria-label={ta("draft.label")} style={{ border: "1px solid var(--line, #ccc)" }}>
              <p style={{ margin: "0 0 .5rem" }}>{ta("draft.offer", { time: clock(new Date(offer.savedAt)) })}</p>
              <div className="editor-actions">
                <button type="button" className="btn btn-primary" onClick={() => restoreLocal(offer)}>
                  {ta("draft.restore")}
                </button>
                <button type="button" className="btn" onClick={() => clearDraft(draftKey)}>
                  {ta("draft.discard")}
                </button>
              </div>
            </div>
          ) : null}
          {note ? (
            <div className={`alert ${note.role === "alert" ? "alert-error" : "alert-ok"}`} role={note.role}>
              {note.text}
              {note.link && publicSlug ? (
                <>
                  {" "}
                  <Link href={`/bai-viet/${publicSlug}`}>{ta("state.viewPublic")}</Link>
                </>
              ) : null}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="article-title">{t("title")}</label>
            <input
              id="article-title"
              value={fields.title}
              onChange={(event) => setField("title", event.target.value)}
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
              value={fields.sapo}
              onChange={(event) => setField("sapo", event.target.value)}
              aria-invalid={fieldError("sapo") ? true : undefined}
              aria-describedby="article-sapo-count"
            />
            <p className="hint" id="article-sapo-count">
              {t("sapoCount", { count: fields.sapo.length, max: SAPO_MAX })}
            </p>
            {fieldError("sapo") ? <p className="field-error">{fieldError("sapo")}</p> : null}
          </div>
          <div className="field">
            <span className="label" id="article-body-label">
              {t("body")}
            </span>
            <RichTextEditor
              key={editorDoc.key}
              initial={editorDoc.doc}
              onChange={(doc) => setField("body", doc)}
              labelledBy="article-body-label"
              invalid={Boolean(fieldError("body"))}
              onMention={(entity) => acceptTags([entity])}
              articleId={id}
            />
            {fieldError("body") ? <p className="field-error">{fieldError("body")}</p> : null}
          </div>
          {id ? <HistoryPanel articleId={id} refreshKey={base.version} current={comparable} restoringId={restoringId} onRestore={(revision) => void restoreRevision(revision)} /> : null}
        </div>
        <div className="editor-side">
          <div className="panel">
            <p className="save-state">{t("status", { status: tAdmin(`statuses.${status}`) })}</p>
            <div className="editor-actions">
              <button type="submit" className="btn" disabled={busy !== null}>
                {busy === "save" ? t("saving") : t("save")}
              </button>
              {canPublish ? (
                <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void persist("publish")}>
                  {published ? t("update") : t("publish")}
                </button>
              ) : null}
              <button type="button" className="btn" ref={previewButton} aria-haspopup="dialog" onClick={() => void renderPreview()}>
                {ta("preview.open")}
              </button>
            </div>
          </div>
          <div className="panel">
            <div className="field">
              <label htmlFor="article-section">{t("section")}</label>
              <select id="article-section" value={fields.sectionId} onChange={(event) => setField("sectionId", event.target.value)}>
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
                  value={fields.slug}
                  onChange={(event) => setField("slug", event.target.value)}
                  aria-invalid={fieldError("slug") ? true : undefined}
                  aria-describedby="article-slug-hint"
                />
                <p className="hint" id="article-slug-hint">
                  {t("slugHint")}
                </p>
                {fieldError("slug") ? <p className="field-error">{fieldError("slug")}</p> : null}
                {slugNote && fields.slug === slugNote.slug ? <p className="hint">{ta("slug.changed", slugNote)}</p> : null}
              </div>
            ) : null}
          </div>
          <fieldset className="panel">
            <legend>{ta("bylines.panel")}</legend>
            <BylinePicker candidates={bylineCandidates} value={fields.authors} onChange={(next) => setField("authors", next)} error={fieldError("authorIds")} />
            <div className="field">
              <label htmlFor="article-source">{ta("source.label")}</label>
              <input
                id="article-source"
                value={fields.source}
                maxLength={200}
                placeholder={ta("source.placeholder")}
                onChange={(event) => setField("source", event.target.value)}
                aria-invalid={fieldError("source") ? true : undefined}
                aria-describedby={fieldError("source") ? "article-source-hint article-source-error" : "article-source-hint"}
              />
              <p className="hint" id="article-source-hint">
                {ta("source.hint")}
              </p>
              {fieldError("source") ? (
                <p className="field-error" id="article-source-error">
                  {fieldError("source")}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="article-source-url">{ta("source.url")}</label>
              <input
                id="article-source-url"
                type="url"
                inputMode="url"
                spellCheck={false}
                value={fields.sourceUrl}
                maxLength={2048}
                placeholder={ta("source.urlPlaceholder")}
                onChange={(event) => setField("sourceUrl", event.target.value)}
                onBlur={(event) => {
                  // "qdnd.vn/…" → "https://qdnd.vn/…", as the body's link field does.
                  const value = event.target.value.trim();
                  const normalized = value ? normalizeHref(value) : "";
                  if (normalized !== event.target.value && /^https?:\/\//i.test(normalized)) setField("sourceUrl", normalized);
                }}
                aria-invalid={fieldError("sourceUrl") ? true : undefined}
                aria-describedby={fieldError("sourceUrl") ? "article-source-url-error" : undefined}
              />
              {fieldError("sourceUrl") ? (
                <p className="field-error" id="article-source-url-error">
                  {fieldError("sourceUrl")}
                </p>
              ) : null}
            </div>
          </fieldset>
          <div className="panel">
            {TAG_TYPES.map((type) => (
              <EntityPicker
                key={type}
                type={type}
                value={fields.tags.filter((tag) => tag.type === type)}
                onChange={(next) => setFields((current) => ({ ...current, tags: [...current.tags.filter((tag) => tag.type !== type), ...next] }))}
                error={fieldError(`${type}Ids`) ?? (type === "person" ? fieldError("tags") : undefined)}
              />
            ))}
          </div>
          <TagSuggestions text={suggestionText} accepted={fields.tags} onAccept={acceptTags} />
          <CoverFields
            value={fields.cover}
            onChange={(next) => setField("cover", next)}
            errors={{
              cover: fieldError("cover"),
              coverSrc: fieldError("coverSrc"),
              coverAlt: fieldError("coverAlt"),
              coverWidth: fieldError("coverWidth"),
              coverHeight: fieldError("coverHeight"),
            }}
          />
          <SeoFields
            seoTitle={fields.seoTitle}
            seoDescription={fields.seoDescription}
            onChange={(name, value) => setField(name, value)}
            fallback={{ title: fields.title, sapo: fields.sapo, slug: publicPathSlug }}
            site={site}
            errors={{ seoTitle: fieldError("seoTitle"), seoDescription: fieldError("seoDescription") }}
          />
        </div>
      </form>
      {preview ? <PreviewDialog state={preview} onClose={closePreview} onRefresh={() => void renderPreview()} /> : null}
      {conflict ? (
        <ConflictDialog
          theirs={conflict.theirs}
          mine={comparable}
          busy={busy === "overwrite" || busy === "reload"}
          error={conflict.error}
          onOverwrite={overwrite}
          onReload={() => void takeTheirs()}
        />
      ) : null}
    </>
  );
}
