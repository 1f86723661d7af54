"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "./users.module.css";

/** A secret shown once (a temporary password, an API token), with a copy button. */
export function OneTimeSecret({ label, value, hint }: { label: string; value: string; hint: string }) {
  const t = useTranslations("users.common");
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.secret} role="status">
      <div className={styles.secretRow}>
        <strong id="one-time-secret-label">{label}:</strong>
        <code aria-labelledby="one-time-secret-label" data-testid="one-time-secret">
          {value}
        </code>
        <button
          type="button"
          className="btn"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => {});
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
      <p className="hint">{hint}</p>
    </div>
  );
}
