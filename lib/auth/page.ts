import "server-only";
import { redirect } from "next/navigation";
import { can, type Action } from "@/lib/policy";
import type { SessionUser } from "@/lib/users";
import { getCurrentUser } from "./index";

/**
 * For admin pages: the signed-in user, or a redirect to /login. With an
 * action, `allowed` tells whether the policy permits it (the page then shows
 * a refusal rather than the content).
 */
export async function requirePageUser(nextPath = "/admin"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(nextPath)}`);
  return user;
}

export async function requirePageAction(action: Action, nextPath = "/admin") {
  const user = await requirePageUser(nextPath);
  return { user, allowed: can(user, action) };
}
