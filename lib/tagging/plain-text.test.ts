import { describe, expect, it } from "vitest";
import { articlePlainText } from "./plain-text";

describe("articlePlainText", () => {
  it("puts title, sapo and each block on lines of their own", () => {
    const body = {
      type: "doc",
      content: [
        { type: "heading", content: [{ type: "text", text: "Lào Cai" }] },
        { type: "paragraph", content: [{ type: "text", text: "Đổng Quân " }, { type: "text", text: "đến." }, { type: "hardBreak" }, { type: "text", text: "Sau đó" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Vân Nam" }] }] }] },
      ],
    };
    expect(articlePlainText("Tiêu đề", "Sapo", body)).toBe("Tiêu đề\nSapo\nLào Cai\nĐổng Quân đến.\nSau đó\nVân Nam");
    expect(articlePlainText("Chỉ tiêu đề", "", null)).toBe("Chỉ tiêu đề");
  });
});
