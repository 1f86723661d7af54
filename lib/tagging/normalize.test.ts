import { describe, expect, it } from "vitest";
import { GAP_COMMA, GAP_HARD, GAP_SOFT, TOKEN_ACCENTED, TOKEN_CJK, TOKEN_UPPER, foldKey, tokenize } from "./normalize";

describe("tokenize", () => {
  it("folds case, diacritics and đ, and keeps offsets into the original", () => {
    const text = "Đổng Quân – Lào Cai";
    const tokens = tokenize(text);
    expect(tokens.folded).toEqual(["dong", "quan", "lao", "cai"]);
    expect(tokens.start.map((start, k) => text.slice(start, tokens.end[k]))).toEqual(["Đổng", "Quân", "Lào", "Cai"]);
    expect(tokens.flags[0]! & TOKEN_UPPER).toBeTruthy();
    expect(tokens.flags[0]! & TOKEN_ACCENTED).toBeTruthy();
    expect(tokens.gapBefore[2]).toBe(GAP_SOFT);
  });

  it("reads old- and new-style tone placement alike, but keeps tones and vowel marks apart", () => {
    expect(tokenize("hoà").sig).toEqual(tokenize("hòa").sig);
    expect(tokenize("Huế").sig).not.toEqual(tokenize("huệ").sig);
    expect(tokenize("Lào").sig).not.toEqual(tokenize("Lao").sig);
    expect(tokenize("Lao").flags[0]! & TOKEN_ACCENTED).toBe(0);
  });

  it("reads decomposed (NFD) text like composed text", () => {
    expect(tokenize("Việt Nam".normalize("NFD")).sig).toEqual(tokenize("Việt Nam").sig);
    expect(tokenize("Việt Nam".normalize("NFD")).end[0]).toBe("Việt".normalize("NFD").length);
  });

  it("makes every Han character a token", () => {
    const tokens = tokenize("越南国防部长潘文江");
    expect(tokens.count).toBe(9);
    expect(tokens.flags.every((flag) => flag & TOKEN_CJK)).toBe(true);
  });

  it("records punctuation between tokens and sentence ends", () => {
    const tokens = tokenize("Lào Cai, Hà Giang. Vân Nam (Trung Quốc)");
    expect([...tokens.gapBefore]).toEqual([GAP_SOFT, GAP_SOFT, GAP_COMMA, GAP_SOFT, GAP_HARD, GAP_SOFT, GAP_HARD, GAP_SOFT]);
    expect([...tokens.sentence]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it("folds a whole name to one key", () => {
    expect(foldKey("Việt Nam – Trung Quốc")).toBe("viet nam trung quoc");
    expect(foldKey("Việt Nam-Trung Quốc")).toBe("viet nam trung quoc");
  });
});
