"use client";

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { LIMITS } from "@/lib/richtext/rules";
import { keepEnterInField } from "./FigureView.client";

/** The pull quote in the editor: its text is edited inline, its attribution in a field below. */
export function PullQuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const t = useTranslations("editorContent.pullQuote");
  const id = useId();
  const length = node.textContent.length;
  return (
    <NodeViewWrapper as="aside" className="rte-pullquote">
      <NodeViewContent<"blockquote"> as="blockquote" className="rte-pullquote-text" />
      <div className="rte-pullquote-meta" contentEditable={false}>
        <label htmlFor={`${id}-attribution`}>{t("attribution")}</label>
        <input
          id={`${id}-attribution`}
          value={(node.attrs.attribution as string) ?? ""}
          maxLength={LIMITS.attribution}
          onChange={(event) => updateAttributes({ attribution: event.target.value })}
          onKeyDown={keepEnterInField}
        />
        <span className={length > LIMITS.pullQuote ? "rte-count is-over" : "rte-count"} aria-live="polite">
          {t("count", { count: length, max: LIMITS.pullQuote })}
        </span>
      </div>
    </NodeViewWrapper>
  );
}
