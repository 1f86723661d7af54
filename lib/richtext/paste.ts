/**
 * Cleans HTML pasted from Word, Google Docs or a web page before ProseMirror
 * parses it against the article schema (the editor's `transformPastedHTML`).
 *
 * The schema parse is the real guard — it keeps only what our nodes and marks
 * recognise — but it reads styles too, and Word and Docs carry a lot of them.
 * This pass, a pure string → string function so it runs and is tested
 * without a DOM:
 * - drops comments, `<style>`, `<script>`, `<head>`, `<xml>`, embeds, form
 *   controls, Office namespaces (`<o:p>`, `<w:…>`, `<v:…>`, `<st1:…>`);
 * - turns Docs' and Word's style-only formatting (`<span style="font-weight:700">`,
 *   `font-style:italic`, `text-decoration:underline|line-through`) into
 *   `<strong>`, `<em>`, `<u>`, `<s>`, and honours `font-weight:normal` on `<b>`
 *   (Docs wraps the whole clipboard in `<b style="font-weight:normal" id="docs-internal-guid-…">`);
 * - rebuilds Word's list paragraphs (`MsoListParagraph…`, `mso-list: l0 level1`) as `<ul>`/`<ol>`;
 * - maps `<h1>` to `<h2>` and `<h5>`/`<h6>` to `<h4>` (the article title is the page's h1);
 * - removes every attribute except a link's safe `href`, a list's `start` and
 *   a cell's `colspan`/`rowspan`.
 * HTML copied from a ProseMirror editor (ours) is left alone: its nodes'
 * parse rules check their own attributes.
 */
import { isAllowedHref } from "./urls";

/** Elements dropped with everything inside them. */
const DROP_WITH_CONTENT = [
  "script",
  "style",
  "xml",
  "head",
  "title",
  "template",
  "noscript",
  "iframe",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "canvas",
  "audio",
  "video",
  "select",
  "textarea",
  "button",
  "caption",
  "frameset",
];

/** Structure kept as is (without attributes); anything not listed here or below loses its tag and keeps its text. */
const KEEP = new Set([
  "p",
  "br",
  "hr",
  "ul",
  "ol",
  "li",
  "blockquote",
  "h2",
  "h3",
  "h4",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "figure",
  "figcaption",
  "pre",
  "dl",
  "dt",
  "dd",
  "address",
]);
const RENAME: Record<string, string> = { h1: "h2", h5: "h4", h6: "h4" };

/** Inline tags whose meaning is formatting: rewritten to strong/em/u/s from their tag and style. */
const FORMATTING: Record<string, Mark | null> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strike",
  strike: "strike",
  del: "strike",
  span: null,
  font: null,
  mark: null,
  small: null,
  big: null,
  sub: null,
  sup: null,
  abbr: null,
  cite: null,
  q: null,
  code: null,
  kbd: null,
  samp: null,
  var: null,
  time: null,
  label: null,
};

type Mark = "bold" | "italic" | "underline" | "strike";
const MARK_TAGS: Record<Mark, string> = { bold: "strong", italic: "em", underline: "u", strike: "s" };
const MARK_ORDER: Mark[] = ["bold", "italic", "underline", "strike"];

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  tab: "\t",
  newline: "\n",
  colon: ":",
  sol: "/",
  period: ".",
  lpar: "(",
  rpar: ")",
};

/** Decodes character references; unknown named ones make the value unreadable (null). */
function decodeEntities(value: string): string | null {
  let unknown = false;
  const decoded = value.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    if (named === undefined) unknown = true;
    return named ?? whole;
  });
  return unknown ? null : decoded;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/** CSS declarations of a style attribute, property → value, lower-cased. */
function parseStyle(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>();
  if (!style) return declarations;
  const decoded = decodeEntities(style) ?? style;
  for (const declaration of decoded.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase().replace(/\s*!important$/, ""));
  }
  return declarations;
}

