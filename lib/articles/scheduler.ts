import "server-only";
import { expireWholeSite } from "@/lib/cache/sync";
import { rollUpViewCounts } from "@/lib/readership";
import { promoteDueArticles } from "./workflow";

/**
 * Runs inside every app instance (started from instrumentation.ts): no system
 * cron. Scheduled articles are already public at their time (publiclyVisible);
 * this records them as published (and refreshes the cached public pages), claiming rows with SKIP LOCKED so several
 * instances never promote the same article twice. Once an hour it also rolls
 * old hourly view counts up into daily ones (lib/readership).
 */
let timer: NodeJS.Timeout | undefined;
const ROLL_UP_EVERY_MS = 3_600_000;
let lastRollUp = 0;

export function startScheduler(intervalMs = Number(process.env.SCHEDULER_INTERVAL_MS ?? 15_000)) {
  if (timer) return;
  const tick = async () => {
    try {
      const promoted = await promoteDueArticles();
      if (promoted.length) {
        console.log(`[scheduler] published ${promoted.length} scheduled article(s)`);
        await expireWholeSite();
      }
    } catch (error) {
      console.error("[scheduler] promotion failed:", error instanceof Error ? error.message : error);
    }
    if (Date.now() - lastRollUp >= ROLL_UP_EVERY_MS) {
      lastRollUp = Date.now();
      try {
        const moved = await rollUpViewCounts();
        if (moved) console.log(`[scheduler] rolled ${moved} hourly view count(s) up into days`);
      } catch (error) {
        console.error("[scheduler] view count roll-up failed:", error instanceof Error ? error.message : error);
      }
    }
  };
  timer = setInterval(tick, Math.max(1000, intervalMs));
  timer.unref();
  void tick();
}
