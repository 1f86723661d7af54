"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const HEARTBEAT_MS = 15_000;

interface Present {
  id: string;
  displayName: string;
}

/**
 * Who else has this article open ("Đang mở: Biên tập viên Minh Anh"): a
 * heartbeat every 15 s (and when the tab comes back into view) answers the
 * others seen in the last 45 s; leaving the page says goodbye with a
 * keepalive DELETE (sendBeacon can only POST). Failures are silent: presence
 * is a courtesy, the version check is what prevents lost updates.
 */
export function PresenceBar({ articleId }: { articleId: string }) {
  const t = useTranslations("authoring.presence");
  const [others, setOthers] = useState<Present[]>([]);

  useEffect(() => {
    const url = `/api/admin/v1/articles/${articleId}/presence`;
    let stopped = false;
    let inFlight: AbortController | null = null;
    const beat = async () => {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const response = await fetch(url, { method: "POST", signal: controller.signal, cache: "no-store" });
        if (!response.ok || stopped) return;
        const body = (await response.json()) as { others: Present[] };
        if (!stopped) setOthers(body.others.map(({ id, displayName }) => ({ id, displayName })));
      } catch {
        // Offline or navigating away: try again on the next beat.
      }
    };
    const leave = () => {
      void fetch(url, { method: "DELETE", keepalive: true }).catch(() => undefined);
    };
    const visible = () => {
      if (document.visibilityState === "visible") void beat();
    };
    void beat();
    const interval = setInterval(() => void beat(), HEARTBEAT_MS);
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", visible);
    return () => {
      stopped = true;
      inFlight?.abort();
      clearInterval(interval);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", visible);
      leave();
    };
  }, [articleId]);

  // Always rendered, so that assistive technology hears when someone arrives.
  return (
    <p className="presence-bar hint" aria-live="polite" style={others.length ? { margin: "0 0 .75rem" } : { margin: 0 }}>
      {others.length ? t("label", { names: others.map((other) => other.displayName).join(", ") }) : null}
    </p>
  );
}
