"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import type { Range } from "@tiptap/core";
import { useId, useState, type ReactNode } from "react";
import type { EntitySummary } from "@/lib/entities";
import { cleanPastedHtml } from "@/lib/richtext/paste";
import { countWords, plainText, readingMinutes } from "@/lib/richtext/plain-text";
import type { RichTextNode } from "@/lib/richtext/validate";
import { MENTION_INSERTED, OPEN_INSERT_DIALOG, OPEN_LINK_EDITOR, createEditorExtensions } from "./extensions/editor-extensions.client";
import { InsertDialog, type InsertDialogKind } from "./extensions/InsertDialogs.client";
import { LinkBubble } from "./extensions/LinkBubble.client";
import type { SlashItem } from "./extensions/slash-command";

export { countWords } from "@/lib/richtext/plain-text";

/** Word count of a document, computed once per document state. */
const statsCache = new WeakMap<object, { words: number; minutes: number }>();
function statsOf(editor: Editor) {
  const doc = editor.state.doc;
  let stats = statsCache.get(doc);
  if (!stats) {
    const words = countWords(plainText(doc.toJSON() as RichTextNode));
    stats = { words, minutes: readingMinutes(words) };
    statsCache.set(doc, stats);
  }
  return stats;
}

/**
 * The article body editor: Tiptap with the same schema the server validates
 * against, plus the toolbar, the `/` block menu, `@` mentions, the link
 * bubble, insert dialogs, paste clean-up, and a word count with reading time.
 *
 * `onMention` is called with the entity each time the editor inserts an `@`
 * mention, so the form can add the entity to the article's tags.
 * `articleId`, when editing, keeps the article out of its own related-article search.
 */
export function RichTextEditor({
  initial,
  onChange,
  labelledBy,
  invalid,
  onMention,
  articleId,
}: {
  initial: RichTextNode;
  onChange: (doc: RichTextNode) => void;
  labelledBy: string;
  invalid?: boolean;
  onMention?: (entity: EntitySummary) => void;
  articleId?: string;
}) {
  const t = useTranslations("editorContent");
  const [dialog, setDialog] = useState<InsertDialogKind | null>(null);
  const linkInputId = `${useId()}-link`;
  // Built once: the extensions reach this component through transaction metas, not callbacks.
  const [extensions] = useState(() =>
    createEditorExtensions({
      slashItems: slashItems((key) => t(`slash.${key}`)),
      labels: {
        slash: t("slash.label"),
        slashEmpty: t("slash.empty"),
        mention: t("mention.label"),
        mentionHint: t("mention.hint"),
        mentionSearching: t("mention.searching"),
        mentionEmpty: t("mention.empty"),
        types: {
          person: t("mention.types.person"),
          place: t("mention.types.place"),
          organization: t("mention.types.organization"),
          event: t("mention.types.event"),
          series: t("mention.types.series"),
        },
        relatedArticle: t("related.label"),
      },
    }),
  );

  /** Mod-K and the toolbar's link button: edit the link under the cursor, or add one. */
  const openLink = (current: Editor) => {
    if (!current.isActive("link")) {
      setDialog("link");
      return;
    }
    const field = document.getElementById(linkInputId);
    // The bubble appears a moment after the cursor enters a link.
    if (field) field.focus();
    else window.setTimeout(() => document.getElementById(linkInputId)?.focus(), 300);
  };

  const editor = useEditor({
    extensions,
    content: initial,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichTextNode),
    onTransaction: ({ editor: current, transaction }) => {
      const mentioned = transaction.getMeta(MENTION_INSERTED) as EntitySummary | undefined;
      if (mentioned) onMention?.(mentioned);
      if (transaction.getMeta(OPEN_LINK_EDITOR)) openLink(current);
      const kind = transaction.getMeta(OPEN_INSERT_DIALOG) as InsertDialogKind | undefined;
      if (kind) setDialog(kind);
    },
  });
  // The subscription re-renders on every change; the figures are read from the editor itself, because the
  // selector is not run again when the editor first appears, which left a stored article at "0 từ" until edited.
  useEditorState({ editor, selector: ({ editor: current }) => (current ? statsOf(current) : null) });
  const stats = editor ? statsOf(editor) : { words: 0, minutes: 0 };

  const closeDialog = () => {
    setDialog(null);
    editor?.commands.focus();
  };

  return (
    <div className="rte">
      {editor ? <Toolbar editor={editor} onInsert={setDialog} onLink={() => openLink(editor)} /> : null}
      <div className="tiptap-surface">
        <EditorContent editor={editor} />
      </div>
      {editor ? <LinkBubble editor={editor} inputId={linkInputId} /> : null}
      {editor && dialog ? <InsertDialog kind={dialog} editor={editor} articleId={articleId} onClose={closeDialog} /> : null}
      <p className="word-count" aria-live="polite">
        {t("stats", { words: stats.words, minutes: stats.minutes })}
      </p>
    </div>
  );
}

