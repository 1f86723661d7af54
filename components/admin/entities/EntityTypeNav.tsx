import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { EntityType } from "@/db/schema";
import { ENTITY_TYPES } from "@/lib/entities/paths";
import styles from "./entities.module.css";

/** Tabs: one per entity type, with its count; the current one marked. */
export async function EntityTypeNav({ counts, current }: { counts: Record<EntityType, number>; current?: EntityType }) {
  const t = await getTranslations("entitiesAdmin");
  return (
    <nav className={styles.tabs} aria-label={t("typesNav")}>
      <ul>
        {ENTITY_TYPES.map((type) => (
          <li key={type}>
            <Link href={`/admin/entities/${type}`} aria-current={type === current ? "page" : undefined}>
              {t(`types.${type}.plural`)}
              <small>({counts[type]})</small>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
