/**
 * A synthetic knowledge graph and article for the tag-suggestion benchmark.
 * Deterministic (seeded PRNG): the same arguments give the same data.
 *
 * Names look like the real thing: Vietnamese with diacritics, their unaccented
 * forms, pinyin and Han characters for Chinese names, English aliases for
 * places and organizations, series with numbered editions.
 */
import type { KnowledgeEntry, TagType } from "@/lib/tagging/types";

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Tạ Lương Đoàn Vương Trương Lâm Hà Tô Châu Quách Kiều".split(" ");
const MIDDLES = "Văn Thị Hữu Đức Quốc Minh Xuân Thanh Ngọc Công Đình Hồng Kim Thu Bảo Gia Tuấn Anh Thế Trọng Khánh Phúc Mạnh Duy Quang".split(" ");
const GIVEN = (
  "Giang Quân Hùng Dũng Lan Hương Minh Sang Cường Chiến Trọng Phúc Bình Hải Long Nam Sơn Tùng Thắng Toàn Trung Tuấn Việt Vinh Yến Hạnh Hoa Huệ Khoa Lộc " +
  "Lợi Ngân Nhung Oanh Phong Quý Quyết Tâm Thảo Thịnh Thủy Tiến Trang Uyên Vân Vy Xuyên Đạt Đông Hiếu Hiệp Khải Khương Linh Mỹ Nghĩa Nhân Thái Tín Trí " +
  "An Bảo Cảnh Châu Chinh Dương Duyên Định Giao Hà Hào Hiền Hòa Hoàn Huân Hưng Huy Kha Khang Khiêm Khôi Kiên Lam Lâm Liên Lực Luân Lương Mai Mạnh Mẫn " +
  "Nga Ngọc Nguyên Nhàn Nhật Ninh Phát Phụng Phước Quang Quế Sáng Sinh Tài Tân Thành Thảo Thiện Thông Thu Thư Thuận Thương Tiên Toản Trâm Triều Trinh " +
  "Trúc Tú Tường Uy Văn Vĩnh Vũ Xuân Yên Ánh Ân Đào Điệp Đoan Đức Hạ Hằng Kỳ Lệ Loan Nhi Phương Quỳnh Sương Tâm Thoa Tuyết Vi"
).split(" ");
const PINYIN_FAMILY = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Dong Wei".split(" ");
const PINYIN_GIVEN = "Jun Fenghe Shangfu Wei Ming Hua Jian Qiang Lei Yong Jie Tao Bin Hui Peng Fei Xin Yu Hao Chen Bo Kai Lin Feng Gang Dong Ping".split(" ");
const HAN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐董魏军福和尚明华建强磊勇杰涛斌辉鹏飞新宇浩晨波凯峰刚东平".split("");
const PLACE_WORDS = (
  "An Bình Hòa Phú Thạnh Tân Long Hưng Phước Thuận Lộc Đông Tây Nam Bắc Trung Sơn Hải Giang Thủy Lâm Mỹ Quang Đại Tiến Yên Ninh Châu Vĩnh Định Hiệp " +
  "Thịnh Xuân Đức Cát Lạc Hà Bảo Cẩm Chiêm Diễn Đồng Gia Hạ Hiển Hoằng Hội Kim Kỳ Lạng Lương Minh Mường Na Nghĩa Ngọc Nhơn Pắc Phong Quảng Quế Sa " +
  "Tam Thái Thanh Thống Thượng Tiên Trà Trường Tuy Văn Vân Việt Vụ Xín Ba Bản Cao Chi Chợ Cốc Đà Đăk Điện Gò Hàm Hồng Khánh Krông Lai Lao Lục Mai " +
  "Móng Mù Nậm Ngân Nho Nông Phìn Pù Quan Si Sìn Sông Tả Tà Thàng Thèn Tủa Tùng Vạn Xá"
).split(" ");
const PLACE_PREFIX: Record<string, string> = { province: "tỉnh", district: "huyện", commune: "xã", city: "thành phố" };
const ORG_HEADS = ["Bộ", "Cục", "Sở", "Ban", "Viện", "Trung tâm", "Tổng cục", "Vụ", "Hội", "Ủy ban"];
const ORG_FIELDS = "Quốc phòng|Ngoại giao|Công an|Tài chính|Y tế|Giáo dục|Giao thông|Xây dựng|Nông nghiệp|Văn hóa|Thông tin|Khoa học|Tư pháp|Nội vụ|Lao động|Tuyên huấn|Đối ngoại|Biên phòng|Hậu cần|Kỹ thuật".split("|");
const SERIES_WORDS = "Hội nghị|Diễn đàn|Giao lưu hữu nghị|Hội thảo|Liên hoan|Đối thoại|Triển lãm|Hội chợ|Giải|Tuần lễ".split("|");
const TOPICS = "quốc phòng biên giới|hợp tác kinh tế|văn hóa du lịch|an ninh khu vực|thanh niên|doanh nhân|khoa học công nghệ|y tế cộng đồng|nông nghiệp bền vững|báo chí".split("|");

