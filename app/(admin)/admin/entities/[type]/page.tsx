import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { EntityTypeNav } from "@/components/admin/entities/EntityTypeNav";
import styles from "@/components/admin/entities/entities.module.css";
import { entityTypeParam, firstParam } from "@/components/admin/entities/params";
import { requirePageAction } from "@/lib/auth/page";
import { countEntitiesByType, listEntitiesForAdmin } from "@/lib/entities/admin-queries";
import { formatCalendarDate, formatDateTime } from "@/lib/text/dates";

type Props = {
  params: Promise<{ type: string }>;
  searchParams: Promise<{ q?: string | string[]; trang?: string | string[]; deleted?: string | string[] }>;
};

/** One type's records: search (diacritics optional) over names and aliases, a page at a time. */
export default async function EntityListPage({ params, searchParams }: Props) {
  const type = entityTypeParam((await params).type);
  if (!type) notFound();
  const { user, allowed } = await requirePageAction("entity.read", `/admin/entities/${type}`);
  if (!allowed) return <Forbidden />;
  const query = await searchParams;
  const t = await getTranslations("entitiesAdmin");
  const tEntity = await getTranslations("entity");
  const [counts, list] = await Promise.all([
    countEntitiesByType({ actor: user }),
    listEntitiesForAdmin({ actor: user, input: { type, q: firstParam(query.q) ?? "", page: firstParam(query.trang) ?? 1 } }),
  ]);
  const deleted = firstParam(query.deleted);
  const describe = (hint: string) => {
    if (!hint) return "";
    if (type === "place") return tEntity(`placeKind.${hint}` as "placeKind.country");
    if (type === "event") return formatCalendarDate(hint);
    return hint;
  };
  const pageHref = (page: number) => {
    const search = new URLSearchParams();
    if (list.q) search.set("q", list.q);
    if (page > 1) search.set("trang", String(page));
    const text = search.toString();
    return `/admin/entities/${type}${text ? `?${text}` : ""}`;
  };

  return (
    <>
      <div className="admin-toolbar">
        <h1>{t(`types.${type}.plural`)}</h1>
        <Link className="btn btn-primary" href={`/admin/entities/${type}/new`}>
          {t("list.add")}
        </Link>
      </div>
      <EntityTypeNav counts={counts} current={type} />
      {deleted ? (
        <div className="alert alert-ok" role="status">
          {t("delete.deleted", { name: deleted })}
        </div>
      ) : null}
      <form role="search" method="get" action={`/admin/entities/${type}`} className={styles.search}>
        <div className="field">
          <label htmlFor="entity-search">{t("list.search")}</label>
          <input id="entity-search" name="q" type="search" defaultValue={list.q} />
        </div>
        <button type="submit" className="btn">
          {t("list.searchButton")}
        </button>
        {list.q ? (
          <Link href={`/admin/entities/${type}`} className="btn">
            {t("list.clear")}
          </Link>
        ) : null}
      </form>
      <p className="hint">{list.q ? t("list.matching", { total: list.total, q: list.q }) : t("list.total", { total: list.total })}</p>
      {list.rows.length === 0 ? (
        list.q ? null : <p>{t("list.empty")}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("list.name")}</th>
              <th scope="col">{t("list.aliases")}</th>
              <th scope="col">{t("list.details")}</th>
              <th scope="col">{t("list.articles")}</th>
              <th scope="col">{t("list.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/admin/entities/${type}/${row.id}`}>{row.name}</Link>
                </td>
                <td>
                  {row.aliases.slice(0, 4).join(" · ")}
                  {row.aliases.length > 4 ? " …" : ""}
                </td>
                <td>{describe(row.hint)}</td>
                <td>{row.articleCount}</td>
                <td>{formatDateTime(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pageCount > 1 ? (
        <nav className="pager" aria-label={t("list.pages")}>
          {list.page > 1 ? <Link href={pageHref(list.page - 1)}>{t("list.previous")}</Link> : <span />}
          <span className="hint">{t("list.page", { page: list.page, pages: list.pageCount })}</span>
          {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)}>{t("list.next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
