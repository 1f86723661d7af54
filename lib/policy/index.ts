/**
 * Who may do what, in one place. Every server action, route handler and
 * admin page asks here; the UI only hides what this forbids.
 */
export const ROLES = ["admin", "editor", "writer"] as const;
export type Role = (typeof ROLES)[number];

/** Workflow states of an article (mirrors db/schema's article_status). */
export const ARTICLE_STATUSES = ["draft", "in_review", "scheduled", "published", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ACTIONS = [
  "article.create",
  "article.editOwn",
  "article.editAny",
  "article.publish",
  "entity.read",
  "entity.create",
  "entity.edit",
  "entity.merge",
  "entity.delete",
  "section.manage",
  "user.manage",
  "audit.read",
  "settings.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const STAFF: readonly Role[] = ["admin", "editor", "writer"];
const EDITORS: readonly Role[] = ["admin", "editor"];
const ADMINS: readonly Role[] = ["admin"];

export const PERMISSIONS: Record<Action, readonly Role[]> = {
  "article.create": STAFF,
  "article.editOwn": STAFF,
  "article.editAny": EDITORS,
  "article.publish": EDITORS,
  "entity.read": STAFF,
  "entity.create": STAFF,
  "entity.edit": STAFF,
  "entity.merge": EDITORS,
  "entity.delete": EDITORS,
  "section.manage": EDITORS,
  "user.manage": ADMINS,
  "audit.read": ADMINS,
  "settings.manage": ADMINS,
};

/** The acting user as the policy sees it: loaded from the database on each request. */
export interface Actor {
  id: string;
  role: Role;
}

export function can(actor: Actor | null | undefined, action: Action): boolean {
  return !!actor && PERMISSIONS[action].includes(actor.role);
}

export interface ArticleRecord {
  authorId: string | null;
  status: ArticleStatus;
}

/** Writers edit their own drafts; editors and admins edit anything. */
export function canEditArticle(actor: Actor | null | undefined, article: ArticleRecord): boolean {
  if (!actor) return false;
  if (can(actor, "article.editAny")) return true;
  return can(actor, "article.editOwn") && article.authorId === actor.id && article.status === "draft";
}

export function canPublishArticle(actor: Actor | null | undefined, article: ArticleRecord): boolean {
  return can(actor, "article.publish") && canEditArticle(actor, article);
}

export class ForbiddenError extends Error {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class UnauthenticatedError extends Error {
  constructor(message = "Vui lòng đăng nhập.") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

export function assertCan(actor: Actor | null | undefined, action: Action): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, action)) throw new ForbiddenError();
}
