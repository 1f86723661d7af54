import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { EntityTypeNav } from "@/components/admin/entities/EntityTypeNav";
import { requirePageAction } from "@/lib/auth/page";
import { countEntitiesByType } from "@/lib/entities/admin-queries";
import { ENTITY_TYPES } from "@/lib/entities/paths";

export default async function EntitiesIndexPage() {
  const { user, allowed } = await requirePageAction("entity.read", "/admin/entities");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("entitiesAdmin");
  const counts = await countEntitiesByType({ actor: user });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <EntityTypeNav counts={counts} />
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t("index.type")}</th>
            <th scope="col">{t("index.count")}</th>
            <th scope="col">{t("index.add")}</th>
          </tr>
        </thead>
        <tbody>
          {ENTITY_TYPES.map((type) => (
            <tr key={type}>
              <td>
                <Link href={`/admin/entities/${type}`}>{t(`types.${type}.plural`)}</Link>
              </td>
              <td>{counts[type]}</td>
              <td>
                <Link href={`/admin/entities/${type}/new`}>{t(`types.${type}.new`)}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
