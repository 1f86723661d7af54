import { describe, expect, it } from "vitest";
import { foldText, slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["Đổng Quân", "dong-quan"],
    ["Đường Lào Cai – Hà Khẩu", "duong-lao-cai-ha-khau"],
    ["Phan Văn Giang", "phan-van-giang"],
    ["Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc lần thứ 8", "giao-luu-huu-nghi-quoc-phong-bien-gioi-viet-nam-trung-quoc-lan-thu-8"],
    ["  Cửa khẩu Quốc tế Lào Cai!  ", "cua-khau-quoc-te-lao-cai"],
    ["ĐẠI TƯỚNG", "dai-tuong"],
    ["Thủy / Thuỷ", "thuy-thuy"],
  ])("%s → %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("keeps non-Latin scripts rather than dropping them", () => {
    expect(slugify("董军")).toBe("董军");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("Việt Nam ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.endsWith("nam") || slug.endsWith("viet")).toBe(true);
  });
});

describe("foldText", () => {
  it("removes diacritics, including đ, and lower-cases", () => {
    expect(foldText("PHAN VĂN GIANG")).toBe("phan van giang");
    expect(foldText("Đổng Quân")).toBe("dong quan");
  });
  it("treats precomposed and decomposed input alike", () => {
    expect(foldText("Giang".normalize("NFD"))).toBe(foldText("Giang"));
    expect(foldText("Văn".normalize("NFD"))).toBe("van");
  });
});

describe("uniqueSlug", () => {
  it("appends -2, -3 … when taken", async () => {
    const taken = new Set(["dong-quan", "dong-quan-2"]);
    expect(await uniqueSlug("dong-quan", async (s) => taken.has(s))).toBe("dong-quan-3");
    expect(await uniqueSlug("le-xuan-sang", async (s) => taken.has(s))).toBe("le-xuan-sang");
  });
});
