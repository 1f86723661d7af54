import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { DeletePanel } from "@/components/admin/entities/DeletePanel.client";
import { EntityForm } from "@/components/admin/entities/EntityForm.client";
import { MergePanel } from "@/components/admin/entities/MergePanel.client";
import styles from "@/components/admin/entities/entities.module.css";
import { entityTypeParam, firstParam } from "@/components/admin/entities/params";
import { requirePageAction } from "@/lib/auth/page";
import { getEntityForEdit } from "@/lib/entities/admin-queries";
import { EVENT_STATUSES, PLACE_KINDS } from "@/lib/entities/records";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<{ created?: string | string[]; merged?: string | string[] }>;
};

/** Edit one entity; editors and admins also get merge and delete. */
export default async function EditEntityPage({ params, searchParams }: Props) {
  const { type: rawType, id } = await params;
  const type = entityTypeParam(rawType);
  if (!type) notFound();
  const { user, allowed } = await requirePageAction("entity.edit", `/admin/entities/${type}/${id}`);
  if (!allowed) return <Forbidden />;
  let entity;
  try {
    entity = await getEntityForEdit({ actor: user, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  if (entity.type !== type) redirect(`/admin/entities/${entity.type}/${entity.id}`);

  const t = await getTranslations("entitiesAdmin");
  const query = await searchParams;
  const merged = firstParam(query.merged);
  const notice = merged ? t("merge.merged", { name: merged }) : firstParam(query.created) ? t("form.created") : undefined;
  const summary = { id: entity.id, type: entity.type, name: entity.name };
  const moreArticles = entity.usage.articleCount - entity.articles.length;

  return (
    <>
      <div className="admin-toolbar">
        <h1>
          {t(`types.${type}.edit`)}: {entity.name}
        </h1>
        <Link href={`/admin/entities/${type}`}>{t(`types.${type}.plural`)}</Link>
      </div>
      <div className="editor-layout">
        <EntityForm
          key={entity.id}
          id={entity.id}
          initial={entity.values}
          initialWarnings={entity.warnings}
          notice={notice}
          placeKinds={PLACE_KINDS}
          eventStatuses={EVENT_STATUSES}
        />
        <div style={{ display: "grid", gap: "1rem" }}>
          <section className="panel" aria-labelledby="public-heading">
            <h2 id="public-heading">{t("side.public")}</h2>
            <p className={styles.small}>
              <Link href={entity.publicPath}>{entity.publicPath}</Link>
            </p>
            {entity.redirects.length ? (
              <>
                <p className={`hint ${styles.small}`}>{t("side.redirects")}</p>
                <ul className={styles.list}>
                  {entity.redirects.map((slug) => (
                    <li key={slug}>{slug}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section className="panel" aria-labelledby="articles-heading">
            <h2 id="articles-heading">{t("side.articles")}</h2>
            {entity.articles.length === 0 ? (
              <p className={`hint ${styles.small}`}>{t("side.noArticles")}</p>
            ) : (
              <ul className={styles.list}>
                {entity.articles.map((article) => (
                  <li key={article.id}>
                    <Link href={`/admin/articles/${article.id}`}>{article.title}</Link>
                    {article.status === "draft" ? <span className="hint"> ({t("side.draft")})</span> : null}
                  </li>
                ))}
                {moreArticles > 0 ? <li className="hint">{t("side.more", { count: moreArticles })}</li> : null}
              </ul>
            )}
          </section>
          {can(user, "entity.merge") ? <MergePanel source={summary} /> : null}
          {can(user, "entity.delete") ? <DeletePanel entity={summary} usage={entity.usage} /> : null}
        </div>
      </div>
    </>
  );
}
