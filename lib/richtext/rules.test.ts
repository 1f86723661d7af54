import { describe, expect, it } from "vitest";
import { countWords, plainText, readingMinutes } from "./plain-text";
import { isSlug, isUuid, isYoutubeId, youtubeIdFrom } from "./rules";
import { isAllowedHref, normalizeHref } from "./urls";

describe("youtubeIdFrom", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL1", "dQw4w9WgXcQ"],
    ["https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "dQw4w9WgXcQ"],
    ["youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/shorts/a_B-c1234_Z", "a_B-c1234_Z"],
    ["https://www.youtube.com/live/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["  dQw4w9WgXcQ  ", "dQw4w9WgXcQ"],
  ])("reads %s", (input, id) => {
    expect(youtubeIdFrom(input)).toBe(id);
  });

  it.each([
    "https://vimeo.com/123456",
    "https://www.youtube.com/watch?v=short",
    'https://www.youtube.com/watch?v=x" onload="',
    "https://evil.example/watch?v=dQw4w9WgXcQ",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
    "https://www.youtube.com/channel/UC1234567890",
    "",
  ])("refuses %s", (input) => {
    expect(youtubeIdFrom(input)).toBeNull();
  });
});

describe("value rules", () => {
  it("slugs are letters, digits and single dashes", () => {
    for (const ok of ["dong-quan", "lao-cai-2", "董军", "a"]) expect(isSlug(ok), ok).toBe(true);
    for (const bad of ["", "-a", "a-", "a--b", "a/b", "../a", "a b", "javascript:alert(1)", "a?b", "a#b", "x".repeat(201), 42]) expect(isSlug(bad), String(bad)).toBe(false);
  });
  it("uuids and video ids", () => {
    expect(isUuid("0b7e1a52-3c7b-4d8e-9a1f-2c3d4e5f6a7b")).toBe(true);
    expect(isUuid("0b7e1a52-3c7b-4d8e-9a1f-2c3d4e5f6a7b ")).toBe(false);
    expect(isYoutubeId("dQw4w9WgXcQ")).toBe(true);
    expect(isYoutubeId("dQw4w9WgXc<")).toBe(false);
  });
});

describe("normalizeHref", () => {
  it.each([
    ["vnexpress.net/thoi-su", "https://vnexpress.net/thoi-su"],
    ["www.qdnd.vn", "https://www.qdnd.vn"],
    ["ban@toasoan.vn", "mailto:ban@toasoan.vn"],
    ["https://toasoan.vn", "https://toasoan.vn"],
    ["/bai-viet/a", "/bai-viet/a"],
    ["javascript:alert(1)", "javascript:alert(1)"],
  ])("%s → %s", (input, output) => {
    expect(normalizeHref(input)).toBe(output);
  });
  it("never turns an unsafe link into an allowed one", () => {
    for (const input of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example"]) {
      expect(isAllowedHref(normalizeHref(input)), input).toBe(false);
    }
  });
});

describe("word count and reading time", () => {
  it("counts Vietnamese words, not punctuation", () => {
    expect(countWords("Đại tướng Phan Văn Giang — đón đoàn, hôm nay.")).toBe(9);
    expect(countWords("Hà Nội, 11/4: Việt–Trung")).toBe(6);
    expect(countWords("  ")).toBe(0);
  });
  it("reads about 200 words a minute, at least a minute", () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
  it("leaves embeds and related-article titles out of the text", () => {
    const text = plainText({
      type: "doc",
      content: [
        { type: "youtube", attrs: { videoId: "dQw4w9WgXcQ" } },
        { type: "relatedArticle", attrs: { title: "Bài khác" } },
        { type: "figure", attrs: { caption: "" } },
        { type: "paragraph", content: [{ type: "text", text: "Một" }] },
      ],
    });
    expect(text).toBe("Một\n");
  });
});
