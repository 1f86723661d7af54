import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listArticlesForEntity } from "@/lib/articles";
import { ENTITY_PATHS, getEntityBySlug, type EntityPage } from "@/lib/entities";
import type { EntityType } from "@/db/schema";
import { formatCalendarDate, formatDateTime } from "@/lib/text/dates";

export type EntityRouteProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ trang?: string | string[] }>;
};

export function pageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

export async function loadEntity(type: EntityType, props: EntityRouteProps) {
  const slug = decodeURIComponent((await props.params).slug);
  return getEntityBySlug(type, slug);
}

/** The public page of a person, place or event: the record, then its coverage, newest first. */
export async function EntityPageView({ type, ...props }: EntityRouteProps & { type: EntityType }) {
  const entity = await loadEntity(type, props);
  const page = pageNumber((await props.searchParams).trang);
  if (!entity || page === null) notFound();
  const t = await getTranslations("entity");
  const { articles, hasMore } = await listArticlesForEntity(entity.id, page);
  if (page > 1 && articles.length === 0) notFound();
  const base = `${ENTITY_PATHS[type]}/${entity.slug}`;
  return (
    <div className="narrow" style={{ margin: "0 auto" }}>
      <header className="entity-header">
        {entity.place && entity.place.breadcrumb.length > 0 ? (
          <nav className="breadcrumb" aria-label="Đường dẫn">
            <ol>
              {entity.place.breadcrumb.map((ancestor) => (
                <li key={ancestor.slug}>
                  <Link href={`${ENTITY_PATHS.place}/${ancestor.slug}`}>{ancestor.name}</Link>
                </li>
              ))}
              <li aria-current="page">{entity.name}</li>
            </ol>
          </nav>
        ) : null}
        <span className="kicker">{t(`type.${type}`)}</span>
        <h1>{entity.name}</h1>
        <EntityFacts entity={entity} />
      </header>
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="section-title">
          {t("coverage")}
          {page > 1 ? ` · ${t("page", { page })}` : null}
        </h2>
        {articles.length === 0 ? (
          <p>{t("noCoverage", { name: entity.name })}</p>
        ) : (
          <ol className="timeline">
            {articles.map((article) => (
              <li key={article.id}>
                <p className="meta">
                  <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
                </p>
                <h3>
                  <Link href={`/bai-viet/${article.slug}`}>{article.title}</Link>
                </h3>
                {article.sapo ? <p>{article.sapo}</p> : null}
              </li>
            ))}
          </ol>
        )}
        <nav className="pager" aria-label={t("coverage")}>
          {page > 1 ? <Link href={page === 2 ? base : `${base}?trang=${page - 1}`}>{t("newer")}</Link> : <span />}
          {hasMore ? <Link href={`${base}?trang=${page + 1}`}>{t("older")}</Link> : null}
        </nav>
      </section>
    </div>
  );
}

async function EntityFacts({ entity }: { entity: EntityPage }) {
  const t = await getTranslations("entity");
  const facts: [string, string][] = [];
  if (entity.person?.title) facts.push(["", entity.person.title]);
  if (entity.place) facts.push(["", t(`placeKind.${entity.place.kind}` as "placeKind.country")]);
  if (entity.event) {
    const { startDate, endDate, status, edition } = entity.event;
    if (edition) facts.push(["", t("edition", { edition })]);
    if (startDate) {
      const range = endDate && endDate !== startDate ? `${formatCalendarDate(startDate)} – ${formatCalendarDate(endDate)}` : formatCalendarDate(startDate);
      facts.push([t("dates"), range]);
    }
    facts.push([t("status"), t(`eventStatus.${status}` as "eventStatus.held")]);
  }
  if (entity.aliases.length) facts.push([t("aliases"), entity.aliases.join(" · ")]);
  return (
    <>
      {entity.description ? <p>{entity.description}</p> : null}
      {facts.length ? (
        <dl className="entity-facts">
          {facts.map(([label, value], index) => (
            <div key={index} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}
