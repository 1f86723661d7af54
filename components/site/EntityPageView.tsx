import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { EntityType } from "@/db/schema";
import { entityJsonLd } from "@/lib/entities/json-ld";
import {
  findEntityId,
  getEntityRecord,
  listTimeline,
  relatedEntities,
  timelineEntityIds,
  typesAtPath,
  type EditionView,
  type EntityLink,
  type EntityRecord,
  type PositionView,
} from "@/lib/entities/pages";
import { entityPath } from "@/lib/entities/paths";
import { siteUrl } from "@/lib/site-url";
import { formatDateTime } from "@/lib/text/dates";
import { formatPartialDate, formatPartialRange } from "@/lib/text/partial-date";
import { JsonLd } from "./JsonLd";
import { setPublicLocale } from "@/i18n/public";

/** `/nhan-vat/[slug]` and its later pages `/nhan-vat/[slug]/trang/[page]` (where `?trang=N` is rewritten to, see next.config.js). */
export type EntityRouteProps = {
  params: Promise<{ slug: string; page?: string }>;
};

export function pageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/** The record behind a public entity URL; old slugs of merged or renamed entities redirect permanently. */
export async function loadEntity(type: EntityType, props: Pick<EntityRouteProps, "params">): Promise<EntityRecord | null> {
  const slug = decodeURIComponent((await props.params).slug);
  const found = await findEntityId(typesAtPath(type), slug);
  if (!found) return null;
  if ("redirectTo" in found) permanentRedirect(found.redirectTo);
  return getEntityRecord(found.id);
}

export function entityDescription(record: EntityRecord): string | undefined {
  return record.description || record.person?.current?.title || undefined;
}

const L = ({ entity }: { entity: EntityLink }) => <Link href={entityPath(entity)}>{entity.name}</Link>;

