import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { ForbiddenError, UnauthenticatedError, assertCan, type Action } from "@/lib/policy";
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

/**
 * Every route handler goes through here: load the user from the database,
 * check the action against the policy, map errors to 4xx.
 */
export function withAuth<Params>(
  action: Action,
  handler: (args: { request: Request; params: Params; user: SessionUser }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const user = await getCurrentUser();
      assertCan(user, action);
      return await handler({ request, params: await context.params, user: user as SessionUser });
    } catch (error) {
      const { status, error: message, fieldErrors, details } = describeError(error);
      return NextResponse.json({ error: message, fieldErrors, details }, { status });
    }
  };
}

/**
 * Every server action goes through here: server actions are public POST
 * endpoints, so each one loads the user, checks the policy and parses its input.
 */
export function authedAction<Schema extends z.ZodType, Result>(
  options: { action: Action; schema: Schema },
  handler: (input: z.output<Schema>, user: SessionUser) => Promise<Result>,
) {
  return async (input: unknown): Promise<ActionResult<Result>> => {
    try {
      const user = await getCurrentUser();
      assertCan(user, options.action);
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: "Vui lòng kiểm tra các trường được đánh dấu.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await handler(parsed.data, user as SessionUser) };
    } catch (error) {
      unstable_rethrow(error);
      const { error: message, fieldErrors } = describeError(error);
      return { ok: false, error: message, fieldErrors };
    }
  };
}