function marksOf(tag: string, style: Map<string, string>, insideLink: boolean): Set<Mark> {
  const marks = new Set<Mark>();
  const base = FORMATTING[tag];
  if (base) marks.add(base);
  const weight = style.get("font-weight");
  if (weight !== undefined) {
    if (/^(bold|bolder|[6-9]00)$/.test(weight)) marks.add("bold");
    else if (/^(normal|lighter|[1-5]00)$/.test(weight)) marks.delete("bold");
  }
  const fontStyle = style.get("font-style");
  if (fontStyle !== undefined) {
    if (/^(italic|oblique)/.test(fontStyle)) marks.add("italic");
    else if (fontStyle === "normal") marks.delete("italic");
  }
  const decoration = style.get("text-decoration") ?? style.get("text-decoration-line");
  if (decoration !== undefined) {
    // Docs underlines link text with a style: the link itself says it, an underline mark would not.
    if (decoration.includes("underline") && !insideLink) marks.add("underline");
    if (decoration.includes("line-through")) marks.add("strike");
    if (decoration === "none") {
      marks.delete("underline");
      marks.delete("strike");
    }
  }
  return marks;
}

/** Elements whose content is raw text to a browser: an unclosed one swallows the rest of the document. */
const RAW_TEXT = ["script", "style", "xml", "title", "textarea", "template", "noscript", "iframe"];

const dropWithContent = (html: string) => {
  const names = DROP_WITH_CONTENT.join("|");
  return html
    .replace(new RegExp(`<(${names})\\b(?:[^>"']|"[^"]*"|'[^']*')*?/>`, "gi"), "")
    .replace(new RegExp(`<(${names})\\b[\\s\\S]*?<\\/\\1\\s*>`, "gi"), "")
    .replace(new RegExp(`<(${RAW_TEXT.join("|")})\\b[\\s\\S]*$`, "i"), "");
};

const WORD_LIST_PARAGRAPH = /<p\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/p\s*>/gi;
const WORD_LIST_MARKER = /<!--\[if\s+!supportLists\]-->([\s\S]*?)<!--\[endif\]-->|<!\[if\s+!supportLists\]>([\s\S]*?)<!\[endif\]>/i;
const ITEM_START = "\u0001";
const ITEM_BODY = "\u0002";
const ITEM_END = "\u0003";

/** Word writes lists as paragraphs with a fake bullet; rebuild them as real, nested lists. */
function rebuildWordLists(html: string): string {
  const marked = html.replace(WORD_LIST_PARAGRAPH, (whole, attributeSource: string, inner: string) => {
    const attributes = parseAttributes(attributeSource);
    const style = attributes.get("style") ?? "";
    const isListParagraph = /^MsoListParagraph/i.test(attributes.get("class") ?? "") || /mso-list\s*:\s*l\d+/i.test(style);
    if (!isListParagraph) return whole;
    const markerMatch = inner.match(WORD_LIST_MARKER);
    const marker = (decodeEntities((markerMatch?.[1] ?? markerMatch?.[2] ?? "").replace(/<[^>]*>/g, "")) ?? "").replace(/[\s\u00a0]+/g, "");
    const ordered = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i.test(marker);
    const level = Math.min(Number(/level(\d+)/i.exec(style)?.[1] ?? 1) || 1, 9);
    const content = inner.replace(WORD_LIST_MARKER, "");
    return `${ITEM_START}${ordered ? "1" : "0"}${level}${ITEM_BODY}${content}${ITEM_END}`;
  });
  const run = new RegExp(`(?:${ITEM_START}[01]\\d${ITEM_BODY}[^${ITEM_END}]*${ITEM_END}\\s*)+`, "g");
  return marked.replace(run, (items) => {
    let out = "";
    const open: string[] = [];
    for (const [, kind, level, content] of items.matchAll(new RegExp(`${ITEM_START}([01])(\\d)${ITEM_BODY}([^${ITEM_END}]*)${ITEM_END}`, "g"))) {
      const depth = Number(level);
      const tag = kind === "1" ? "ol" : "ul";
      while (open.length > depth) out += `</li></${open.pop()}>`;
      // A bulleted list right after a numbered one (or the reverse) is a new list.
      if (open.length === depth && open[depth - 1] !== tag) out += `</li></${open.pop()}>`;
      if (open.length === depth) out += "</li>";
      while (open.length < depth) {
        out += `<${tag}>`;
        open.push(tag);
        // Word can skip a level; the missing one gets an empty item to hang from.
        if (open.length < depth) out += "<li>";
      }
      out += `<li><p>${content}</p>`;
    }
    while (open.length) out += `</li></${open.pop()}>`;
    return out;
  });
}

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

