"use client";

// The reader's site is Vietnamese; reading the strings straight from their message
// file keeps next-intl's client runtime out of every public page's JavaScript.
import messages from "@/messages/vi/error.json";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = messages.error;
  return (
    <main id="main" className="container narrow" style={{ padding: "4rem 1rem" }}>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button className="btn" type="button" onClick={reset}>
        {t.retry}
      </button>
    </main>
  );
}
