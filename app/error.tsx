"use client";

// The reader's site is Vietnamese; reading the strings straight from their message
// file keeps next-intl's client runtime out of every public page's JavaScript.
import messages from "@/messages/vi/error.json";

/**
 * Reader pages are served without React's runtime (lib/http/reader-html.mjs), so
 * "try again" is a link that reloads the page rather than a call to `reset`.
 */
export default function ErrorPage() {
  const t = messages.error;
  return (
    <main id="main" className="container narrow" style={{ padding: "4rem 1rem" }}>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <a className="btn" href="">
        {t.retry}
      </a>
    </main>
  );
}