/** The public page of a person, place, organization, event or series: the record, then its coverage, newest first. */
export async function EntityPageView({ type, ...props }: EntityRouteProps & { type: EntityType }) {
  setPublicLocale();
  const record = await loadEntity(type, props);
  const page = pageNumber((await props.params).page);
  if (!record || page === null) notFound();
  const t = await getTranslations("entity");
  const ids = await timelineEntityIds(record);
  const [{ articles, total, pages }, people, placesNearby, eventsAround, base] = await Promise.all([
    listTimeline(ids, page),
    relatedEntities(record.id, "person"),
    relatedEntities(record.id, "place"),
    relatedEntities(record.id, "event"),
    siteUrl(),
  ]);
  if (page > pages) notFound();
  const path = entityPath(record);
  const pageHref = (n: number) => (n === 1 ? path : `${path}?trang=${n}`);

  return (
    <div className="entity-page">
      <JsonLd data={entityJsonLd(record, base)} />
      <header className="entity-header">
        {record.place && record.place.breadcrumb.length > 0 ? <Breadcrumb trail={record.place.breadcrumb} current={record.name} /> : null}
        {record.organization && record.organization.breadcrumb.length > 0 ? <Breadcrumb trail={record.organization.breadcrumb} current={record.name} /> : null}
        <span className="kicker">{t(`type.${record.type}`)}</span>
        <h1>{record.name}</h1>
        {record.person?.current ? <p className="entity-title">{[record.person.current.rank, record.person.current.title].filter(Boolean).join(", ")}</p> : null}
        {record.description ? <p>{record.description}</p> : null}
        <Facts record={record} />
      </header>

      <div className="entity-columns">
        <div>
          {record.person && record.person.positions.length > 0 ? <Positions positions={record.person.positions} /> : null}
          {record.event ? <EventDetails record={record} /> : null}
          {record.series ? <Editions editions={record.series.editions} /> : null}
          {record.place && record.place.events.length > 0 ? (
            <section aria-labelledby="events-here">
              <h2 id="events-here" className="section-title">{t("eventsHere")}</h2>
              <EditionList editions={record.place.events} />
            </section>
          ) : null}

          <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading" className="section-title">
              {t("coverage")} <small className="meta">· {t("total", { count: total })}</small>
            </h2>
            {articles.length === 0 ? (
              <p>{t("noCoverage", { name: record.name })}</p>
            ) : (
              <ol className="timeline">
                {articles.map((article) => (
                  <li key={article.id}>
                    <p className="meta">
                      <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
                      {article.sectionName ? ` · ${article.sectionName}` : null}
                    </p>
                    <h3>
                      <Link href={`/bai-viet/${article.slug}`}>{article.title}</Link>
                    </h3>
                    {article.sapo ? <p>{article.sapo}</p> : null}
                  </li>
                ))}
              </ol>
            )}
            {pages > 1 ? (
              <nav className="pager" aria-label={t("pageOf", { page, pages })}>
                {page > 1 ? <Link href={pageHref(page - 1)} rel="prev">{t("newer")}</Link> : <span />}
                <span className="meta">{t("pageOf", { page, pages })}</span>
                {page < pages ? <Link href={pageHref(page + 1)} rel="next">{t("older")}</Link> : <span />}
              </nav>
            ) : null}
          </section>
        </div>

        <aside className="entity-aside" aria-label={t("related")}>
          <RelatedList title={t("relatedPeople")} items={people} />
          <RelatedList title={t("relatedPlaces")} items={placesNearby} />
          <RelatedList title={t("relatedEvents")} items={eventsAround} />
          {record.place && record.place.children.length > 0 ? (
            <section>
              <h2>{t("children")}</h2>
              <ul className="plain-list">
                {record.place.children.map((child) => (
                  <li key={child.id}>
                    <L entity={child} /> <small className="meta">{t(`placeKind.${child.kind}` as "placeKind.country")}</small>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {record.organization && record.organization.children.length > 0 ? (
            <section>
              <h2>{t("subOrgs")}</h2>
              <ul className="plain-list">
                {record.organization.children.map((child) => (
                  <li key={child.id}>
                    <L entity={child} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {record.organization && record.organization.people.length > 0 ? (
            <section>
              <h2>{t("peopleHere")}</h2>
              <ul className="plain-list">
                {record.organization.people.map((person, index) => (
                  <li key={`${person.id}-${index}`}>
                    <L entity={person} /> <small className="meta">{person.title}</small>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {record.person && record.person.events.length > 0 ? (
            <section>
              <h2>{t("events")}</h2>
              <ul className="plain-list">
                {record.person.events.map((event) => (
                  <li key={event.id}>
                    <L entity={event} /> {event.role ? <small className="meta">{event.role}</small> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

function Breadcrumb({ trail, current }: { trail: EntityLink[]; current: string }) {
  return (
    <nav className="breadcrumb" aria-label="Đường dẫn">
      <ol>
        {trail.map((ancestor) => (
          <li key={ancestor.id}>
            <L entity={ancestor} />
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

async function Facts({ record }: { record: EntityRecord }) {
  const t = await getTranslations("entity");
  const facts: { label: string; value: React.ReactNode }[] = [];
  if (record.person?.country) facts.push({ label: t("country"), value: <L entity={record.person.country} /> });
  if (record.organization?.country) facts.push({ label: t("country"), value: <L entity={record.organization.country} /> });
  if (record.place) {
    facts.push({ label: t("type.place"), value: t(`placeKind.${record.place.kind}` as "placeKind.country") });
    if (record.place.validFrom || record.place.validTo) {
      facts.push({
        label: t("validity"),
        value: `${record.place.validFrom ? formatPartialDate({ date: record.place.validFrom, precision: "day" }) : "…"} – ${record.place.validTo ? formatPartialDate({ date: record.place.validTo, precision: "day" }) : t("present")}`,
      });
    }
    if (record.place.successors.length) facts.push({ label: t("successors"), value: <LinkList items={record.place.successors} /> });
    if (record.place.predecessors.length) facts.push({ label: t("predecessors"), value: <LinkList items={record.place.predecessors} /> });
  }
  if (record.event) {
    const { edition, start, end, status, series } = record.event;
    if (series) facts.push({ label: t("series"), value: <L entity={series} /> });
    if (edition) facts.push({ label: t("editionLabel"), value: t("edition", { edition }) });
    facts.push({ label: t("dates"), value: start || end ? formatPartialRange(start, end) : t("unknownDate") });
    facts.push({ label: t("status"), value: t(`eventStatus.${status}` as "eventStatus.held") });
  }
  if (record.aliases.length) facts.push({ label: t("aliases"), value: record.aliases.join(" · ") });
  if (facts.length === 0) return null;
  return (
    <>
      {record.place?.validTo ? <p className="notice">{t("abolished", { date: formatPartialDate({ date: record.place.validTo, precision: "day" }) })}</p> : null}
      <dl className="entity-facts">
        {facts.map((fact) => (
          <div key={fact.label} className="fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function LinkList({ items }: { items: EntityLink[] }) {
  return (
    <>
      {items.map((item, index) => (
        <span key={item.id}>
          {index > 0 ? ", " : null}
          <L entity={item} />
        </span>
      ))}
    </>
  );
}

async function Positions({ positions }: { positions: PositionView[] }) {
  const t = await getTranslations("entity");
  return (
    <section aria-labelledby="positions-heading">
      <h2 id="positions-heading" className="section-title">{t("positions")}</h2>
      <ul className="plain-list positions">
        {positions.map((position, index) => (
          <li key={index}>
            <span className="meta">
              {position.from || position.to ? `${position.from ? formatPartialDate(position.from) : "…"} – ${position.to ? formatPartialDate(position.to) : t("present")}` : null}
            </span>{" "}
            <strong>{[position.rank, position.title].filter(Boolean).join(", ")}</strong>
            {position.organization ? (
              <>
                {" · "}
                <L entity={position.organization} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

async function EventDetails({ record }: { record: EntityRecord }) {
  const t = await getTranslations("entity");
  const event = record.event!;
  return (
    <>
      {event.previous || event.next ? (
        <nav className="pager edition-pager" aria-label={t("editions")}>
          {event.previous ? <Link href={entityPath(event.previous)}>{t("previous", { name: event.previous.name })}</Link> : <span />}
          {event.next ? <Link href={entityPath(event.next)}>{t("next", { name: event.next.name })}</Link> : <span />}
        </nav>
      ) : null}
      {event.history.length > 0 ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="section-title">{t("history")}</h2>
          <ol className="plain-list history">
            {event.history.map((change, index) => (
              <li key={index}>
                <strong>{t(`eventStatus.${change.status}` as "eventStatus.held")}</strong>
                {change.start || change.end ? ` ${formatPartialRange(change.start, change.end)}` : null}
                {change.recordedOn ? <span className="meta"> ({t("recorded", { date: formatPartialDate({ date: change.recordedOn, precision: "day" }) })})</span> : null}
                {change.note ? <p>{change.note}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {event.places.length > 0 ? (
        <section aria-labelledby="places-heading">
          <h2 id="places-heading" className="section-title">{t("places")}</h2>
          <p>
            <LinkList items={event.places} />
          </p>
        </section>
      ) : null}
      {event.participants.length > 0 ? (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading" className="section-title">{t("participants")}</h2>
          <ul className="plain-list">
            {event.participants.map((person) => (
              <li key={person.id}>
                <L entity={person} />
                {person.title ? <span className="meta">, {person.title}</span> : null}
                {person.role ? <span> — {person.role}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

async function Editions({ editions }: { editions: EditionView[] }) {
  const t = await getTranslations("entity");
  return (
    <section aria-labelledby="editions-heading">
      <h2 id="editions-heading" className="section-title">{t("editions")}</h2>
      {editions.length === 0 ? <p>{t("noEditions")}</p> : <EditionList editions={editions} />}
    </section>
  );
}

async function EditionList({ editions }: { editions: EditionView[] }) {
  const t = await getTranslations("entity");
  return (
    <ol className="plain-list editions">
      {editions.map((edition) => (
        <li key={edition.id}>
          {edition.edition ? <span className="edition-number">{t("editionShort", { edition: edition.edition })}</span> : null}
          <L entity={edition} />
          <span className="meta">
            {" · "}
            {edition.start || edition.end ? formatPartialRange(edition.start, edition.end) : t("unknownDate")}
            {" · "}
            {t(`eventStatus.${edition.status}` as "eventStatus.held")}
          </span>
          {edition.places.length > 0 ? (
            <span className="meta">
              {" · "}
              <LinkList items={edition.places} />
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function RelatedList({ title, items }: { title: string; items: (EntityLink & { shared: number })[] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id}>
            <L entity={item} /> <small className="meta">({item.shared})</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
