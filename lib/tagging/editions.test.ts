import { describe, expect, it } from "vitest";
import { editionAfter, editionBefore, romanValue, splitEditionFromName } from "./editions";
import { tokenize } from "./normalize";

const after = (text: string) => editionAfter(tokenize(text), 0)?.edition ?? null;
const before = (text: string) => {
  const tokens = tokenize(text);
  return editionBefore(tokens, tokens.folded.indexOf("x"))?.edition ?? null;
};

describe("edition phrases", () => {
  it.each([
    ["lần thứ 8", 8],
    ["lần thứ tám", 8],
    ["lần 8", 8],
    ["lần thứ nhất", 1],
    ["lần thứ tư", 4],
    ["lần thứ mười", 10],
    ["lần thứ mười lăm", 15],
    ["lần thứ hai mươi mốt", 21],
    ["lần thứ VIII", 8],
    ["lan thu tam", 8],
    ["kỳ thứ 3", 3],
    ["第八届", 8],
    ["第十二届", 12],
    ["第8届", 8],
  ])("reads %s after a series name", (text, edition) => {
    expect(after(text)).toBe(edition);
  });

  it.each([["lần tám"], ["lần này"], ["lần thứ"], ["lần thứ vii"], ["第八"]])("does not read %s", (text) => {
    expect(after(text)).toBeNull();
  });

  it.each([
    ["the 8th X", 8],
    ["the eighth X", 8],
    ["the twenty-first X", 21],
    ["the 3rd edition of the X", 3],
    ["la octava edición del X", 8],
    ["第八届X", 8],
  ])("reads %s before a series name", (text, edition) => {
    expect(before(text)).toBe(edition);
  });

  it("reads Roman numerals only in their canonical form", () => {
    expect(romanValue("xiv")).toBe(14);
    expect(romanValue("iiii")).toBeNull();
    expect(romanValue("vx")).toBeNull();
  });

  it("splits the edition off an event's name", () => {
    expect(splitEditionFromName(tokenize("Giao lưu hữu nghị lần thứ 8"))).toEqual({ stemFrom: 0, stemTo: 4, edition: 8 });
    expect(splitEditionFromName(tokenize("The 8th Border Exchange"))).toEqual({ stemFrom: 2, stemTo: 4, edition: 8 });
    expect(splitEditionFromName(tokenize("Hội nghị thượng đỉnh"))).toBeNull();
  });
});
