import { describe, expect, it } from "vitest";
import { endOfPeriod, formatPartialDate, formatPartialRange, parsePartialDate, toPartialString } from "./partial-date";

describe("partial dates", () => {
  it.each([
    ["2014", { date: "2014-01-01", precision: "year" }],
    ["2023-09", { date: "2023-09-01", precision: "month" }],
    ["2024-04-11", { date: "2024-04-11", precision: "day" }],
  ])("parses %s", (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
    expect(toPartialString(parsePartialDate(input))).toBe(input);
  });

  it.each(["", "2023-13", "2023-02-30", "23-09", "2023/09/01", "9/2023"])("refuses %j", (input) => {
    expect(parsePartialDate(input)).toBeNull();
  });

  it("formats for readers as much as is known", () => {
    expect(formatPartialDate(parsePartialDate("2014"))).toBe("2014");
    expect(formatPartialDate(parsePartialDate("2023-09"))).toBe("9/2023");
    expect(formatPartialDate(parsePartialDate("2024-04-11"))).toBe("11/4/2024");
  });

  it("writes ranges compactly", () => {
    const p = (s: string) => parsePartialDate(s);
    expect(formatPartialRange(p("2023-09-07"), p("2023-09-08"))).toBe("7–8/9/2023");
    expect(formatPartialRange(p("2022-10-30"), p("2022-11-01"))).toBe("30/10 – 1/11/2022");
    expect(formatPartialRange(p("2023-09"), p("2024-04-12"))).toBe("9/2023 – 12/4/2024");
    expect(formatPartialRange(p("2024-04-11"), p("2024-04-11"))).toBe("11/4/2024");
    expect(formatPartialRange(null, null)).toBe("");
  });

  it("knows where a period ends", () => {
    expect(endOfPeriod(parsePartialDate("2024-02")!)).toBe("2024-02-29");
    expect(endOfPeriod(parsePartialDate("2014")!)).toBe("2014-12-31");
  });
});
