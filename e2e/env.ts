import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3111);
export const E2E_DATA_DIR = path.resolve(import.meta.dirname, "..", ".test-data", `e2e-${E2E_PORT}`);
export const E2E_DEMO_PASSWORD = "e2e-demo-password";
export const ROLES = ["admin", "editor", "writer"] as const;
export type E2ERole = (typeof ROLES)[number];
export const authFile = (role: E2ERole) => path.join(E2E_DATA_DIR, "auth", `${role}.json`);
export const demoEmail = (role: E2ERole) => `${role}@toasoan.local`;
