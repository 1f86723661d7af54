"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <main id="main" className="container narrow" style={{ padding: "4rem 1rem" }}>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <button className="btn" type="button" onClick={reset}>
        {t("retry")}
      </button>
    </main>
  );
}
