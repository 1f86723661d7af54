"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type { ArticleStatus } from "@/lib/policy";

/** Save this long after typing stops. */
export const AUTOSAVE_DELAY_MS = 3000;
/** After a failed autosave (offline, server error), try again this often — and at once when the browser is back online. */
export const AUTOSAVE_RETRY_MS = 5000;

/**
 * Statuses whose text is not public, so autosave may write it. A published or
 * scheduled article keeps unsaved edits in this browser until an explicit save.
 * Mirrors AUTOSAVE_STATUSES in lib/articles/revisions.ts (the server refuses the rest).
 */
export const AUTOSAVE_STATUSES: readonly ArticleStatus[] = ["draft", "in_review", "archived"];

/** What a save attempt came to: done, try again later (network, server down), or give up until the user acts. */
export type SaveOutcome = "ok" | "retry" | "stop";

/**
 * Autosave: `save` runs `delayMs` after the last change (a new `changeKey`)
 * while `enabled` and `dirty`; after a "retry" outcome it runs again every
 * `retryMs`, and at once when the browser comes back online. `save` is read
 * fresh on every run, so it may close over the latest state.
 */
export function useAutosave({
  changeKey,
  dirty,
  enabled,
  save,
  delayMs = AUTOSAVE_DELAY_MS,
  retryMs = AUTOSAVE_RETRY_MS,
}: {
  changeKey: string;
  dirty: boolean;
  enabled: boolean;
  save: () => Promise<SaveOutcome>;
  delayMs?: number;
  retryMs?: number;
}) {
  const latest = useRef({ save, dirty, enabled, retryMs });
  useEffect(() => {
    latest.current = { save, dirty, enabled, retryMs };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const alive = useRef(true);

  const schedule = useCallback((ms: number) => {
    function arm(delay: number) {
      clearTimeout(timer.current);
      if (!alive.current) return;
      timer.current = setTimeout(fire, delay);
    }
    async function fire() {
      const current = latest.current;
      if (!current.enabled || !current.dirty) return;
      if ((await current.save()) === "retry") arm(latest.current.retryMs);
    }
    arm(ms);
  }, []);

  useEffect(() => {
    const online = () => {
      if (latest.current.enabled && latest.current.dirty) schedule(0);
    };
    alive.current = true;
    window.addEventListener("online", online);
    return () => {
      alive.current = false;
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
    };
  }, [schedule]);

  // A change (re)starts the countdown; nothing to save stops it.
  useEffect(() => {
    if (!enabled || !dirty) {
      clearTimeout(timer.current);
      return;
    }
    schedule(delayMs);
  }, [changeKey, dirty, enabled, delayMs, schedule]);
}

// ——— The browser copy of unsaved work ———

/** One unsaved draft per article (or "new") in localStorage. */
export interface LocalDraft<Fields> {
  /** The page instance that wrote it: a draft from another page load (or tab) is offered back, one's own is not. */
  instance: string;
  savedAt: string;
  /** The article version the draft was based on, and the server content at that version (see ArticleForm's contentKey). */
  baseVersion: number;
  baseKey: string;
  fields: Fields;
}

export const localDraftKey = (articleId: string | undefined) => `toasoan:draft:${articleId ?? "new"}`;

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The stored draft's raw JSON (null on the server and when there is none); re-renders when it changes. */
export function useStoredDraft(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readRaw(key),
    () => null,
  );
}

export function parseDraft<Fields>(raw: string | null): LocalDraft<Fields> | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as LocalDraft<Fields>;
    return value && typeof value === "object" && value.fields && typeof value.instance === "string" ? value : null;
  } catch {
    return null;
  }
}

/** Best effort: a full or disabled storage must not break the editor. */
export function writeDraft<Fields>(key: string, draft: LocalDraft<Fields>) {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    return;
  }
  notify();
}

export function clearDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    return;
  }
  notify();
}
