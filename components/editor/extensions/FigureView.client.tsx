"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useId, type KeyboardEvent } from "react";
import { LIMITS, isAllowedImageSrc } from "@/lib/richtext/rules";

/** Enter in a field must not submit the article form around the editor. */
export const keepEnterInField = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === "Enter") event.preventDefault();
};

/** The figure in the editor: the image, and its caption, credit and description edited in place. */
export function FigureView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const t = useTranslations("editorContent.figure");
  const id = useId();
  const { src, alt, width, height } = node.attrs as Record<string, string | number | null>;
  const field = (name: "caption" | "credit" | "alt", label: string, max: number, hint?: string) => (
    <div className="rte-figure-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        value={(node.attrs[name] as string) ?? ""}
        maxLength={max}
        placeholder={hint}
        onChange={(event) => updateAttributes({ [name]: event.target.value })}
        onKeyDown={keepEnterInField}
      />
    </div>
  );
  return (
    <NodeViewWrapper as="figure" className={`rte-figure${selected ? " is-selected" : ""}`} data-drag-handle="" aria-label={t("label")}>
      {isAllowedImageSrc(src) ? (
        // eslint-disable-next-line @next/next/no-img-element -- the editor shows the stored source as is
        <img src={src} alt={(alt as string) ?? ""} width={(width as number) ?? undefined} height={(height as number) ?? undefined} draggable={false} />
      ) : null}
      <div className="rte-figure-fields" contentEditable={false}>
        {field("caption", t("caption"), LIMITS.caption)}
        {field("credit", t("credit"), LIMITS.credit, t("creditHint"))}
        {field("alt", t("alt"), LIMITS.alt)}
      </div>
    </NodeViewWrapper>
  );
}
