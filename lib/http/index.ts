import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth";
import { authConfigured } from "@/lib/auth/config";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { ForbiddenError, UnauthenticatedError, assertCan, type Action } from "@/lib/policy";
import { authenticateToken } from "@/lib/tokens";
import type { SessionUser } from "@/lib/users";

/** Field name → messages, for forms. */
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: FieldErrors };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** One mapping from errors to what a caller sees. Unknown errors are logged and stay opaque. */
export function describeError(error: unknown): { status: number; error: string; fieldErrors?: FieldErrors; details?: unknown } {
  if (error instanceof z.ZodError) {
    return { status: 400, error: "Dữ liệu không hợp lệ.", fieldErrors: fieldErrorsOf(error) };
  }
  if (error instanceof ValidationError) {
    return { status: 400, error: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined };
  }
  if (error instanceof UnauthenticatedError) return { status: 401, error: error.message };
  if (error instanceof ForbiddenError) return { status: 403, error: error.message };
  if (error instanceof NotFoundError) return { status: 404, error: error.message };
  if (error instanceof ConflictError) return { status: 409, error: error.message, details: error.details };
  console.error(error);
  return { status: 500, error: "Đã có lỗi ở máy chủ. Vui lòng thử lại." };
}

/** Routes that also accept `Authorization: Bearer <personal API token>` (integrations). */
export const TOKEN_API_PREFIX = "/api/admin/v1/";

export class PasswordChangeRequiredError extends ForbiddenError {
  constructor() {
    super("Bạn cần đổi mật khẩu trước khi tiếp tục.");
    this.name = "PasswordChangeRequiredError";
  }
}

function isTokenRoute(request: Request): boolean {
  try {
    const path = new URL(request.url).pathname;
    return path.startsWith(TOKEN_API_PREFIX) || path === TOKEN_API_PREFIX.slice(0, -1);
  } catch {
    return false;
  }
}

/**
 * Who is calling a route: under /api/admin/v1 a bearer token, when one is
 * sent, is the only credential considered (a bad one is a 401, never a
 * fallback to the cookie); elsewhere, and without one, the session cookie.
 */
async function routeUser(request: Request): Promise<SessionUser | null> {
  const authorization = request.headers.get("authorization");
  if (authorization && isTokenRoute(request)) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match || !authConfigured()) return null;
    return authenticateToken(match[1]!);
  }
  return getCurrentUser();
}

/**
 * Every route handler goes through here: load the user from the database
 * (session cookie, or a personal API token under /api/admin/v1), check the
 * action against the policy, map errors to 4xx.
 */
export function withAuth<Params>(
  action: Action,
  handler: (args: { request: Request; params: Params; user: SessionUser }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const user = await routeUser(request);
      assertCan(user, action);
      if ((user as SessionUser).mustChangePassword) throw new PasswordChangeRequiredError();
      return await handler({ request, params: await context.params, user: user as SessionUser });
    } catch (error) {
      const { status, error: message, fieldErrors, details } = describeError(error);
      const headers = status === 401 ? { "WWW-Authenticate": 'Bearer realm="toasoan"' } : undefined;
      return NextResponse.json({ error: message, fieldErrors, details }, { status, headers });
    }
  };
}

/** For actions on one's own account (profile, own password): any signed-in user may. */
export const OWN_ACCOUNT = "account.own" as const;

/**
 * Every server action goes through here: server actions are public POST
 * endpoints, so each one loads the user, checks the policy and parses its input.
 * While a user must change their password, only the action marked
 * `duringPasswordChange` is allowed.
 */
export function authedAction<Schema extends z.ZodType, Result>(
  options: { action: Action | typeof OWN_ACCOUNT; schema: Schema; duringPasswordChange?: boolean },
  handler: (input: z.output<Schema>, user: SessionUser) => Promise<Result>,
) {
  return async (input: unknown): Promise<ActionResult<Result>> => {
    try {
      const user = await getCurrentUser();
      if (options.action === OWN_ACCOUNT) {
        if (!user) throw new UnauthenticatedError();
      } else {
        assertCan(user, options.action);
      }
      if (user.mustChangePassword && !options.duringPasswordChange) throw new PasswordChangeRequiredError();
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: "Vui lòng kiểm tra các trường được đánh dấu.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      unstable_rethrow(error);
      const { error: message, fieldErrors } = describeError(error);
      return { ok: false, error: message, fieldErrors };
    }
  };
}
