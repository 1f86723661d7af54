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
  "article.submit",
  "article.review",
  "entity.read",
  "entity.create",
  "entity.edit",
  "entity.merge",
  "entity.delete",
  "section.manage",
  "user.manage",
  "audit.read",
  "settings.manage",
  "readership.read",
] as const;
export type Action = (typeof ACTIONS)[number];

const STAFF: readonly Role[] = ["admin", "editor", "writer"];
const EDITORS: readonly Role[] = ["admin", "editor"];
const ADMINS: readonly Role[] = ["admin"];

export const PERMISSIONS: Record<Action, readonly Role[]> = {
  "article.create": STAFF,
  "article.editOwn": STAFF,
  "article.editAny": EDITORS,
  /** Publish, schedule, unpublish, archive. */
  "article.publish": EDITORS,
  /** Send one's article for review (or take it back). */
  "article.submit": STAFF,
  /** Return an article to its writer with a note; read the review queue. */
  "article.review": EDITORS,
  "entity.read": STAFF,
  "entity.create": STAFF,
  "entity.edit": STAFF,
  "entity.merge": EDITORS,
  "entity.delete": EDITORS,
  "section.manage": EDITORS,
  "user.manage": ADMINS,
  "audit.read": ADMINS,
  "settings.manage": ADMINS,
  /** Views per day and the most-read articles (the newsroom's own figures). */
  "readership.read": STAFF,
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

/** Writers edit their own drafts and their own articles in review; editors and admins edit anything. */
export function canEditArticle(actor: Actor | null | undefined, article: ArticleRecord): boolean {
  if (!actor) return false;
  if (can(actor, "article.editAny")) return true;
  return can(actor, "article.editOwn") && article.authorId === actor.id && (article.status === "draft" || article.status === "in_review");
}

/**
 * The workflow: which state may follow which, and who may make the move.
 * draft → in_review → scheduled | published; published → draft (unpublish);
 * anything → archived; archived → draft.
 */
export const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ["in_review", "scheduled", "published", "archived"],
  in_review: ["draft", "scheduled", "published", "archived"],
  scheduled: ["draft", "published", "archived"],
  published: ["draft", "archived"],
  archived: ["draft"],
};

export function canTransition(actor: Actor | null | undefined, article: ArticleRecord, to: ArticleStatus): boolean {
  if (!actor || !TRANSITIONS[article.status].includes(to)) return false;
  const own = article.authorId === actor.id;
  // A writer submits their own draft for review, or takes it back.
  if ((article.status === "draft" && to === "in_review") || (article.status === "in_review" && to === "draft" && own)) {
    return can(actor, "article.submit") && canEditArticle(actor, article);
  }
  if (article.status === "in_review" && to === "draft") return can(actor, "article.review");
  return can(actor, "article.publish");
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
