import { describe, expect, it } from "vitest";
import { ACTIONS, ARTICLE_STATUSES, PERMISSIONS, ROLES, TRANSITIONS, can, canEditArticle, canPublishArticle, canTransition, type Action, type ArticleStatus, type Role } from "./index";

// The expected matrix, written out independently of PERMISSIONS.
const expected: Record<Role, Action[]> = {
  writer: ["article.create", "article.editOwn", "article.submit", "entity.read", "entity.create", "entity.edit", "readership.read"],
  editor: [
    "article.create", "article.editOwn", "article.editAny", "article.publish", "article.submit", "article.review",
    "entity.read", "entity.create", "entity.edit", "entity.merge", "entity.delete", "section.manage", "readership.read",
  ],
  admin: [...ACTIONS],
};

describe("role matrix", () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = expected[role].includes(action);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can({ id: "u", role }, action)).toBe(allowed);
      });
    }
  }
  it("an anonymous caller may do nothing", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });
  it("every action has an entry", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
  });
});

describe("article records", () => {
  const writer = { id: "w", role: "writer" as const };
  const editor = { id: "e", role: "editor" as const };
  it("a writer edits their own draft only", () => {
    expect(canEditArticle(writer, { authorId: "w", status: "draft" })).toBe(true);
    expect(canEditArticle(writer, { authorId: "x", status: "draft" })).toBe(false);
    expect(canEditArticle(writer, { authorId: "w", status: "published" })).toBe(false);
  });
  it("an editor edits and publishes anyone's article", () => {
    expect(canEditArticle(editor, { authorId: "w", status: "published" })).toBe(true);
    expect(canPublishArticle(editor, { authorId: "w", status: "draft" })).toBe(true);
  });
  it("a writer never publishes, even their own draft", () => {
    expect(canPublishArticle(writer, { authorId: "w", status: "draft" })).toBe(false);
  });
  it("anonymous edits nothing", () => {
    expect(canEditArticle(null, { authorId: null, status: "draft" })).toBe(false);
  });
});

describe("workflow transitions", () => {
  const writer = { id: "w", role: "writer" as const };
  const other = { id: "o", role: "writer" as const };
  const editor = { id: "e", role: "editor" as const };
  const admin = { id: "a", role: "admin" as const };
  const own = (status: ArticleStatus) => ({ authorId: "w", status });
  const cases: [string, ArticleStatus, ArticleStatus, { writer: boolean; other: boolean; editor: boolean; admin: boolean; anonymous: boolean }][] = [
    ["submit for review", "draft", "in_review", { writer: true, other: false, editor: true, admin: true, anonymous: false }],
    ["take back / return to writer", "in_review", "draft", { writer: true, other: false, editor: true, admin: true, anonymous: false }],
    ["schedule", "in_review", "scheduled", { writer: false, other: false, editor: true, admin: true, anonymous: false }],
    ["publish", "in_review", "published", { writer: false, other: false, editor: true, admin: true, anonymous: false }],
    ["unpublish", "published", "draft", { writer: false, other: false, editor: true, admin: true, anonymous: false }],
    ["archive", "published", "archived", { writer: false, other: false, editor: true, admin: true, anonymous: false }],
    ["restore from archive", "archived", "draft", { writer: false, other: false, editor: true, admin: true, anonymous: false }],
    ["impossible: archived → published", "archived", "published", { writer: false, other: false, editor: false, admin: false, anonymous: false }],
    ["impossible: published → in_review", "published", "in_review", { writer: false, other: false, editor: false, admin: false, anonymous: false }],
  ];
  for (const [label, from, to, expected] of cases) {
    it(`${label} (${from} → ${to})`, () => {
      expect(canTransition(writer, own(from), to)).toBe(expected.writer);
      expect(canTransition(other, own(from), to)).toBe(expected.other);
      expect(canTransition(editor, own(from), to)).toBe(expected.editor);
      expect(canTransition(admin, own(from), to)).toBe(expected.admin);
      expect(canTransition(null, own(from), to)).toBe(expected.anonymous);
    });
  }
  it("every state lists only real states", () => {
    for (const [from, targets] of Object.entries(TRANSITIONS)) {
      expect(ARTICLE_STATUSES).toContain(from);
      for (const to of targets) expect(ARTICLE_STATUSES).toContain(to);
    }
  });
});
