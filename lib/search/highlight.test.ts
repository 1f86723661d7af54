import { describe, expect, it } from "vitest";
import { highlight, queryTerms } from "./highlight";

const marked = (h: ReturnType<typeof highlight>) => h.parts.filter((p) => p.match).map((p) => p.text);

describe("highlight", () => {
  it("marks matches of a diacritic-free query in the original text", () => {
    const h = highlight("Đại tướng Phan Văn Giang dẫn đầu đoàn.", queryTerms("phan van giang"));
    expect(marked(h)).toEqual(["Phan", "Văn", "Giang"]);
    expect(h.parts.map((p) => p.text).join("")).toBe("Đại tướng Phan Văn Giang dẫn đầu đoàn.");
  });
  it("matches whole words only and handles đ", () => {
    expect(marked(highlight("Hai đoàn tại Hà Khẩu", queryTerms("ha")))).toEqual(["Hà"]);
    expect(marked(highlight("Thượng tướng Đổng Quân", queryTerms("DONG QUAN")))).toEqual(["Đổng", "Quân"]);
  });
  it("ignores operators and quotes in the query", () => {
    expect(queryTerms('"lào cai" OR -hà <script>')).toEqual(["lao", "cai", "ha", "script"]);
  });
  it("cuts a window around the first match", () => {
    const text = `${"mở đầu ".repeat(100)}Lào Cai${" kết thúc".repeat(100)}`;
    const h = highlight(text, queryTerms("lao cai"), 30);
    const joined = h.parts.map((p) => p.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.length).toBeLessThan(200);
    expect(marked(h)).toEqual(["Lào", "Cai"]);
  });
});

describe("highlight on long texts", () => {
  it("looks for matches in the first few thousand characters only, and says the text goes on", () => {
    const long = `${"Mở đầu bài viết dài. ".repeat(150)}Phan Văn Giang phát biểu. ${"Đoạn sau. ".repeat(2000)}`;
    const parts = highlight(long, queryTerms("phan van giang")).parts;
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["Phan", "Văn", "Giang"]);
    expect(parts.at(-1)).toEqual({ text: " …", match: false });
    const beyond = highlight(`${"Chữ. ".repeat(2000)}Giang`, ["giang"]).parts;
    expect(beyond.some((part) => part.match)).toBe(false);
  });
});
