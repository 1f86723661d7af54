import { describe, expect, it } from "vitest";
import { applyCorrections, combinations, correctableWords, editDistance, oneEditAway, withCaseOf } from "./spelling";

describe("correctableWords", () => {
  it("takes words of letters, not numbers, the OR operator or negated words", () => {
    expect(correctableWords('"Phan Văn" Gaing OR covid19 -loai 92 a').map((word) => word.text)).toEqual(["Phan", "Văn", "Gaing"]);
    expect(correctableWords("lào-cai (-x) -Trog").map((word) => word.text)).toEqual(["lào", "cai"]);
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("gaing", "giang")).toBe(1);
    expect(editDistance("giag", "giang")).toBe(1);
    expect(editDistance("nma", "nam")).toBe(1);
    expect(editDistance("phnog", "phong")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("stops past the limit", () => {
    expect(editDistance("giang", "xxxxxxxx", 2)).toBe(3);
    expect(editDistance("trọg", "trọng")).toBe(1);
  });
});

describe("oneEditAway", () => {
  it("lists drops, swaps, changes and additions", () => {
    const variants = oneEditAway("nma");
    expect(variants).toEqual(expect.arrayContaining(["nam", "ma", "na", "nmaa", "ama"]));
    expect(variants).not.toContain("nma");
    expect(variants.every((variant) => variant.length >= 2)).toBe(true);
  });
});

describe("applyCorrections", () => {
  it("keeps quotes, operators and the reader's capitals, and gives each correction its neighbours", () => {
    const corrected = applyCorrections('"Phan Văn Gaing" -lào', new Map([["Gaing", "giang"]]));
    expect(corrected.query).toBe('"Phan Văn Giang" -lào');
    expect(corrected.contexts).toEqual([{ run: "Phan Văn Giang", pairs: ["Văn Giang"] }]);
    expect(applyCorrections("QUOC PHNOG va", new Map([["PHNOG", "phong"]]))).toEqual({ query: "QUOC PHONG va", contexts: [{ run: "QUOC PHONG va", pairs: ["QUOC PHONG", "PHONG va"] }] });
    expect(applyCorrections("giag", new Map([["giag", "giang"]]))).toEqual({ query: "giang", contexts: [{ run: "giang", pairs: ["giang"] }] });
    expect(applyCorrections("a b c d giag e f g h", new Map([["giag", "giang"]])).contexts[0]!.run).toBe("c d giang e f");
  });
});

describe("withCaseOf", () => {
  it("copies all capitals or a first capital", () => {
    expect(withCaseOf("Gaing", "giang")).toBe("Giang");
    expect(withCaseOf("GAING", "giang")).toBe("GIANG");
    expect(withCaseOf("gaing", "giang")).toBe("giang");
    expect(withCaseOf("Đổg", "đồng")).toBe("Đồng");
  });
});

describe("combinations", () => {
  it("lists the cheapest choices first", () => {
    expect(combinations([["a", "b"], ["x", "y"]], 3)).toEqual([["a", "x"], ["a", "y"], ["b", "x"]]);
    expect(combinations([["a"]], 6)).toEqual([["a"]]);
  });
});
