/** Called once per server instance: start in-app background work (no system cron). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startPageCacheSync } = await import("./lib/cache/sync");
  await startPageCacheSync();
  const { startScheduler } = await import("./lib/articles/scheduler");
  startScheduler();
}
