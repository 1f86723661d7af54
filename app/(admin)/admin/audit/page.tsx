import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import styles from "@/components/admin/users/users.module.css";
import { auditActionNames, listAudit } from "@/lib/audit";
import { requirePageAction } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/text/dates";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A short, readable rendering of an entry's details (they are JSON; values are never HTML). */
function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
}

/** The audit log (admins only), filtered by action, actor and date range. */
export default async function AuditPage({ searchParams }: Props) {
  const { user, allowed } = await requirePageAction("audit.read", "/admin/audit");
  if (!allowed) return <Forbidden />;
  const query = await searchParams;
  const t = await getTranslations("users.audit");
  const tCommon = await getTranslations("users.common");
  const input = { action: first(query.action), actor: first(query.actor), from: first(query.from), to: first(query.to), page: first(query.trang) };
  // A bad date in the address is dropped rather than failing the page.
  const result = await listAudit({ actor: user, input }).catch(() => listAudit({ actor: user, input: { action: input.action, actor: input.actor } }));
  const actions = await auditActionNames({ actor: user });
  const label = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const { filter } = result;
  const pageHref = (page: number) => {
    const search = new URLSearchParams();
    for (const key of ["action", "actor", "from", "to"] as const) if (filter[key]) search.set(key, filter[key]!);
    if (page > 1) search.set("trang", String(page));
    const text = search.toString();
    return `/admin/audit${text ? `?${text}` : ""}`;
  };
  const filtered = !!(filter.action || filter.actor || filter.from || filter.to);

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form role="search" method="get" action="/admin/audit" className={styles.search} aria-label={t("filter")}>
        <div className="field">
          <label htmlFor="audit-action">{t("action")}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("allActions")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {label(action)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t("actor")}</label>
          <input id="audit-actor" name="actor" type="search" placeholder={t("actorHint")} defaultValue={filter.actor ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </div>
        <button type="submit" className="btn">
          {t("filter")}
        </button>
        {filtered ? (
          <Link href="/admin/audit" className="btn">
            {t("clear")}
          </Link>
        ) : null}
      </form>
      <p className="hint">{t("total", { total: result.total })}</p>
      {result.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("actor")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("target")}</th>
              <th scope="col">{t("details")}</th>
              <th scope="col">{t("ip")}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
                </td>
                <td>{row.actorId ? <Link href={`/admin/users/${row.actorId}`}>{row.actorLabel}</Link> : row.actorLabel}</td>
                <td>{label(row.action)}</td>
                <td>
                  {row.targetType === "user" && row.targetId ? (
                    <Link href={`/admin/users/${row.targetId}`}>{row.targetType}</Link>
                  ) : row.targetType ? (
                    `${row.targetType}${row.targetId ? ` ${row.targetId.slice(0, 8)}` : ""}`
                  ) : null}
                </td>
                <td className={styles.details}>{describeDetails(row.details)}</td>
                <td>{row.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.pageCount > 1 ? (
        <nav className="pager" aria-label={tCommon("pages")}>
          {result.page > 1 ? <Link href={pageHref(result.page - 1)}>{tCommon("previous")}</Link> : <span />}
          <span className="hint">{tCommon("page", { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? <Link href={pageHref(result.page + 1)}>{tCommon("next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
