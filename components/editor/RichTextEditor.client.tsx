"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { articleExtensions, isAllowedHref } from "@/lib/richtext/extensions";
import type { RichTextNode } from "@/lib/richtext/validate";

export function countWords(text: string) {
  const words = text.trim().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/** The article body editor: Tiptap with the same extension list the server validates against. */
export function RichTextEditor({
  initial,
  onChange,
  labelledBy,
  invalid,
}: {
  initial: RichTextNode;
  onChange: (doc: RichTextNode) => void;
  labelledBy: string;
  invalid?: boolean;
}) {
  const t = useTranslations("editor");
  const editor = useEditor({
    extensions: articleExtensions,
    content: initial,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichTextNode),
  });
  const words = useEditorState({ editor, selector: ({ editor: current }) => (current ? countWords(current.getText()) : 0) });

  return (
    <div>
      {editor ? <Toolbar editor={editor} /> : null}
      <div className="tiptap-surface">
        <EditorContent editor={editor} />
      </div>
      <p className="word-count" aria-live="polite">
        {t("words", { count: words ?? 0 })}
      </p>
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const t = useTranslations("editor.toolbar");
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      underline: current.isActive("underline"),
      strike: current.isActive("strike"),
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      blockquote: current.isActive("blockquote"),
      link: current.isActive("link"),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons: { key: keyof typeof state; label: string; text: React.ReactNode; run: () => void }[] = [
    { key: "bold", label: t("bold"), text: <strong>B</strong>, run: () => chain().toggleBold().run() },
    { key: "italic", label: t("italic"), text: <em>I</em>, run: () => chain().toggleItalic().run() },
    { key: "underline", label: t("underline"), text: <u>U</u>, run: () => chain().toggleUnderline().run() },
    { key: "strike", label: t("strike"), text: <s>S</s>, run: () => chain().toggleStrike().run() },
    { key: "h2", label: t("h2"), text: "H2", run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "h3", label: t("h3"), text: "H3", run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "bulletList", label: t("bulletList"), text: "•", run: () => chain().toggleBulletList().run() },
    { key: "orderedList", label: t("orderedList"), text: "1.", run: () => chain().toggleOrderedList().run() },
    { key: "blockquote", label: t("blockquote"), text: "❝", run: () => chain().toggleBlockquote().run() },
    {
      key: "link",
      label: t("link"),
      text: <LinkIcon />,
      run: () => {
        if (editor.isActive("link")) {
          chain().unsetLink().run();
          return;
        }
        const href = window.prompt(t("linkPrompt"));
        if (href && isAllowedHref(href)) chain().extendMarkRange("link").setLink({ href }).run();
      },
    },
  ];
  return (
    <div className="tiptap-toolbar" role="toolbar" aria-label={t("label")}>
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          aria-label={button.label}
          title={button.label}
          aria-pressed={Boolean(state[button.key])}
          onClick={button.run}
        >
          {button.text}
        </button>
      ))}
      <span className="sep" aria-hidden="true" />
      <button type="button" aria-label={t("undo")} title={t("undo")} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </button>
      <button type="button" aria-label={t("redo")} title={t("redo")} disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </button>
    </div>
  );
}

function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" style={{ verticalAlign: "-3px" }}>
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </svg>
  );
}
