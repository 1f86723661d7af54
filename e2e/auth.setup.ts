import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { E2E_DEMO_PASSWORD, ROLES, authFile, demoEmail } from "./env";
import { LoginPage } from "./pages/LoginPage";

// One login per role through the real form; specs reuse the saved cookies.
for (const role of ROLES) {
  setup(`log in as ${role}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.login(demoEmail(role), E2E_DEMO_PASSWORD);
    await login.expectLoggedIn();
    mkdirSync(path.dirname(authFile(role)), { recursive: true });
    await page.context().storageState({ path: authFile(role) });
  });
}