/** The `/` menu's blocks. */
function slashItems(label: (key: string) => string): SlashItem[] {
  const item = (id: string, keywords: string[], run: SlashItem["run"]): SlashItem => ({ id, title: label(id), keywords, run });
  const openDialog = (kind: InsertDialogKind) => (editor: Editor, range: Range) => editor.chain().focus().deleteRange(range).setMeta(OPEN_INSERT_DIALOG, kind).run();
  return [
    item("h2", ["h2", "heading", "tieu de"], (editor, range) => editor.chain().focus().deleteRange(range).setNode("heading", { level: 2 }).run()),
    item("h3", ["h3", "heading", "tieu de"], (editor, range) => editor.chain().focus().deleteRange(range).setNode("heading", { level: 3 }).run()),
    item("h4", ["h4", "heading", "tieu de"], (editor, range) => editor.chain().focus().deleteRange(range).setNode("heading", { level: 4 }).run()),
    item("bulletList", ["ul", "list", "danh sach", "gach dau dong"], (editor, range) => editor.chain().focus().deleteRange(range).toggleBulletList().run()),
    item("orderedList", ["ol", "list", "danh sach so", "1."], (editor, range) => editor.chain().focus().deleteRange(range).toggleOrderedList().run()),
    item("blockquote", ["quote", "trich dan", "blockquote"], (editor, range) => editor.chain().focus().deleteRange(range).toggleBlockquote().run()),
    item("pullQuote", ["pull", "quote", "trich dan noi bat"], (editor, range) => editor.chain().focus().deleteRange(range).setNode("pullQuote").run()),
    item("table", ["table", "bang"], (editor, range) => editor.chain().focus().deleteRange(range).insertTable().run()),
    item("figure", ["image", "img", "anh", "hinh", "photo"], openDialog("figure")),
    item("youtube", ["video", "youtube"], openDialog("youtube")),
    item("relatedArticle", ["related", "bai lien quan", "doc them", "link"], openDialog("related")),
    item("horizontalRule", ["hr", "divider", "duong ke", "---"], (editor, range) => editor.chain().focus().deleteRange(range).setHorizontalRule().run()),
  ];
}

interface ToolbarButton {
  key: string;
  label: string;
  text: ReactNode;
  run: () => void;
  /** For toggles: whether it is on. Action buttons leave it out. */
  pressed?: boolean;
  disabled?: boolean;
}

