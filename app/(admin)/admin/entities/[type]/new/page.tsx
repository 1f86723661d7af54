import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { EntityForm } from "@/components/admin/entities/EntityForm.client";
import { entityTypeParam } from "@/components/admin/entities/params";
import { requirePageAction } from "@/lib/auth/page";
import { emptyFormValues } from "@/lib/entities/admin-queries";
import { EVENT_STATUSES, PLACE_KINDS } from "@/lib/entities/records";

export default async function NewEntityPage({ params }: { params: Promise<{ type: string }> }) {
  const type = entityTypeParam((await params).type);
  if (!type) notFound();
  const { allowed } = await requirePageAction("entity.create", `/admin/entities/${type}/new`);
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("entitiesAdmin");
  return (
    <>
      <div className="admin-toolbar">
        <h1>{t(`types.${type}.new`)}</h1>
        <Link href={`/admin/entities/${type}`}>{t(`types.${type}.plural`)}</Link>
      </div>
      <div className="narrow">
        <EntityForm initial={emptyFormValues(type)} placeKinds={PLACE_KINDS} eventStatuses={EVENT_STATUSES} />
      </div>
    </>
  );
}
