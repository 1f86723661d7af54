import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatDateTime } from "./dates";

describe("newsroom dates", () => {
  it("formats in Asia/Ho_Chi_Minh as dd/MM/yyyy HH:mm", () => {
    // 01:30 UTC is 08:30 in Hà Nội.
    expect(formatDateTime(new Date("2024-04-11T01:30:00Z"))).toBe("11/04/2024 08:30");
  });
  it("rolls over the date at midnight Vietnam time, not UTC", () => {
    expect(formatDateTime(new Date("2024-04-10T17:05:00Z"))).toBe("11/04/2024 00:05");
    expect(formatDate(new Date("2024-04-10T16:59:00Z"))).toBe("10/04/2024");
  });
  it("uses a 24-hour clock", () => {
    expect(formatDateTime(new Date("2023-08-30T10:28:00Z"))).toBe("30/08/2023 17:28");
  });
  it("formats calendar dates without a time zone shift", () => {
    expect(formatCalendarDate("2024-04-11")).toBe("11/04/2024");
  });
});
