import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { CreateUserForm } from "@/components/admin/users/CreateUserForm.client";
import { StatusBadge } from "@/components/admin/users/StatusBadge";
import styles from "@/components/admin/users/users.module.css";
import { requirePageAction } from "@/lib/auth/page";
import { ROLES } from "@/lib/policy";
import { formatDate } from "@/lib/text/dates";
import { listUsers } from "@/lib/users/admin";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Accounts (admins only): search, create with a temporary password, a link to manage each. */
export default async function UsersPage({ searchParams }: Props) {
  const { user, allowed } = await requirePageAction("user.manage", "/admin/users");
  if (!allowed) return <Forbidden />;
  const query = await searchParams;
  const t = await getTranslations("users");
  const tAdmin = await getTranslations("admin");
  const list = await listUsers({ actor: user, input: { q: first(query.q) ?? "", page: first(query.trang) ?? 1 } });
  const roles = ROLES.map((value) => ({ value, label: tAdmin(`roles.${value}`) }));
  const deleted = first(query.deleted);
  const pageHref = (page: number) => {
    const search = new URLSearchParams();
    if (list.q) search.set("q", list.q);
    if (page > 1) search.set("trang", String(page));
    const text = search.toString();
    return `/admin/users${text ? `?${text}` : ""}`;
  };

  return (
    <>
      <div className="admin-toolbar">
        <h1>{t("list.title")}</h1>
        <Link className="btn" href="/admin/tokens">
          {t("list.tokensLink")}
        </Link>
      </div>
      <p>{t("list.intro")}</p>
      {deleted ? (
        <div className="alert alert-ok" role="status">
          {t("delete.deleted", { email: deleted, articles: Number(first(query.articles) ?? 0), bylines: Number(first(query.bylines) ?? 0) })}
        </div>
      ) : null}
      <CreateUserForm roles={roles} />
      <form role="search" method="get" action="/admin/users" className={styles.search}>
        <div className="field">
          <label htmlFor="user-search">{t("list.search")}</label>
          <input id="user-search" name="q" type="search" defaultValue={list.q} />
        </div>
        <button type="submit" className="btn">
          {t("list.searchButton")}
        </button>
        {list.q ? (
          <Link href="/admin/users" className="btn">
            {t("list.clear")}
          </Link>
        ) : null}
      </form>
      <p className="hint">{list.q ? t("list.matching", { total: list.total, q: list.q }) : t("list.total", { total: list.total })}</p>
      {list.rows.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("list.name")}</th>
              <th scope="col">{t("list.email")}</th>
              <th scope="col">{t("list.role")}</th>
              <th scope="col">{t("list.status")}</th>
              <th scope="col">{t("list.created")}</th>
              <th scope="col">
                <span className={styles.srOnly}>{t("list.manage")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id}>
                <td>{row.displayName}</td>
                <td>{row.email}</td>
                <td>{tAdmin(`roles.${row.role}`)}</td>
                <td>
                  <StatusBadge disabled={!!row.disabledAt} mustChange={row.mustChangePassword} />
                </td>
                <td>{formatDate(row.createdAt)}</td>
                <td>
                  <Link href={`/admin/users/${row.id}`} aria-label={t("list.manageUser", { name: row.displayName })}>
                    {t("list.manage")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pageCount > 1 ? (
        <nav className="pager" aria-label={t("common.pages")}>
          {list.page > 1 ? <Link href={pageHref(list.page - 1)}>{t("common.previous")}</Link> : <span />}
          <span className="hint">{t("common.page", { page: list.page, pages: list.pageCount })}</span>
          {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)}>{t("common.next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
