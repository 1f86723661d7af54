import { getTranslations } from "next-intl/server";
import styles from "./users.module.css";

export async function StatusBadge({ disabled, mustChange }: { disabled: boolean; mustChange: boolean }) {
  const t = await getTranslations("users.status");
  if (disabled) return <span className={`${styles.badge} ${styles.badgeOff}`}>{t("disabled")}</span>;
  if (mustChange) return <span className={`${styles.badge} ${styles.badgeWarn}`}>{t("mustChange")}</span>;
  return <span className={styles.badge}>{t("active")}</span>;
}
