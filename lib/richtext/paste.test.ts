import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./paste";

/** What Chrome puts on the clipboard when copying from Google Docs (abridged styles, real structure). */
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-6b1f0b2e-7fff-1a2b-3c4d-5e6f7a8b9c0d"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Giao lưu biên giới</span></h1><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Lễ đón tại cửa khẩu</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Đại tướng Phan Văn Giang</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> đón </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Thượng tướng Đổng Quân</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> tại </span><a href="https://www.qdnd.vn/quoc-phong-an-ninh/lao-cai" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Lào Cai</span></a><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">.</span></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Trồng cây hữu nghị</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;text-decoration:line-through;">Tuần tra chung</span></p></li></ul><ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:decimal;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;text-decoration:underline;">Hội đàm</span></p></li></ol></b><br class="Apple-interchange-newline">`;

/** What Word puts on the clipboard (abridged head; real list, heading, spacer and Office markup). */
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15"><style><!-- /* Style Definitions */ p.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:11.0pt;} @list l0:level1 {mso-level-number-format:bullet; mso-level-text:·;} --></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]--></head><body lang=VI style='tab-interval:36.0pt;word-wrap:break-word'><!--StartFragment--><h1><a name="_Toc158"></a><span lang=VI style='mso-fareast-language:EN-US'>Tin biên giới<o:p></o:p></span></h1><p class=MsoNormal><b><span lang=VI style='font-size:12.0pt;mso-bidi-font-weight:normal'>Lào Cai</span></b><span lang=VI> – </span><i><span lang=VI>ngày 11/4</span></i><span lang=VI style='font-weight:bold'> đậm</span><o:p></o:p></p><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Một<o:p></o:p></span></p><p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span lang=VI style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Một rưỡi<o:p></o:p></span></p><p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Hai<o:p></o:p></span></p><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span lang=VI><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span lang=VI>Bước một<o:p></o:p></span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'><tr><td width=301 colspan=2 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal><span lang=VI>Ô gộp<o:p></o:p></span></p></td></tr></table><p class=MsoNormal><a href="http://www.qdnd.vn/">Báo QĐND</a><o:p></o:p></p><!--EndFragment--></body></html>`;

/** A web page fragment with the usual hostile or useless markup. */
const WEB_PAGE = `<div class="article" onclick="steal()"><style>.x{color:red}</style><script>alert(1)</script><h3 style="color:red" onmouseover="x()">Tiêu đề phụ</h3><p>Đoạn <a href="javascript:alert(1)">xấu</a> và <a href="https://toasoan.vn/a" target="_blank" onclick="y()">tốt</a>, <a href="&#106;avascript:alert(1)">mã hóa</a>, <a href="&#x6A;&#x61;vascript&colon;alert(1)">hex</a>, <a href=" JaVaScRiPt:alert(1)">hoa</a>, <a href="java&Tab;script:alert(1)">tab</a>, <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data</a>, <a href="vbscript:msgbox(1)">vb</a><img src=x onerror=alert(1)></p><iframe src="https://evil.example"></iframe><form action="/x"><input value="x"><button>Gửi</button><select><option>Chọn</option></select></form><svg onload=alert(1)><script>alert(2)</script></svg><noscript><p>Bật JavaScript</p></noscript><p>a &lt; b, 3 < 4</p></div>`;

