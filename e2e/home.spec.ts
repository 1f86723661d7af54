import type { APIRequestContext, Page } from "@playwright/test";
import { formatPartialDate, formatPartialRange } from "../lib/text/partial-date";
import { doc } from "./authoring-helpers";
import { authFile } from "./env";
import { expect, test } from "./fixtures";

const READER_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
// Three readers: the view counter counts one view per reader (address and browser) and article per half hour.
const OTHER_READER_UAS = [
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
];
const CRAWLER_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const COVER_HOST = "https://images.e2e.example";

/** A calendar day `offset` days from today in the newsroom's time zone. */
function day(offset: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return { date: date.toISOString().slice(0, 10), precision: "day" as const };
}

async function publish(api: APIRequestContext, data: { title: string; sectionId?: string | null; cover?: { src: string; alt: string } }) {
  const response = await api.post("/api/admin/v1/articles", {
    data: { title: data.title, sapo: `Sapo của “${data.title}”, viết cho kiểm thử trang chủ.`, body: doc("Đoạn mở đầu."), sectionId: data.sectionId ?? null, cover: data.cover ?? null, publish: true },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; slug: string };
}

async function createEvent(page: Page, data: { name: string; start: string; end?: string; status: string }) {
  await page.goto("/admin/entities/event/new");
  await page.getByLabel("Tên", { exact: true }).fill(data.name);
  await page.getByLabel("Bắt đầu", { exact: true }).fill(data.start);
  if (data.end) await page.getByLabel("Kết thúc", { exact: true }).fill(data.end);
  await page.getByLabel("Trạng thái", { exact: true }).first().selectOption({ label: data.status });
  await page.getByRole("button", { name: "Tạo", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Đã tạo.");
}

const beacon = (page: Page, articleId: string, userAgent: string) => page.request.post("/api/views", { data: { articleId }, headers: { "user-agent": userAgent } });

test.describe("the home page, for an anonymous reader", () => {
  test("shows the lead, the top stories, most read, section blocks and events in focus, all with working links", async ({ page, browser }) => {
    // Fresh readership needs a flush (≤ 5 s) and, once the page is cached, a revalidation.
    test.setTimeout(180_000);
    const token = Date.now().toString(36);
    const leadTitle = `Tin tiêu điểm có ảnh ${token}`;
    const secondTitle = `Tin mới thứ hai ${token}`;
    const crawledTitle = `Tin chỉ máy tìm kiếm đọc ${token}`;
    const upcomingName = `Hội nghị biên phòng sắp tới ${token}`;
    const recentName = `Giao lưu hữu nghị vừa qua ${token}`;

    // The newsroom: an editor publishes three stories and records two events.
    const staff = await browser.newContext({ storageState: authFile("editor") });
    const listed = (await (await staff.request.get("/api/admin/v1/articles?limit=50")).json()) as { items: { sectionId: string | null; sectionName: string | null }[] };
    const section = listed.items.find((item) => item.sectionId)!;
    const crawled = await publish(staff.request, { title: crawledTitle });
    const lead = await publish(staff.request, { title: leadTitle, sectionId: section.sectionId, cover: { src: `${COVER_HOST}/${token}.svg`, alt: "Hai đoàn bắt tay tại cột mốc" } });
    await publish(staff.request, { title: secondTitle });
    const staffPage = await staff.newPage();
    await createEvent(staffPage, { name: upcomingName, start: day(12).date, status: "Dự kiến" });
    await createEvent(staffPage, { name: recentName, start: day(-6).date, end: day(-5).date, status: "Đã diễn ra" });
    await staff.close();

    // Readers' beacons: three readers' views of the lead (JSON and sendBeacon's text/plain; a repeat adds nothing); a crawler's are answered alike but not counted.
    for (const userAgent of [READER_UA, OTHER_READER_UAS[0]!, READER_UA]) expect((await beacon(page, lead.id, userAgent)).status()).toBe(204);
    const asBeacon = await page.request.post("/api/views", { data: JSON.stringify({ articleId: lead.id }), headers: { "user-agent": OTHER_READER_UAS[1]!, "content-type": "text/plain;charset=UTF-8" } });
    expect(asBeacon.status()).toBe(204);
    expect(asBeacon.headers()["cache-control"]).toBe("no-store");
    for (let i = 0; i < 5; i += 1) expect((await beacon(page, crawled.id, CRAWLER_UA)).status()).toBe(204);
    const bad = await page.request.post("/api/views", { data: { articleId: "42" }, headers: { "user-agent": READER_UA } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).fieldErrors.articleId).toHaveLength(1);

    await page.route(`${COVER_HOST}/**`, (route) =>
      route.fulfill({
        contentType: "image/svg+xml",
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#6b7d5c"/><circle cx="800" cy="450" r="200" fill="#d9c9a3"/></svg>',
      }),
    );

    const main = page.getByRole("main");
    const mostRead = main.getByRole("region", { name: "Đọc nhiều" });
    const last24h = mostRead.getByRole("region", { name: "24 giờ qua" });
    await expect(async () => {
      await page.goto("/");
      await expect(last24h.getByRole("link", { name: leadTitle })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 120_000, intervals: [1_000, 2_000, 5_000] });

    // One h1 (for screen readers), then the blocks as labelled regions.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tòa Soạn — tin mới nhất");

    // The lead: the newest story with a cover, shown with it.
    const leadRegion = main.getByRole("region", { name: "Tin tiêu điểm" });
    await expect(leadRegion.getByRole("heading", { level: 3, name: leadTitle })).toBeVisible();
    await expect(leadRegion.getByText(section.sectionName!)).toBeVisible();
    await expect(leadRegion.locator("img")).toHaveAttribute("src", `${COVER_HOST}/${token}.svg`);
    expect(await leadRegion.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The top stories: newer stories without the lead.
    const top = main.getByRole("region", { name: "Tin mới" });
    await expect(top.getByRole("link", { name: secondTitle })).toBeVisible();
    await expect(top.getByRole("link", { name: crawledTitle })).toBeVisible();
    await expect(top.getByRole("link", { name: leadTitle })).toHaveCount(0);

    // Most read: numbered lists for 24 hours and 7 days; the crawler's story is not on them.
    await expect(last24h.getByRole("listitem").first()).toContainText(leadTitle);
    await expect(mostRead.getByRole("region", { name: "7 ngày qua" }).getByRole("listitem").first()).toContainText(leadTitle);
    await expect(mostRead.getByRole("link", { name: crawledTitle })).toHaveCount(0);

    // Events in focus: what is coming and what just happened, dated like the event pages.
    const events = main.getByRole("region", { name: "Sự kiện tiêu điểm" });
    const upcoming = events.getByRole("region", { name: "Sắp diễn ra" }).getByRole("listitem").filter({ hasText: upcomingName });
    await expect(upcoming).toContainText(formatPartialDate(day(12)));
    await expect(upcoming).toContainText("Dự kiến");
    const recent = events.getByRole("region", { name: "Vừa diễn ra" }).getByRole("listitem").filter({ hasText: recentName });
    await expect(recent).toContainText(formatPartialRange(day(-6), day(-5)));
    await expect(recent).toContainText("Đã diễn ra");

    // Section blocks: each headed by a link to its section page, in the navigation's order.
    const sectionBlocks = main.getByRole("region").filter({ has: page.getByRole("heading", { level: 2 }).getByRole("link") });
    expect(await sectionBlocks.count()).toBeGreaterThanOrEqual(2);
    const navOrder = await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link").allTextContents();
    const blockOrder = await sectionBlocks.getByRole("heading", { level: 2 }).allTextContents();
    expect(blockOrder).toEqual(navOrder.filter((name) => blockOrder.includes(name)));
    // No story is shown twice among the lead, the top stories and the section blocks.
    const storyLinks = await main.locator(".home-front h3 a, .home-section h3 a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(new Set(storyLinks).size).toBe(storyLinks.length);

    // The links work: a section page, a story in a block, an event page.
    const firstBlock = sectionBlocks.first();
    const sectionName = (await firstBlock.getByRole("heading", { level: 2 }).textContent())!;
    const storyTitle = (await firstBlock.getByRole("heading", { level: 3 }).first().textContent())!;
    await firstBlock.getByRole("heading", { level: 2 }).getByRole("link").click();
    await expect(page).toHaveURL(/\/chuyen-muc\//);
    await expect(page.getByRole("heading", { level: 1, name: sectionName })).toBeVisible();
    await page.goBack();
    await sectionBlocks.first().getByRole("link", { name: storyTitle, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: storyTitle })).toBeVisible();
    await page.goBack();
    await events.getByRole("link", { name: upcomingName }).click();
    await expect(page.getByRole("heading", { level: 1, name: upcomingName })).toBeVisible();
    await page.goBack();
    await last24h.getByRole("link", { name: leadTitle }).click();
    await expect(page).toHaveURL(new RegExp(`/bai-viet/${lead.slug}$`));
  });
});
