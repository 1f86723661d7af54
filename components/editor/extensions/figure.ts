import { Node, mergeAttributes } from "@tiptap/core";
import { LIMITS, isAllowedImageSrc, isDimension } from "@/lib/richtext/rules";
import { cursorAfterBlock } from "./block-cursor";

export interface FigureAttrs {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure; refused (false) when the source is not an allowed image URL. */
      insertFigure: (attrs: Partial<FigureAttrs> & { src: string }) => ReturnType;
    };
  }
}

/** A single line of plain text, cut to `max` characters. */
const text = (value: string | null | undefined, max: number) =>
  (value ?? "")
    .replace(/[\u0000-\u001F\u007F]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
const dimension = (value: string | null) => {
  const number = value === null ? NaN : Number(value);
  return isDimension(number) && Number.isFinite(number) ? number : null;
};

/**
 * An image with its caption and credit: `{ type: "figure", attrs: { src, alt,
 * caption, credit, width, height } }`. Caption and credit are plain-text
 * attributes, not rich content ("Lễ đón tại cửa khẩu" / "Ảnh: TTXVN"), so they
 * are validated and rendered like any other attribute. A block atom: the
 * editor edits them in the node view.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
      width: { default: null },
      height: { default: null },
    };
  },

  parseHTML() {
    // Only our own figures (copy and paste inside the editor): images from other sites are not taken over silently.
    return [
      {
        tag: 'figure[data-type="figure"]',
        getAttrs: (element) => {
          const img = element.querySelector("img");
          const src = img?.getAttribute("src");
          if (!img || !isAllowedImageSrc(src)) return false;
          return {
            src: src.trim(),
            alt: text(img.getAttribute("alt"), LIMITS.alt),
            caption: text(element.querySelector("[data-caption]")?.textContent, LIMITS.caption),
            credit: text(element.querySelector("[data-credit]")?.textContent, LIMITS.credit),
            width: dimension(img.getAttribute("width")),
            height: dimension(img.getAttribute("height")),
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, caption, credit, width, height } = node.attrs as FigureAttrs;
    const img = [
      "img",
      {
        src: isAllowedImageSrc(src) ? src : "",
        alt: alt ?? "",
        ...(width ? { width } : {}),
        ...(height ? { height } : {}),
      },
    ] as const;
    const figcaption = caption || credit ? ["figcaption", {}, ["span", { "data-caption": "" }, caption ?? ""], " ", ["span", { "data-credit": "" }, credit ?? ""]] : null;
    const attrs = mergeAttributes(HTMLAttributes, { "data-type": "figure" });
    return figcaption ? ["figure", attrs, img, figcaption] : ["figure", attrs, img];
  },

  renderText({ node }) {
    return (node.attrs.caption as string) ?? "";
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ chain }) => {
          if (!isAllowedImageSrc(attrs.src)) return false;
          return chain()
            .insertContent({
              type: this.name,
              attrs: {
                src: attrs.src.trim(),
                alt: text(attrs.alt, LIMITS.alt),
                caption: text(attrs.caption, LIMITS.caption),
                credit: text(attrs.credit, LIMITS.credit),
                width: isDimension(attrs.width) ? (attrs.width ?? null) : null,
                height: isDimension(attrs.height) ? (attrs.height ?? null) : null,
              },
            })
            .command(cursorAfterBlock(this.name))
            .run();
        },
    };
  },
});
