import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listSections } from "@/lib/articles";
import { entityPath } from "@/lib/entities/paths";
import { SearchParams, searchArticles, searchEntitiesPublic } from "@/lib/search";
import { formatDateTime } from "@/lib/text/dates";
import { setPublicLocale } from "@/i18n/public";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  setPublicLocale();
  const t = await getTranslations("search");
  const q = first((await searchParams).q)?.slice(0, 100);
  return { title: q ? t("titleFor", { q }) : t("title"), robots: { index: false, follow: true } };
}

function Marked({ parts }: { parts: { text: string; match: boolean }[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

/** /tim-kiem?q=…: works without JavaScript (a GET form), never errors on odd input. */
export default async function SearchPage({ searchParams }: Props) {
  setPublicLocale();
  const t = await getTranslations("search");
  const raw = await searchParams;
  // Only the search's own parameters: links on the page do not carry a campaign's or anything else's.
  const input = Object.fromEntries(Object.keys(SearchParams.shape).map((key) => [key, first(raw[key])]));
  const params = SearchParams.parse(input);
  const [result, people, sections] = await Promise.all([searchArticles(params), params.page === 1 ? searchEntitiesPublic(params.q) : [], listSections()]);
  const hasFilters = Boolean(params.section || params.from || params.to || params.sort !== "relevance");
  /** This search with some parameters changed (the filters kept). */
  const searchHref = (changes: Record<string, string | undefined>) => {
    const query = new URLSearchParams(Object.entries({ ...input, ...changes }).filter((entry): entry is [string, string] => !!entry[1]));
    return `/tim-kiem?${query}`;
  };
  const pageHref = (page: number) => searchHref({ page: String(page) });
  return (
    <div className="search-page">
      <h1 className="section-title">{t("title")}</h1>
      <form role="search" action="/tim-kiem" method="get" className="search-form">
        <div className="field">
          <label htmlFor="q">{t("query")}</label>
          <input id="q" name="q" type="search" defaultValue={params.q} maxLength={300} placeholder={t("placeholder")} />
        </div>
        {/* Collapsed under results, so a phone shows them first; open on the bare search page and while a filter is set. */}
        <details className="search-more" open={!params.q || hasFilters}>
          <summary>{t("filters")}</summary>
          <div className="search-filters">
            <div className="field">
              <label htmlFor="section">{t("section")}</label>
              <select id="section" name="section" defaultValue={params.section ?? ""}>
                <option value="">{t("allSections")}</option>
                {sections.map((section) => (
                  <option key={section.id} value={section.slug}>
                    {section.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="from">{t("from")}</label>
              <input id="from" name="from" type="date" defaultValue={params.from} />
            </div>
            <div className="field">
              <label htmlFor="to">{t("to")}</label>
              <input id="to" name="to" type="date" defaultValue={params.to} />
            </div>
            <div className="field">
              <label htmlFor="sort">{t("sort")}</label>
              <select id="sort" name="sort" defaultValue={params.sort}>
                <option value="relevance">{t("byRelevance")}</option>
                <option value="date">{t("byDate")}</option>
              </select>
            </div>
          </div>
        </details>
        {params.entity ? <input type="hidden" name="entity" value={params.entity} /> : null}
        <button type="submit" className="btn btn-primary">
          {t("submit")}
        </button>
      </form>

      {people.length > 0 ? (
        <section aria-labelledby="entity-hits" className="entity-hits">
          <h2 id="entity-hits">{t("entities")}</h2>
          <ul className="plain-list">
            {people.map((entity) => (
              <li key={entity.id}>
                <Link href={entityPath(entity)}>{entity.name}</Link>
                {entity.title ? <span> — {entity.title}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {params.q || params.section || params.entity || params.from || params.to ? (
        <section aria-labelledby="article-hits">
          {result.correctedQuery ? (
            <p className="search-correction">
              {t("correction", { q: params.q })}{" "}
              <Link href={searchHref({ q: result.correctedQuery, page: undefined })}>
                <strong>{result.correctedQuery}</strong>
              </Link>
            </p>
          ) : null}
          <h2 id="article-hits" className="meta">
            {result.total === 0
              ? t("none")
              : result.fuzzy && !result.correctedQuery
                ? t("fuzzy")
                : t(result.totalIsLowerBound ? "countMore" : "count", { count: result.total })}
          </h2>
          <ol className="timeline search-results">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <p className="meta">
                  <time dateTime={hit.publishedAt.toISOString()}>{formatDateTime(hit.publishedAt)}</time>
                  {hit.sectionName ? ` · ${hit.sectionName}` : null}
                </p>
                <h3>
                  <Link href={`/bai-viet/${hit.slug}`}>
                    <Marked parts={hit.titleParts} />
                  </Link>
                </h3>
                <p>
                  <Marked parts={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
          {result.pages > 1 ? (
            <nav className="pager" aria-label={t("pages")}>
              {result.page > 1 ? <Link href={pageHref(result.page - 1)}>{t("previous")}</Link> : <span />}
              <span className="meta">{t("pageOf", { page: result.page, pages: result.pages })}</span>
              {result.page < result.pages ? <Link href={pageHref(result.page + 1)}>{t("next")}</Link> : <span />}
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
