import { describe, expect, it } from "vitest";
import { defaultYear, findDates } from "./dates";

const ranges = (text: string, date?: string) => findDates(text, date).map((d) => `${d.from}..${d.to}:${d.precision}`);

describe("findDates", () => {
  it("reads Vietnamese dates, ranges and months", () => {
    expect(ranges("ngày 11/4/2024")).toEqual(["2024-04-11..2024-04-11:day"]);
    expect(ranges("ngày 11–12/4/2024")).toEqual(["2024-04-11..2024-04-12:day"]);
    expect(ranges("dự kiến 7 và 8/9/2023")).toEqual(["2023-09-07..2023-09-08:day"]);
    expect(ranges("vào tháng 4/2024")).toEqual(["2024-04-01..2024-04-30:month"]);
    expect(ranges("ngày 11 tháng 4 năm 2024")).toEqual(["2024-04-11..2024-04-11:day"]);
    expect(ranges("năm 2014")).toEqual(["2014-01-01..2014-12-31:year"]);
  });

  it("takes the year of a day without one from the article, else from the text", () => {
    expect(ranges("Sáng 11/4, hai đoàn gặp nhau.", "2024-04-11")).toEqual(["2024-04-11..2024-04-11:day"]);
    expect(ranges("Sáng 11/4, hai đoàn gặp nhau; kế hoạch từ tháng 8/2023.")).toEqual(["2023-04-11..2023-04-11:day", "2023-08-01..2023-08-31:month"]);
    expect(ranges("Sáng 11/4, hai đoàn gặp nhau.")).toEqual([]);
    expect(defaultYear("từ 2014 đến 2024")).toBe(2024);
  });

  it("reads ISO, English, Spanish and Chinese dates", () => {
    expect(ranges("on 2024-04-11")).toEqual(["2024-04-11..2024-04-11:day"]);
    expect(ranges("on April 11-12, 2024")).toEqual(["2024-04-11..2024-04-12:day"]);
    expect(ranges("on 11 April 2024")).toEqual(["2024-04-11..2024-04-11:day"]);
    expect(ranges("in April 2024")).toEqual(["2024-04-01..2024-04-30:month"]);
    expect(ranges("el 11 de abril de 2024")).toEqual(["2024-04-11..2024-04-11:day"]);
    expect(ranges("2024年4月11日")).toEqual(["2024-04-11..2024-04-11:day"]);
  });

  it("does not read impossible dates or a Chinese given name as a month", () => {
    expect(ranges("tỷ số 31/2, 45/12")).toEqual([]);
    expect(ranges("Dong Jun 12 hours later", "2024-01-01")).toEqual([]);
  });
});
