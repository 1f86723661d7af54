import type { KnowledgeBase } from "@/lib/import/format";
import { demoEntities, type DemoEntity } from "./demo-content";

/**
 * The demo newsroom's knowledge graph, in the import format (so the seed goes
 * through the same importer as a newsroom's own data). Facts come from
 * shared/reference/FACTS.md; positions carry the dates the titles held.
 */
const organizations: NonNullable<KnowledgeBase["organizations"]> = [
  { key: "bo-quoc-phong-viet-nam", name: "Bộ Quốc phòng Việt Nam", country: "viet-nam", aliases: ["Bộ Quốc phòng", "Bo Quoc phong Viet Nam", "Vietnam's Ministry of National Defence", "Ministry of National Defence of Vietnam"] },
  { key: "bo-quoc-phong-trung-quoc", name: "Bộ Quốc phòng Trung Quốc", country: "trung-quoc", aliases: ["Bo Quoc phong Trung Quoc", "China's Ministry of National Defense", "中国国防部"] },
  { key: "quan-uy-trung-uong", name: "Quân ủy Trung ương", country: "viet-nam", aliases: ["Quan uy Trung uong", "Central Military Commission of Vietnam"] },
  { key: "bo-doi-bien-phong", name: "Bộ đội Biên phòng", country: "viet-nam", parent: "bo-quoc-phong-viet-nam", aliases: ["Bo doi Bien phong", "Vietnam Border Guard"] },
  { key: "tong-cuc-chinh-tri", name: "Tổng cục Chính trị Quân đội nhân dân Việt Nam", country: "viet-nam", parent: "bo-quoc-phong-viet-nam", aliases: ["Tổng cục Chính trị", "Tong cuc Chinh tri"] },
  { key: "cuc-tuyen-huan", name: "Cục Tuyên huấn", country: "viet-nam", parent: "tong-cuc-chinh-tri", aliases: ["Cuc Tuyen huan"] },
  { key: "cuc-doi-ngoai", name: "Cục Đối ngoại", country: "viet-nam", parent: "bo-quoc-phong-viet-nam", aliases: ["Cục Đối ngoại Bộ Quốc phòng", "Cuc Doi ngoai", "Foreign Relations Department"] },
  { key: "quan-giai-phong-nhan-dan-trung-quoc", name: "Quân Giải phóng Nhân dân Trung Quốc", country: "trung-quoc", aliases: ["Quan Giai phong Nhan dan Trung Quoc", "People's Liberation Army", "中国人民解放军"] },
  { key: "ttxvn", name: "Thông tấn xã Việt Nam", country: "viet-nam", aliases: ["TTXVN", "Vietnam News Agency", "Thong tan xa Viet Nam"] },
];

const SERIES_KEY = "giao-luu-quoc-phong-bien-gioi-viet-trung";
const series: NonNullable<KnowledgeBase["series"]> = [
  {
    key: SERIES_KEY,
    name: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc",
    aliases: ["Giao lưu hữu nghị Quốc phòng biên giới Việt – Trung", "Giao luu huu nghi quoc phong bien gioi Viet Nam – Trung Quoc", "Vietnam–China Border Defence Friendship Exchange", "中越边境国防友好交流"],
    description: "Chương trình thường niên của Bộ Quốc phòng hai nước, tổ chức luân phiên tại các tỉnh biên giới; lần thứ nhất năm 2014, đến tháng 8/2023 đã qua bảy lần.",
  },
];

/** Titles over time: the title beside a person on an article is the one held on its date. */
const POSITIONS: Record<string, NonNullable<NonNullable<KnowledgeBase["people"]>[number]["positions"]>> = {
  "phan-van-giang": [{ title: "Bộ trưởng Bộ Quốc phòng Việt Nam", rank: "Đại tướng", organization: "bo-quoc-phong-viet-nam", from: "2021-04", to: null }],
  "dong-quan": [{ title: "Bộ trưởng Bộ Quốc phòng Trung Quốc", rank: "Thượng tướng", organization: "bo-quoc-phong-trung-quoc", from: "2023-12", to: null }],
  "ly-thuong-phuc": [{ title: "Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc", rank: "Thượng tướng", organization: "bo-quoc-phong-trung-quoc", from: "2023-03", to: "2023-10" }],
  "le-xuan-sang": [{ title: "Phó Cục trưởng Cục Tuyên huấn, Tổng cục Chính trị", rank: "Thiếu tướng", organization: "cuc-tuyen-huan", from: null, to: null }],
  "nguyen-quoc-cuong": [{ title: "Phó Chủ nhiệm Chính trị Bộ đội Biên phòng", rank: "Đại tá", organization: "bo-doi-bien-phong", from: null, to: null }],
  "nguyen-duy-minh": [{ title: "Phó Cục trưởng Cục Đối ngoại, Bộ Quốc phòng", rank: "Đại tá", organization: "cuc-doi-ngoai", from: null, to: null }],
  "hoang-xuan-chien": [{ title: "Thứ trưởng Bộ Quốc phòng", rank: "Thượng tướng", organization: "bo-quoc-phong-viet-nam", from: null, to: null }],
  "khuong-ba": [{ title: "Tùy viên Quốc phòng Trung Quốc tại Việt Nam", rank: "Đại tá", organization: "bo-quoc-phong-trung-quoc", from: null, to: null }],
};

