"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { isAllowedHref, normalizeHref } from "@/lib/richtext/urls";

/**
 * The menu that appears on a link: edit its address, open it, or remove it.
 * Mod-K in a link focuses the address field (`inputId`).
 */
export function LinkBubble({ editor, inputId }: { editor: Editor; inputId: string }) {
  const href = useEditorState({
    editor,
    selector: ({ editor: current }) => (current.isActive("link") ? ((current.getAttributes("link").href as string | undefined) ?? "") : null),
  });
  return (
    <BubbleMenu
      editor={editor}
      pluginKey="linkBubble"
      shouldShow={({ editor: current }) => current.isEditable && current.isActive("link")}
      options={{ placement: "bottom-start" }}
      className="rte-bubble"
    >
      {href !== null ? <LinkForm key={href} editor={editor} initial={href} inputId={inputId} /> : null}
    </BubbleMenu>
  );
}

function LinkForm({ editor, initial, inputId }: { editor: Editor; initial: string; inputId: string }) {
  const t = useTranslations("editorContent.link");
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    const href = normalizeHref(value);
    if (!isAllowedHref(href)) {
      setInvalid(true);
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
  };
  return (
    <div role="group" aria-label={t("menu")} className="rte-bubble-group">
      <label htmlFor={inputId}>{t("href")}</label>
      <input
        id={inputId}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${inputId}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            apply();
          } else if (event.key === "Escape") {
            event.preventDefault();
            editor.commands.focus();
          }
        }}
      />
      <button type="button" onClick={apply}>
        {t("apply")}
      </button>
      {isAllowedHref(initial) ? (
        <a href={initial} target="_blank" rel="noopener noreferrer nofollow">
          {t("open")}
        </a>
      ) : null}
      <button type="button" onClick={() => editor.chain().focus().extendMarkRange("link").unsetLink().run()}>
        {t("remove")}
      </button>
      {invalid ? (
        <p id={`${inputId}-error`} role="alert" className="field-error">
          {t("invalid")}
        </p>
      ) : null}
    </div>
  );
}
