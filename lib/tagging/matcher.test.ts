import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "@/lib/import/format";
import { entriesFromKnowledgeBase } from "./knowledge-base";
import { buildTagIndex, suggestTags, titleAsOf } from "./matcher";
import type { TagSuggestion } from "./types";

const SERIES = "giao-luu-bien-gioi";

const kb: KnowledgeBase = {
  people: [
    { key: "phan-van-giang", name: "Phan Văn Giang", aliases: ["Phan Van Giang", "潘文江"], positions: [{ title: "Bộ trưởng Bộ Quốc phòng", rank: "Đại tướng", from: "2021-04" }] },
    { key: "dong-quan", name: "Đổng Quân", aliases: ["Dong Jun", "董军"], positions: [{ title: "Bộ trưởng Bộ Quốc phòng Trung Quốc", rank: "Thượng tướng", from: "2023-12" }] },
    { key: "nguy-phuong-hoa", name: "Ngụy Phượng Hòa", aliases: ["Wei Fenghe", "魏凤和"] },
    {
      key: "nguyen-van-minh-lao-cai",
      name: "Nguyễn Văn Minh",
      positions: [
        { title: "Phó Chủ tịch UBND tỉnh Lào Cai", from: "2015", to: "2019" },
        { title: "Chủ tịch UBND tỉnh Lào Cai", from: "2020", to: "2023-06" },
      ],
    },
    { key: "nguyen-van-minh-bien-phong", name: "Nguyễn Văn Minh", positions: [{ title: "Chính ủy Bộ đội Biên phòng", rank: "Đại tá", from: "2019" }] },
  ],
  places: [
    { key: "viet-nam", name: "Việt Nam", kind: "country", aliases: ["Viet Nam", "越南"] },
    { key: "trung-quoc", name: "Trung Quốc", kind: "country", aliases: ["China", "中国"] },
    { key: "lao-cai", name: "Lào Cai", kind: "province", parent: "viet-nam", aliases: ["Lao Cai"] },
    { key: "thanh-pho-lao-cai", name: "Thành phố Lào Cai", kind: "city", parent: "lao-cai", aliases: ["TP Lào Cai"] },
    { key: "cua-khau-lao-cai", name: "Cửa khẩu Quốc tế Lào Cai", kind: "border_gate", parent: "thanh-pho-lao-cai" },
    { key: "bao-thang", name: "huyện Bảo Thắng", kind: "district", parent: "lao-cai" },
    { key: "van-nam", name: "Vân Nam", kind: "province", parent: "trung-quoc", aliases: ["Yunnan", "云南"] },
    { key: "quang-ninh", name: "Quảng Ninh", kind: "province", parent: "viet-nam" },
    { key: "thai-binh", name: "Thái Bình", kind: "province", parent: "viet-nam" },
    { key: "hoa-binh", name: "Hòa Bình", kind: "province", parent: "viet-nam" },
    { key: "ha-noi", name: "Hà Nội", kind: "city", parent: "viet-nam" },
  ],
  organizations: [{ key: "ttxvn", name: "Thông tấn xã Việt Nam", aliases: ["TTXVN"] }],
  series: [
    {
      key: SERIES,
      name: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc",
      aliases: ["Vietnam–China Border Defence Friendship Exchange", "中越边境国防友好交流"],
    },
  ],
  events: [
    { key: "lan-1", name: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ nhất", series: SERIES, edition: 1, start: "2014", places: ["quang-ninh"] },
    {
      key: "lan-8",
      name: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8",
      series: SERIES,
      edition: 8,
      start: "2024-04-11",
      end: "2024-04-12",
      places: ["lao-cai", "van-nam"],
      participants: [{ person: "phan-van-giang" }, { person: "dong-quan" }],
      history: [{ status: "planned", start: "2023-09-07", end: "2023-09-08" }],
    },
    { key: "ky-niem", name: "Lễ kỷ niệm Ngày thành lập", start: "2024-07-29", places: ["ha-noi"], participants: [{ person: "phan-van-giang" }] },
    { key: "tham-2022", name: "Chuyến thăm Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng tháng 10/2022", start: "2022-10-30", end: "2022-11-01", places: ["trung-quoc"] },
  ],
};

const index = buildTagIndex(entriesFromKnowledgeBase(kb));
const suggest = (text: string, date = "2024-04-11") => suggestTags(index, text, { date });
const keys = (text: string, date?: string) => suggest(text, date).map((s) => s.key).sort();
const find = (list: TagSuggestion[], key: string) => list.find((s) => s.key === key);

describe("names and aliases", () => {
  it("matches diacritics-free text, in any case", () => {
    expect(keys("bo truong phan van giang tiep dong jun tai lao cai")).toEqual(["dong-quan", "lao-cai", "phan-van-giang"]);
    expect(keys("Dai tuong Phan Van Giang da tiep Thuong tuong Dong Jun tai Lao Cai.")).toEqual(["dong-quan", "lao-cai", "phan-van-giang"]);
    expect(keys("ĐẠI TƯỚNG PHAN VĂN GIANG TIẾP ĐỔNG QUÂN")).toEqual(["dong-quan", "phan-van-giang"]);
  });

  it("matches pinyin and English names in agency copy", () => {
    expect(keys("Chinese Defence Minister Dong Jun met his predecessor Wei Fenghe and General Phan Van Giang in Lao Cai province, Vietnam's border with China.")).toEqual([
      "dong-quan",
      "lao-cai",
      "nguy-phuong-hoa",
      "phan-van-giang",
      "trung-quoc",
      "viet-nam",
    ]);
  });

  it("matches Chinese characters inside text written without spaces", () => {
    expect(keys("越南国防部长潘文江大将与中国国防部长董军上将在云南举行会谈")).toEqual(["dong-quan", "phan-van-giang", "trung-quoc", "van-nam", "viet-nam"]);
  });

  it("lets the longest name win where names nest", () => {
    const text = "Lễ đón diễn ra tại Cửa khẩu Quốc tế Lào Cai, thuộc Thành phố Lào Cai.";
    expect(keys(text)).toEqual(["cua-khau-lao-cai", "thanh-pho-lao-cai"]);
    expect(keys("Đoàn đến tỉnh Lào Cai.")).toEqual(["lao-cai"]);
  });

  it("reads a place named with its kind also without it, and the other way round", () => {
    expect(keys("Khởi công nhà văn hóa ở Bảo Thắng.")).toEqual(["bao-thang"]);
    expect(keys("Đoàn đến thành phố Lào Cai và tỉnh Lào Cai.")).toEqual(["lao-cai", "thanh-pho-lao-cai"]);
  });

  it("does not take a name inside a longer proper name for a mention", () => {
    expect(keys("Tàu cá hoạt động trên Thái Bình Dương từ tháng trước.")).toEqual([]);
    expect(keys("Các tỉnh Thái Bình, Quảng Ninh cử đoàn tham dự.")).toEqual(["quang-ninh", "thai-binh"]);
  });

  it("keeps a name followed by another known name or a title", () => {
    expect(keys("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đến Hà Nội.")).toEqual(["dong-quan", "ha-noi", "trung-quoc"]);
    expect(keys("Lao Cai Province borders Yunnan Province.")).toEqual(["lao-cai", "van-nam"]);
    // A Title Case headline: every word is capitalised, so capitals say nothing about longer names.
    expect(keys("Vietnam Defence Minister Meets China Defence Minister Dong Jun")).toEqual(["dong-quan", "trung-quoc", "viet-nam"]);
  });

  it("finds a name at the start of a sentence and after a title", () => {
    expect(keys("Lào Cai là tỉnh biên giới. Thượng tướng Đổng Quân dẫn đầu đoàn.")).toEqual(["dong-quan", "lao-cai"]);
  });

  it("treats hyphens and dashes alike", () => {
    expect(keys("Giao lưu hữu nghị quốc phòng biên giới Việt Nam-Trung Quốc được tổ chức thường niên.")).toContain(SERIES);
    expect(keys("Giao lưu hữu nghị quốc phòng biên giới Việt Nam — Trung Quốc được tổ chức thường niên.")).toContain(SERIES);
  });

  it("does not mistake common words for names that share their letters", () => {
    // "hòa bình" is peace, not the province; "Lao Cái" is not "Lào Cai".
    expect(keys("Hai bên cam kết xây dựng đường biên giới hòa bình, ổn định và hợp tác với Việt Nam.")).toEqual(["viet-nam"]);
    expect(keys("Ông Lao Cái ở Hà Nội.")).toEqual(["ha-noi"]);
    expect(keys("Đoàn công tác tỉnh Hoà Bình đến Hà Nội.")).toEqual(["ha-noi", "hoa-binh"]);
  });

  it("matches an upper-case abbreviation only as written", () => {
    expect(keys("Lễ đón tại Hà Nội. (Ảnh: TTXVN)")).toEqual(["ha-noi", "ttxvn"]);
    expect(keys("Lễ đón tại Hà Nội, ảnh ttxvn.")).toEqual(["ha-noi"]);
  });
});

describe("counts and positions", () => {
  it("counts every mention and points into the original text", () => {
    const text = "Đổng Quân (Dong Jun) gặp Phan Văn Giang. Sau đó, ông Đổng Quân rời Lào Cai.";
    const suggestions = suggest(text);
    const dong = find(suggestions, "dong-quan")!;
    expect(dong.count).toBe(3);
    expect(dong.positions.map(({ start, end }) => text.slice(start, end))).toEqual(["Đổng Quân", "Dong Jun", "Đổng Quân"]);
    expect(dong.matched.sort()).toEqual(["Dong Jun", "Đổng Quân"]);
    expect(find(suggestions, "lao-cai")!.positions).toEqual([{ start: text.indexOf("Lào Cai"), end: text.indexOf("Lào Cai") + 7 }]);
  });

  it("keeps offsets right in decomposed (NFD) text", () => {
    const text = "Tin từ Hà Nội: Đổng Quân đến Lào Cai.".normalize("NFD");
    const laoCai = find(suggest(text), "lao-cai")!;
    expect(text.slice(laoCai.positions[0]!.start, laoCai.positions[0]!.end)).toBe("Lào Cai".normalize("NFD"));
  });
});

describe("editions", () => {
  const editionOf = (text: string) => suggest(text).filter((s) => s.type === "event").map((s) => s.key);

  it.each([
    ["Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ tám khai mạc."],
    ["Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần 8 khai mạc."],
    ["Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ VIII khai mạc."],
    ["giao luu huu nghi quoc phong bien gioi viet nam trung quoc lan thu tam khai mac"],
    ["The 8th Vietnam–China Border Defence Friendship Exchange opened in Lao Cai."],
    ["The eighth Vietnam-China Border Defence Friendship Exchange opened."],
    ["第八届中越边境国防友好交流在老街开幕"],
    ["第8届中越边境国防友好交流开幕"],
  ])("reads the edition in %s", (text) => {
    expect(editionOf(text)).toEqual(["lan-8"]);
    expect(keys(text)).toContain(SERIES);
  });

  it("reads 'lần thứ nhất'", () => {
    expect(editionOf("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ nhất diễn ra ở Quảng Ninh.")).toEqual(["lan-1"]);
  });

  it("reads the edition from the series' first words once the series is named", () => {
    const text = "Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc là hoạt động thường niên. Lần giao lưu thứ tám được chuẩn bị kỹ.";
    expect(editionOf(text)).toEqual(["lan-8"]);
  });

  it("tells the edition from a date or a place when the text gives no number", () => {
    expect(editionOf("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc diễn ra ngày 11–12/4/2024.")).toEqual(["lan-8"]);
    // The plan announced for 7–8/9/2023 (the event's history) is the same edition.
    expect(editionOf("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc dự kiến tổ chức ngày 7/9/2023.")).toEqual(["lan-8"]);
    expect(editionOf("Năm 2014, Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc được tổ chức lần đầu.")).toEqual(["lan-1"]);
    expect(editionOf("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc được tổ chức tại Vân Nam.")).toEqual(["lan-8"]);
    expect(editionOf("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc được tổ chức thường niên.")).toEqual([]);
  });

  it("implies the series of an edition named in full", () => {
    const suggestions = suggest("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8 kết thúc tốt đẹp.");
    expect(find(suggestions, "lan-8")).toMatchObject({ count: 1, implied: false });
    expect(find(suggestions, SERIES)).toMatchObject({ count: 1, implied: true });
    // The names inside an event's name are mentions too.
    expect(find(suggestions, "viet-nam")?.count).toBe(1);
  });

  it("recognises an event named without the date its name ends with", () => {
    const suggestions = suggest("Kể từ chuyến thăm Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng cuối năm 2022, quan hệ phát triển.");
    expect(suggestions.map((s) => s.key).sort()).toEqual(["tham-2022", "trung-quoc"]);
  });

  it("recognises an event by its date, place and people", () => {
    expect(keys("Tối 29/7/2024 tại Hà Nội, Đại tướng Phan Văn Giang dự lễ.")).toContain("ky-niem");
    expect(keys("Tối 29/7/2024 tại Hà Nội, trời mưa.")).not.toContain("ky-niem");
  });
});

describe("namesakes", () => {
  it("offers both, flagged, with the title each held on the article's date", () => {
    const suggestions = suggest("Ông Nguyễn Văn Minh phát biểu tại hội nghị.", "2021-05-01");
    const minhs = suggestions.filter((s) => s.name === "Nguyễn Văn Minh");
    expect(minhs).toHaveLength(2);
    expect(minhs.every((s) => s.ambiguous)).toBe(true);
    expect(minhs.map((s) => s.hint).sort()).toEqual(["Chủ tịch UBND tỉnh Lào Cai", "Đại tá, Chính ủy Bộ đội Biên phòng"]);
    const older = suggestTags(index, "Ông Nguyễn Văn Minh phát biểu.", { date: "2017-01-01" });
    expect(find(older, "nguyen-van-minh-lao-cai")!.hint).toBe("Phó Chủ tịch UBND tỉnh Lào Cai");
  });

  it("lets a title or a place kind before the name choose between a person and a place", () => {
    const graph = buildTagIndex(
      entriesFromKnowledgeBase({
        people: [{ key: "bac-ho", name: "Hồ Chí Minh" }],
        places: [
          { key: "tp-hcm", name: "Thành phố Hồ Chí Minh", kind: "city", aliases: ["Hồ Chí Minh", "TP.HCM"] },
          { key: "tinh-x", name: "Yên Bái", kind: "province" },
          { key: "tp-x", name: "Yên Bái", kind: "city" },
        ],
      }),
    );
    const read = (text: string) => suggestTags(graph, text).map((s) => `${s.key}${s.ambiguous ? "?" : ""}`).sort();
    expect(read("Lời dạy của Chủ tịch Hồ Chí Minh còn nguyên giá trị.")).toEqual(["bac-ho"]);
    expect(read("Đoàn đến TP Hồ Chí Minh hôm qua.")).toEqual(["tp-hcm"]);
    expect(read("Hồ Chí Minh là một tên gọi.")).toEqual(["bac-ho?", "tp-hcm?"]);
    expect(read("Mưa lớn ở tỉnh Yên Bái.")).toEqual(["tinh-x"]);
    // Named plainly once more: the same place, by one sense per text.
    expect(read("Mưa lớn ở tỉnh Yên Bái. Yên Bái thiệt hại nặng.")).toEqual(["tinh-x"]);
  });

  it("never marks a unique name ambiguous", () => {
    expect(suggest("Đổng Quân đến Lào Cai.").some((s) => s.ambiguous)).toBe(false);
  });

  it("picks a title as of a date", () => {
    const positions = [
      { title: "A", from: "2015-01-01", to: "2019-12-31" },
      { title: "B", from: "2020-01-01", to: null },
    ];
    expect(titleAsOf(positions, "2016-06-01")).toBe("A");
    expect(titleAsOf(positions, "2024-06-01")).toBe("B");
    expect(titleAsOf(positions, "2010-06-01")).toBe("A");
    expect(titleAsOf([], "2010-06-01")).toBe("");
  });
});