/** What the flat demo list does not say about events: series, places, participants, history. */
const EVENT_DETAILS: Record<string, Partial<NonNullable<KnowledgeBase["events"]>[number]>> = {
  "giao-luu-quoc-phong-bien-gioi-lan-1": { series: SERIES_KEY, edition: 1, start: "2014", places: ["quang-ninh", "quang-tay"] },
  "giao-luu-quoc-phong-bien-gioi-lan-8": {
    series: SERIES_KEY,
    edition: 8,
    places: ["lao-cai", "van-nam", "cua-khau-quoc-te-lao-cai", "ban-phiet"],
    participants: [
      { person: "phan-van-giang", role: "Trưởng đoàn Việt Nam" },
      { person: "dong-quan", role: "Trưởng đoàn Trung Quốc" },
    ],
    history: [
      { status: "planned", start: "2023-09-07", end: "2023-09-08", recorded: "2023-08-29", note: "Công bố tại buổi gặp mặt báo chí ở Hà Nội; Trưởng đoàn Trung Quốc dự kiến là Thượng tướng Lý Thượng Phúc." },
      { status: "held", start: "2024-04-11", end: "2024-04-12", note: "Tổ chức tại Lào Cai (11/4) và Vân Nam (12/4); Trưởng đoàn Trung Quốc là Thượng tướng Đổng Quân." },
    ],
  },
  "ky-niem-97-nam-quan-giai-phong-nhan-dan-trung-quoc": {
    places: ["ha-noi"],
    participants: [
      { person: "hoang-xuan-chien", role: "Phát biểu" },
      { person: "khuong-ba", role: "Đại diện phía Trung Quốc" },
    ],
  },
  "gap-go-xuan-2023-bon-tinh-bien-gioi-quang-tay": { places: ["ha-giang", "quang-ninh", "lang-son", "cao-bang", "quang-tay"] },
  "tham-cap-nha-nuoc-viet-nam-tap-can-binh-2023": { places: ["viet-nam"], participants: [{ person: "tap-can-binh", role: "Trưởng đoàn" }] },
  "tham-chinh-thuc-trung-quoc-nguyen-phu-trong-2022": { places: ["trung-quoc"], participants: [{ person: "nguyen-phu-trong", role: "Trưởng đoàn" }] },
};

const COUNTRY_KEYS: Record<string, string> = { "Việt Nam": "viet-nam", "Trung Quốc": "trung-quoc" };

const common = (entity: DemoEntity) => ({ key: entity.key, name: entity.name, aliases: entity.aliases ?? [], description: entity.description ?? "" });

export const demoKnowledgeBase: KnowledgeBase = {
  places: demoEntities
    .filter((entity) => entity.type === "place")
    .map((entity) => ({ ...common(entity), kind: entity.kind ?? "landmark", parent: entity.parent ?? null })),
  organizations,
  series,
  people: demoEntities
    .filter((entity) => entity.type === "person")
    .map((entity) => ({
      ...common(entity),
      country: entity.country ? (COUNTRY_KEYS[entity.country] ?? null) : null,
      positions: POSITIONS[entity.key] ?? (entity.title ? [{ title: entity.title, from: null, to: null }] : []),
    })),
  events: demoEntities
    .filter((entity) => entity.type === "event")
    .map((entity) => ({
      ...common(entity),
      start: entity.startDate ?? null,
      end: entity.endDate ?? null,
      status: entity.status ?? "planned",
      ...EVENT_DETAILS[entity.key],
    })),
};

/** Section of the knowledge base each demo key lives in, for resolving article tags. */
export const DEMO_TAG_TYPES = new Map<string, "person" | "place" | "organization" | "series" | "event">([
  ...(demoKnowledgeBase.people ?? []).map((entry) => [entry.key, "person"] as const),
  ...(demoKnowledgeBase.places ?? []).map((entry) => [entry.key, "place"] as const),
  ...(demoKnowledgeBase.organizations ?? []).map((entry) => [entry.key, "organization"] as const),
  ...(demoKnowledgeBase.series ?? []).map((entry) => [entry.key, "series"] as const),
  ...(demoKnowledgeBase.events ?? []).map((entry) => [entry.key, "event"] as const),
]);

/** An edition implies its series: articles tagged with one are tagged with both. */
export function withImpliedTags(tags: string[]): string[] {
  const out = new Set(tags);
  for (const tag of tags) {
    const series = (demoKnowledgeBase.events ?? []).find((event) => event.key === tag)?.series;
    if (series) out.add(series);
  }
  return [...out];
}
