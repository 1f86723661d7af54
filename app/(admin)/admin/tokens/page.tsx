import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { CreateTokenForm, RevokeTokenButton } from "@/components/admin/users/TokenForms.client";
import { requirePageAction } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/text/dates";
import { listApiTokens } from "@/lib/tokens";
import { listActiveAccounts } from "@/lib/users/admin";

type Props = { searchParams: Promise<{ user?: string | string[] }> };

/** Personal API tokens (admins only): create for an account, shown once; revoke. */
export default async function TokensPage({ searchParams }: Props) {
  const { user, allowed } = await requirePageAction("user.manage", "/admin/tokens");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("users");
  const tAdmin = await getTranslations("admin");
  const query = await searchParams;
  const ownerParam = typeof query.user === "string" ? query.user : undefined;
  const [tokens, accounts] = await Promise.all([listApiTokens({ actor: user }), listActiveAccounts({ actor: user })]);
  const owners = accounts.map((row) => ({ id: row.id, label: `${row.displayName} (${row.email}) · ${tAdmin(`roles.${row.role}`)}` }));
  return (
    <>
      <p>
        <Link href="/admin/users">{t("detail.back")}</Link>
      </p>
      <h1>{t("tokens.title")}</h1>
      <p>{t("tokens.intro")}</p>
      <CreateTokenForm owners={owners} defaultOwner={owners.some((owner) => owner.id === ownerParam) ? ownerParam : undefined} />
      {tokens.length === 0 ? (
        <p>{t("tokens.empty")}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("tokens.name")}</th>
              <th scope="col">{t("tokens.owner")}</th>
              <th scope="col">{t("tokens.prefix")}</th>
              <th scope="col">{t("tokens.createdAt")}</th>
              <th scope="col">{t("tokens.lastUsed")}</th>
              <th scope="col">{t("tokens.state")}</th>
              <th scope="col">
                <span className="hint">{t("tokens.revoke")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  {token.ownerName} · {tAdmin(`roles.${token.ownerRole}`)}
                  <br />
                  <span className="hint">{token.ownerEmail}</span>
                </td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>
                  {formatDateTime(token.createdAt)}
                  {token.createdByEmail ? (
                    <>
                      <br />
                      <span className="hint">{token.createdByEmail}</span>
                    </>
                  ) : null}
                </td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("common.never")}</td>
                <td>
                  {token.revokedAt
                    ? t("tokens.revoked", { date: formatDateTime(token.revokedAt) })
                    : token.ownerDisabled
                      ? t("tokens.ownerDisabled")
                      : t("tokens.active")}
                </td>
                <td>{token.revokedAt ? null : <RevokeTokenButton id={token.id} name={token.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