function Toolbar({ editor, onInsert, onLink }: { editor: Editor; onInsert: (kind: InsertDialogKind) => void; onLink: () => void }) {
  const t = useTranslations("editor.toolbar");
  const tc = useTranslations("editorContent.toolbar");
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      underline: current.isActive("underline"),
      strike: current.isActive("strike"),
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      h4: current.isActive("heading", { level: 4 }),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      blockquote: current.isActive("blockquote"),
      pullQuote: current.isActive("pullQuote"),
      link: current.isActive("link"),
      inTable: current.isActive("table"),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const marks: ToolbarButton[] = [
    { key: "bold", label: t("bold"), text: <strong>B</strong>, pressed: state.bold, run: () => chain().toggleBold().run() },
    { key: "italic", label: t("italic"), text: <em>I</em>, pressed: state.italic, run: () => chain().toggleItalic().run() },
    { key: "underline", label: t("underline"), text: <u>U</u>, pressed: state.underline, run: () => chain().toggleUnderline().run() },
    { key: "strike", label: t("strike"), text: <s>S</s>, pressed: state.strike, run: () => chain().toggleStrike().run() },
    { key: "link", label: t("link"), text: <LinkIcon />, pressed: state.link, run: onLink },
  ];
  const blocks: ToolbarButton[] = [
    { key: "h2", label: t("h2"), text: "H2", pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "h3", label: t("h3"), text: "H3", pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "h4", label: tc("h4"), text: "H4", pressed: state.h4, run: () => chain().toggleHeading({ level: 4 }).run() },
    { key: "bulletList", label: t("bulletList"), text: "•", pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: "orderedList", label: t("orderedList"), text: "1.", pressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: "blockquote", label: t("blockquote"), text: "❝", pressed: state.blockquote, run: () => chain().toggleBlockquote().run() },
    { key: "pullQuote", label: tc("pullQuote"), text: "❞❞", pressed: state.pullQuote, run: () => chain().togglePullQuote().run() },
    { key: "horizontalRule", label: tc("horizontalRule"), text: "―", run: () => chain().setHorizontalRule().run() },
  ];
  const inserts: ToolbarButton[] = [
    { key: "table", label: tc("table"), text: "▦", disabled: state.inTable, run: () => chain().insertTable().run() },
    { key: "figure", label: tc("figure"), text: <ImageIcon />, run: () => onInsert("figure") },
    { key: "youtube", label: tc("youtube"), text: "▶", run: () => onInsert("youtube") },
    { key: "relatedArticle", label: tc("relatedArticle"), text: "↗", run: () => onInsert("related") },
  ];
  const tableTools: ToolbarButton[] = [
    { key: "addRowAfter", label: tc("addRowAfter"), text: "+≡", run: () => chain().addRowAfter().run() },
    { key: "addColumnAfter", label: tc("addColumnAfter"), text: "+⦀", run: () => chain().addColumnAfter().run() },
    { key: "deleteRow", label: tc("deleteRow"), text: "−≡", run: () => chain().deleteRow().run() },
    { key: "deleteColumn", label: tc("deleteColumn"), text: "−⦀", run: () => chain().deleteColumn().run() },
    { key: "toggleHeaderRow", label: tc("toggleHeaderRow"), text: "H≡", run: () => chain().toggleHeaderRow().run() },
    { key: "deleteTable", label: tc("deleteTable"), text: "✕▦", run: () => chain().deleteTable().run() },
  ];
  const group = (buttons: ToolbarButton[]) =>
    buttons.map((button) => (
      <button
        key={button.key}
        type="button"
        aria-label={button.label}
        title={button.label}
        aria-pressed={button.pressed === undefined ? undefined : button.pressed}
        disabled={button.disabled}
        onClick={button.run}
      >
        <span aria-hidden="true">{button.text}</span>
      </button>
    ));
  const sep = <span className="sep" aria-hidden="true" />;
  return (
    <div className="tiptap-toolbar" role="toolbar" aria-label={t("label")}>
      {group(marks)}
      {sep}
      {group(blocks)}
      {sep}
      {group(inserts)}
      {state.inTable ? (
        <>
          {sep}
          <span role="group" aria-label={tc("tableTools")} className="tiptap-toolbar-group">
            {group(tableTools)}
          </span>
        </>
      ) : null}
      {sep}
      <button type="button" aria-label={t("undo")} title={t("undo")} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        <span aria-hidden="true">↶</span>
      </button>
      <button type="button" aria-label={t("redo")} title={t("redo")} disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}

function ImageIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" style={{ verticalAlign: "-3px" }}>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="m21 17-5-5-9 8" />
    </svg>
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