export function cleanPastedHtml(html: string): string {
  if (/<[^>]+\bdata-pm-slice\s*=/.test(html)) return html;
  let source = html.replace(/[\u0001-\u0003]/g, "");
  source = rebuildWordLists(source);
  source = source
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!--[\s\S]*$/, "")
    .replace(/<!\[(?:if|endif)[^\]]*\]>/gi, "")
    .replace(/<![^>]*>/g, "")
    .replace(/<\?[^>]*>/g, "");
  source = dropWithContent(source);

  let out = "";
  let linkDepth = 0;
  const closers = new Map<string, string[]>();
  const pushCloser = (name: string, closer: string) => {
    const stack = closers.get(name) ?? [];
    stack.push(closer);
    closers.set(name, stack);
  };
  const popCloser = (name: string) => closers.get(name)?.pop();

  let index = 0;
  while (index < source.length) {
    const lt = source.indexOf("<", index);
    if (lt < 0) {
      out += source.slice(index);
      break;
    }
    out += source.slice(index, lt);
    TAG.lastIndex = lt;
    const match = TAG.exec(source);
    if (!match) {
      out += "&lt;";
      index = lt + 1;
      continue;
    }
    index = TAG.lastIndex;
    const closing = match[1] === "/";
    const rawName = match[2]!.toLowerCase();
    const attributeSource = match[3] ?? "";
    const selfClosing = /\/\s*$/.test(attributeSource);
    if (rawName.includes(":")) continue; // o:p, w:…, v:…, st1:…
    const name = RENAME[rawName] ?? rawName;

    if (name === "a") {
      if (closing) {
        const closer = popCloser("a");
        if (closer !== undefined) {
          out += closer;
          if (closer) linkDepth = Math.max(0, linkDepth - 1);
        }
        continue;
      }
      const raw = parseAttributes(attributeSource).get("href");
      const href = raw === undefined ? null : decodeEntities(raw)?.trim();
      if (href && isAllowedHref(href) && linkDepth === 0) {
        out += `<a href="${escapeAttribute(href)}">`;
        linkDepth += 1;
        pushCloser("a", "</a>");
      } else {
        pushCloser("a", "");
      }
      continue;
    }

    if (Object.hasOwn(FORMATTING, name)) {
      if (closing) {
        out += popCloser(name) ?? "";
        continue;
      }
      if (selfClosing) continue;
      const marks = marksOf(name, parseStyle(parseAttributes(attributeSource).get("style")), linkDepth > 0);
      const ordered = MARK_ORDER.filter((mark) => marks.has(mark));
      out += ordered.map((mark) => `<${MARK_TAGS[mark]}>`).join("");
      pushCloser(
        name,
        ordered
          .reverse()
          .map((mark) => `</${MARK_TAGS[mark]}>`)
          .join(""),
      );
      continue;
    }

    if (!KEEP.has(name)) continue;
    if (closing) {
      out += `</${name}>`;
      continue;
    }
    const attributes = parseAttributes(attributeSource);
    let kept = "";
    if (name === "ol" && /^\d{1,6}$/.test(attributes.get("start") ?? "")) kept += ` start="${attributes.get("start")}"`;
    if (name === "td" || name === "th") {
      for (const span of ["colspan", "rowspan"]) {
        const value = attributes.get(span) ?? "";
        if (/^\d{1,3}$/.test(value) && value !== "1") kept += ` ${span}="${value}"`;
      }
    }
    out += `<${name}${kept}>`;
  }

  // Word's spacer paragraphs (`<p><o:p>&nbsp;</o:p></p>`) carry nothing.
  return out.replace(/<p>(?:\s|&nbsp;|&#160;|\u00a0)*<\/p>/gi, "").trim();
}
