"use client";

import { useEffect, useRef } from "react";

/**
 * Counts one view of an article: after mount, one beacon to /api/views (the
 * page itself stays cacheable). A prerendered page waits until it is shown.
 */
export function ViewBeacon({ articleId }: { articleId: string }) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === articleId) return; // Strict Mode runs effects twice in development
    const send = () => {
      sent.current = articleId;
      const body = JSON.stringify({ articleId });
      if (navigator.sendBeacon?.("/api/views", body)) return;
      fetch("/api/views", { method: "POST", body, keepalive: true, headers: { "Content-Type": "application/json" } }).catch(() => {});
    };
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) {
      send();
      return;
    }
    doc.addEventListener("prerenderingchange", send, { once: true });
    return () => doc.removeEventListener("prerenderingchange", send);
  }, [articleId]);
  return null;
}
