import { describe, expect, it } from "vitest";
import { ACTIONS, PERMISSIONS, ROLES, can, canEditArticle, canPublishArticle, type Action, type Role } from "./index";

// The expected matrix, written out independently of PERMISSIONS.
const expected: Record<Role, Action[]> = {
  writer: ["article.create", "article.editOwn", "entity.read", "entity.create", "entity.edit"],
  editor: [
    "article.create", "article.editOwn", "article.editAny", "article.publish",
    "entity.read", "entity.create", "entity.edit", "entity.merge", "entity.delete", "section.manage",
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
