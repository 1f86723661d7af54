import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/admin/Forbidden";
import { StatusBadge } from "@/components/admin/users/StatusBadge";
import { UserManagePanels } from "@/components/admin/users/UserManagePanels.client";
import { requirePageAction } from "@/lib/auth/page";
import { NotFoundError } from "@/lib/errors";
import { ROLES } from "@/lib/policy";
import { formatDate } from "@/lib/text/dates";
import { getUserForAdmin, listReassignmentTargets } from "@/lib/users/admin";

type Props = { params: Promise<{ id: string }> };

/** One account (admins only): its facts, and role, status, password and deletion controls. */
export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const { user: actor, allowed } = await requirePageAction("user.manage", `/admin/users/${id}`);
  if (!allowed) return <Forbidden />;
  const user = await getUserForAdmin({ actor, id }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("users");
  const tAdmin = await getTranslations("admin");
  const heirs = await listReassignmentTargets({ actor, exceptId: user.id });
  const isSelf = user.id === actor.id;
  return (
    <>
      <p>
        <Link href="/admin/users">{t("detail.back")}</Link>
      </p>
      <h1>{user.displayName}</h1>
      {isSelf ? <p className="hint">{t("detail.you")}</p> : null}
      <dl className="entity-facts">
        <dt>{t("detail.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("detail.role")}</dt>
        <dd>{tAdmin(`roles.${user.role}`)}</dd>
        <dt>{t("detail.status")}</dt>
        <dd>
          <StatusBadge disabled={!!user.disabledAt} mustChange={user.mustChangePassword} />
        </dd>
        <dt>{t("detail.created")}</dt>
        <dd>{formatDate(user.createdAt)}</dd>
        {user.slug ? (
          <>
            <dt>{t("detail.authorPage")}</dt>
            <dd>
              <Link href={`/tac-gia/${user.slug}`}>/tac-gia/{user.slug}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <p>{t("detail.articles", { articles: user.articleCount, bylines: user.bylineCount })}</p>
      <UserManagePanels
        user={{ id: user.id, displayName: user.displayName, email: user.email, role: user.role, disabled: !!user.disabledAt }}
        roles={ROLES.map((value) => ({ value, label: tAdmin(`roles.${value}`) }))}
        heirs={heirs.map((heir) => ({ id: heir.id, label: `${heir.displayName} (${heir.email})` }))}
        isSelf={isSelf}
      />
    </>
  );
}
