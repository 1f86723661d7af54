import "server-only";
import { redirect } from "next/navigation";
import { can, type Action } from "@/lib/policy";
import type { SessionUser } from "@/lib/users";
import { getCurrentUser } from "./index";

export const CHANGE_PASSWORD_PATH = "/admin/change-password";

/**
 * For admin pages: the signed-in user, or a redirect to /login. A user who
 * must change their password (a new account, or one an admin reset) is sent
 * to /admin/change-password from every other page.
 */
export async function requirePageUser(nextPath = "/admin", options: { duringPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(nextPath)}`);
  if (user.mustChangePassword && !options.duringPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** With an action: `allowed` tells whether the policy permits it (the page then shows a refusal rather than the content). */
export async function requirePageAction(action: Action, nextPath = "/admin") {
  const user = await requirePageUser(nextPath);
  return { user, allowed: can(user, action) };
}
