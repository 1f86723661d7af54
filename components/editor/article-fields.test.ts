import { describe, expect, it } from "vitest";
import { ArticleInputSchema } from "@/lib/articles";
import { EMPTY_COVER, coverDraftOf, coverIssues, coverValue, isSourceUrl, truncateForSnippet } from "./article-fields";

const draft = (parts: Partial<typeof EMPTY_COVER>) => ({ ...EMPTY_COVER, ...parts });

describe("the cover fields", () => {
  it("send nothing when empty, trimmed text and numbers otherwise", () => {
    expect(coverValue(draft({ src: "  " }))).toBeNull();
    expect(coverValue(draft({ src: " https://example.vn/a.jpg ", alt: " Hai đoàn ", width: "1200", height: "" }))).toEqual({
      src: "https://example.vn/a.jpg",
      alt: "Hai đoàn",
      caption: "",
      credit: "",
      width: 1200,
      height: undefined,
    });
  });

  it("round-trip what the server stores, so a saved cover is not a change", () => {
    const stored = ArticleInputSchema.shape.cover.parse({ src: "/anh/bia.jpg", alt: "Cột mốc", width: 800 });
    expect(coverValue(coverDraftOf(stored))).toEqual({ ...stored, height: undefined });
    expect(coverDraftOf(null)).toEqual(EMPTY_COVER);
  });

  it("ask for an address, a description whenever there is an image, and whole-number sizes", () => {
    expect(coverIssues(EMPTY_COVER)).toEqual({});
    expect(coverIssues(draft({ caption: "Chỉ có chú thích" }))).toEqual({ coverSrc: "srcRequired" });
    expect(coverIssues(draft({ src: "javascript:alert(1)", alt: "x" }))).toEqual({ coverSrc: "srcInvalid" });
    expect(coverIssues(draft({ src: "//example.vn/a.jpg", alt: "x" }))).toEqual({ coverSrc: "srcInvalid" });
    expect(coverIssues(draft({ src: "https://example.vn/a.jpg" }))).toEqual({ coverAlt: "altRequired" });
    expect(coverIssues(draft({ src: "/a.jpg", alt: "x", width: "12.5", height: "0" }))).toEqual({ coverWidth: "sizeInvalid", coverHeight: "sizeInvalid" });
    expect(coverIssues(draft({ src: "/a.jpg", alt: "x", width: "20001" }))).toEqual({ coverWidth: "sizeInvalid" });
    expect(coverIssues(draft({ src: "/a.jpg", alt: "x", width: "1200", height: "800" }))).toEqual({});
  });

  it("accept only what the server accepts", () => {
    const parse = (cover: unknown) => ArticleInputSchema.shape.cover.safeParse(cover).success;
    for (const src of ["https://example.vn/a.jpg", "/anh/a.jpg", "javascript:alert(1)", "data:image/png;base64,AA", "//evil.example/a.jpg"]) {
      const local = coverIssues(draft({ src, alt: "x" })).coverSrc === undefined;
      expect(local, src).toBe(parse(coverValue(draft({ src, alt: "x" }))));
    }
  });
});

describe("the source link", () => {
  it("is empty or an http(s) address", () => {
    expect(isSourceUrl("")).toBe(true);
    expect(isSourceUrl("https://ttxvn.vn/bai")).toBe(true);
    expect(isSourceUrl("HTTP://ttxvn.vn")).toBe(true);
    expect(isSourceUrl("ttxvn.vn")).toBe(false);
    expect(isSourceUrl("javascript:alert(1)")).toBe(false);
  });
});

describe("search result text", () => {
  it("is kept whole when it fits", () => {
    expect(truncateForSnippet("  Hai Bộ trưởng   trồng cây  ", 60)).toBe("Hai Bộ trưởng trồng cây");
  });

  it("is cut at a word before the limit, with an ellipsis", () => {
    const text = "Bộ trưởng Quốc phòng Việt Nam và Trung Quốc trồng cây hữu nghị tại cửa khẩu quốc tế Lào Cai";
    const cut = truncateForSnippet(text, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut).toBe("Bộ trưởng Quốc phòng Việt Nam và Trung Quốc trồng cây hữu…");
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it("cuts inside a word only when there is no space to cut at", () => {
    expect(truncateForSnippet("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
