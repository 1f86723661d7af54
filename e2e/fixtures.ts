import { test as base } from "@playwright/test";
import { ArticleEditorPage } from "./pages/ArticleEditorPage";
import { LoginPage } from "./pages/LoginPage";

export const test = base.extend<{ loginPage: LoginPage; articleEditor: ArticleEditorPage }>({
  loginPage: async ({ page }, provide) => provide(new LoginPage(page)),
  articleEditor: async ({ page }, provide) => provide(new ArticleEditorPage(page)),
});

export { expect } from "@playwright/test";

/** A title no other test or demo article has. */
export const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;