const unaccent = (value: string) => value.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

export interface Dataset {
  entries: KnowledgeEntry[];
  aliasCount: number;
}

/**
 * `entities` entities with `aliases` aliases in all, in these proportions:
 * 50% people, 30% places, 12% organizations, 1% series, the rest events.
 */
export function generateGraph(entities = 50_000, aliases = 100_000, seed = 42): Dataset {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const entries: KnowledgeEntry[] = [];
  const counts: Record<TagType, number> = {
    person: Math.round(entities * 0.5),
    place: Math.round(entities * 0.3),
    organization: Math.round(entities * 0.12),
    series: Math.round(entities * 0.01),
    event: 0,
  };
  counts.event = entities - counts.person - counts.place - counts.organization - counts.series;
  const perEntity = aliases / entities;
  // Spread the alias budget: floor(perEntity) each, the remainder at random, exact total.
  let budget = aliases;
  const aliasTarget = () => {
    const base = Math.floor(perEntity);
    const extra = random() < perEntity - base ? 1 : 0;
    return base + extra;
  };
  const take = (list: string[], wanted: number) => {
    const chosen = [...new Set(list)].slice(0, Math.min(wanted, budget));
    budget -= chosen.length;
    return chosen;
  };
  let serial = 0;
  const make = (type: TagType, name: string, aliasList: string[], extra: Partial<KnowledgeEntry> = {}): KnowledgeEntry => {
    serial += 1;
    const id = `${type}-${serial}`;
    return { id, type, key: id, slug: id, name, aliases: aliasList, ...extra };
  };

  const places: KnowledgeEntry[] = [];
  for (let i = 0; i < counts.place; i++) {
    const kind = i < 60 ? "province" : i < 800 ? "district" : i < 1500 ? "city" : "commune";
    const name = `${pick(PLACE_WORDS)} ${pick(PLACE_WORDS)}${random() < 0.3 ? ` ${pick(PLACE_WORDS)}` : ""}`;
    const parent = kind === "province" ? null : places[Math.floor(random() * Math.min(places.length, kind === "commune" ? 1500 : 60))]?.id ?? null;
    const candidates = [unaccent(name), `${PLACE_PREFIX[kind]} ${name}`, `${unaccent(name)} ${kind === "commune" ? "Commune" : "Province"}`];
    const entry = make("place", name, take(candidates, aliasTarget()), { kind, parentId: parent });
    places.push(entry);
    entries.push(entry);
  }
  const people: KnowledgeEntry[] = [];
  for (let i = 0; i < counts.person; i++) {
    let entry: KnowledgeEntry;
    if (random() < 0.25) {
      // A Chinese official: Hán-Việt name, pinyin and Han characters.
      const family = pick(PINYIN_FAMILY);
      const given = pick(PINYIN_GIVEN);
      const hanVi = `${pick(SURNAMES)} ${pick(GIVEN)}`;
      const han = `${pick(HAN)}${pick(HAN)}${random() < 0.5 ? pick(HAN) : ""}`;
      entry = make("person", hanVi, take([`${family} ${given}`, han, unaccent(hanVi)], aliasTarget()));
    } else {
      const name = `${pick(SURNAMES)} ${pick(MIDDLES)}${random() < 0.4 ? ` ${pick(MIDDLES)}` : ""} ${pick(GIVEN)}`;
      entry = make("person", name, take([unaccent(name), `${pick(["Đại tá", "Thiếu tướng", "Ông", "Bà"])} ${name}`], aliasTarget()));
    }
    entry.positions = [
      { title: `Phó ${pick(ORG_HEADS)} ${pick(ORG_FIELDS)}`, from: "2015-01-01", to: "2020-12-31" },
      { title: `${pick(ORG_HEADS)} trưởng ${pick(ORG_FIELDS)}`, from: "2021-01-01", to: null },
    ];
    people.push(entry);
    entries.push(entry);
  }
  for (let i = 0; i < counts.organization; i++) {
    const place = pick(places);
    const name = `${pick(ORG_HEADS)} ${pick(ORG_FIELDS)}${random() < 0.7 ? ` ${place.name}` : ""}`;
    entries.push(make("organization", name, take([unaccent(name), `${pick(ORG_HEADS)} ${pick(ORG_FIELDS)} tỉnh ${place.name}`], aliasTarget()), { parentId: place.id }));
  }
  const series: KnowledgeEntry[] = [];
  for (let i = 0; i < counts.series; i++) {
    const name = `${pick(SERIES_WORDS)} ${pick(TOPICS)} ${pick(places).name} – ${pick(places).name}`;
    const entry = make("series", name, take([unaccent(name), `${pick(SERIES_WORDS)} ${pick(TOPICS)} số ${i}`], aliasTarget()));
    series.push(entry);
    entries.push(entry);
  }
  for (let i = 0; i < counts.event; i++) {
    const parent = series[i % series.length]!;
    const edition = Math.floor(i / series.length) + 1;
    const year = 2000 + (edition % 25);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 27);
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const end = `${year}-${String(month).padStart(2, "0")}-${String(day + 1).padStart(2, "0")}`;
    entries.push(
      make("event", `${parent.name} lần thứ ${edition}`, take([`${unaccent(parent.name)} lan thu ${edition}`], aliasTarget()), {
        seriesId: parent.id,
        edition,
        ranges: [{ from: iso, to: end, precision: "day" }],
        places: [pick(places).id],
        participants: [pick(people).id, pick(people).id],
      }),
    );
  }
  // Whatever the random spread left over goes to the first entities, so the total is exact.
  for (let i = 0; budget > 0; i = (i + 1) % entries.length) {
    entries[i]!.aliases.push(`${unaccent(entries[i]!.name).toUpperCase()} ${entries[i]!.aliases.length}`);
    budget -= 1;
  }
  return { entries, aliasCount: entries.reduce((sum, entry) => sum + entry.aliases.length, 0) };
}

const FILLER =
  "theo kế hoạch hai bên đã thống nhất tăng cường hợp tác trong nhiều lĩnh vực và trao đổi về tình hình khu vực cũng như các biện pháp thúc đẩy quan hệ hữu nghị giữa nhân dân hai nước tại buổi làm việc các đại biểu đánh giá cao kết quả đạt được trong thời gian qua đồng thời đề xuất nhiều nội dung cụ thể cho giai đoạn tới".split(
    " ",
  );

/** An article of about `words` words: Vietnamese filler with mentions of random entities in every form. */
export function generateArticle(entries: KnowledgeEntry[], words = 5_000, seed = 7): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence: string[] = [];
    const length = 12 + Math.floor(random() * 16);
    for (let w = 0; w < length; w++) {
      if (random() < 0.06) {
        const entry = pick(entries);
        const mention = random() < 0.6 ? entry.name : pick([entry.name, ...entry.aliases]);
        sentence.push(mention);
        count += mention.split(/\s+/).length;
      } else {
        sentence.push(pick(FILLER));
        count += 1;
      }
    }
    const text = sentence.join(" ");
    out.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`);
  }
  return out.join(" ");
}