describe("cleanPastedHtml", () => {
  it("keeps Google Docs' headings, lists, links, bold and italics, and drops its styles and wrapper", () => {
    const html = cleanPastedHtml(GOOGLE_DOCS);
    expect(html).toContain("<h2>Giao lưu biên giới</h2>"); // the document title's h1 becomes an h2
    expect(html).toContain("<h2>Lễ đón tại cửa khẩu</h2>");
    expect(html).toContain(
      '<p><strong>Đại tướng Phan Văn Giang</strong> đón <em>Thượng tướng Đổng Quân</em> tại <a href="https://www.qdnd.vn/quoc-phong-an-ninh/lao-cai">Lào Cai</a>.</p>',
    );
    expect(html).toContain("<ul><li><p>Trồng cây hữu nghị</p></li><li><p><s>Tuần tra chung</s></p></li></ul>");
    expect(html).toContain("<ol><li><p><u>Hội đàm</u></p></li></ol>");
    for (const junk of ["style=", "docs-internal-guid", "<b ", "<b>", "<span", "<meta", "dir=", "role=", "aria-level", "Apple-interchange", "1155cc"]) {
      expect(html, junk).not.toContain(junk);
    }
    // The link's styled underline is the link itself, not an underline mark.
    expect(html).not.toContain("<u>Lào Cai");
  });

  it("keeps Word's headings, lists, emphasis, tables and links, and drops its Office markup", () => {
    const html = cleanPastedHtml(WORD);
    expect(html).toContain("<h2>Tin biên giới</h2>");
    expect(html).toContain("<p><strong>Lào Cai</strong> – <em>ngày 11/4</em><strong> đậm</strong></p>");
    expect(html).toContain("<ul><li><p>Một</p><ul><li><p>Một rưỡi</p></li></ul></li><li><p>Hai</p></li></ul><ol><li><p>Bước một</p></li></ol>");
    expect(html).toContain('<table><tr><td colspan="2"><p>Ô gộp</p></td></tr></table>');
    expect(html).toContain('<p><a href="http://www.qdnd.vn/">Báo QĐND</a></p>');
    for (const junk of ["mso", "o:p", "<style", "<xml", "w:WordDocument", "Times New Roman", "·", "MsoNormal", "<head", "<meta", "<html", "<body", "StartFragment", "supportLists", "_Toc", "lang=", "<p></p>"]) {
      expect(html, junk).not.toContain(junk);
    }
  });

  it("drops scripts, styles, event handlers, embeds, forms and unsafe links from a web page", () => {
    const html = cleanPastedHtml(WEB_PAGE);
    expect(html).toContain("<h3>Tiêu đề phụ</h3>");
    expect(html).toContain('<a href="https://toasoan.vn/a">tốt</a>');
    for (const text of ["xấu", "mã hóa", "hex", "hoa", "tab", "data", "vb", "a &lt; b, 3 &lt; 4"]) expect(html).toContain(text);
    for (const junk of ["<script", "alert(", "<style", "color:red", "onclick", "onmouseover", "onerror", "onload", "javascript", "JaVaScRiPt", "vbscript", "data:text", "<iframe", "<img", "<svg", "<form", "<input", "Gửi", "Chọn", "Bật JavaScript", "target=", "class="]) {
      expect(html, junk).not.toContain(junk);
    }
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it("maps h5 and h6 to h4, keeps h2–h4", () => {
    expect(cleanPastedHtml("<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5><h6>e</h6>")).toBe("<h2>a</h2><h3>b</h3><h4>c</h4><h4>d</h4><h4>e</h4>");
  });

  it("keeps a list's start and a cell's spans, nothing else", () => {
    expect(cleanPastedHtml('<ol start="3" type="a" class="x"><li>a</li></ol>')).toBe('<ol start="3"><li>a</li></ol>');
    expect(cleanPastedHtml('<table><tr><th rowspan="2" width="20" scope="col">a</th><td colspan="1">b</td></tr></table>')).toBe(
      '<table><tr><th rowspan="2">a</th><td>b</td></tr></table>',
    );
  });

  it("honours font-weight:normal on <b> and nested spans", () => {
    expect(cleanPastedHtml('<p><b style="font-weight:normal">a</b> <b>b</b> <span style="font-weight:bold"><span style="font-style:italic">c</span></span></p>')).toBe(
      "<p>a <strong>b</strong> <strong><em>c</em></strong></p>",
    );
  });

  it("drops an unclosed script and everything after it", () => {
    expect(cleanPastedHtml("<p>a</p><script>alert(1)<p>b</p>")).toBe("<p>a</p>");
  });

  it("leaves HTML copied from a ProseMirror editor alone (its nodes check their own attributes)", () => {
    const html = '<p data-pm-slice="1 1 []">Gặp <span data-type="mention" data-id="x" data-entity-type="person" data-label="Đổng Quân" data-slug="dong-quan">Đổng Quân</span></p>';
    expect(cleanPastedHtml(html)).toBe(html);
  });

  it("accepts plain fragments", () => {
    expect(cleanPastedHtml("chỉ là chữ")).toBe("chỉ là chữ");
    expect(cleanPastedHtml("")).toBe("");
  });
});
