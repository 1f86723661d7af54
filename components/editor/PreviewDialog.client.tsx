"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
// The public article page's own stylesheet (ArticleView imports it, but UI returned by a
// server action brings no CSS along): loaded with the editor, so the frame can copy it.
import "@/components/site/article.css";

export type PreviewState =
  | { kind: "loading" }
  | { kind: "ready"; node: ReactNode }
  | { kind: "invalid"; problems: { field: string; message: string }[] }
  | { kind: "failed"; error: string };

const FRAME_DOCUMENT = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body></body></html>';

/**
 * The page inside a same-origin frame: the site's own stylesheets are copied
 * in, so the preview gets the public CSS, free of the admin's, and a frame of
 * phone width really is a phone-width page (media queries and vw units follow
 * the frame). The server-rendered article is portalled into its <main>, the
 * element the public layout puts it in. Links do not navigate.
 */
function PreviewFrame({ title, className, onEscape, children }: { title: string; className: string; onEscape: () => void; children: ReactNode }) {
  const [mount, setMount] = useState<HTMLElement | null>(null);
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });

  const setUp = useCallback((frame: HTMLIFrameElement) => {
    const doc = frame.contentDocument;
    if (!doc || doc.getElementById("main")) return;
    for (const node of document.head.querySelectorAll('link[rel="stylesheet"], style')) doc.head.appendChild(node.cloneNode(true));
    // The page without the site's header: a little air above the breadcrumb instead.
    doc.body.style.paddingTop = "1rem";
    const main = doc.createElement("main");
    main.id = "main";
    main.className = "container";
    doc.body.appendChild(main);
    doc.addEventListener("keydown", (event) => {
      // Focus inside the frame: its keys do not reach the dialog, so Escape is passed on here.
      if (event.key === "Escape") {
        event.preventDefault();
        escape.current();
      }
    });
    doc.addEventListener(
      "click",
      (event) => {
        const target = event.target as { closest?: (selector: string) => Element | null } | null;
        if (target?.closest?.("a[href]")) event.preventDefault();
      },
      true,
    );
    setMount(main);
  }, []);

  return (
    <>
      <iframe title={title} className={className} srcDoc={FRAME_DOCUMENT} onLoad={(event) => setUp(event.currentTarget)} />
      {mount
        ? createPortal(
            <div
              onClickCapture={(event) => {
                // next/link navigates in its own click handler: stop it before it runs.
                const target = event.target as { closest?: (selector: string) => Element | null };
                if (target.closest?.("a[href]")) event.preventDefault();
              }}
            >
              {children}
            </div>,
            mount,
          )
        : null}
    </>
  );
}

/**
 * The full-window preview of the unsaved article: the page rendered on the
 * server by the public page's own component, in a desktop or phone-width
 * frame; or, when the form does not validate, what to fix. A modal dialog:
 * Escape or "Đóng" closes it (onClose; the form puts the focus back on the
 * button that opened it).
 */
export function PreviewDialog({ state, onClose, onRefresh }: { state: PreviewState; onClose: () => void; onRefresh: () => void }) {
  const t = useTranslations("authoring.preview");
  const headingId = useId();
  const noteId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [width, setWidth] = useState<"desktop" | "mobile">("desktop");

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="preview-dialog"
      aria-labelledby={headingId}
      aria-describedby={noteId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="preview-bar">
        <h2 id={headingId}>{t("title")}</h2>
        <p className="hint" id={noteId}>
          {t("note")}
        </p>
        <div role="group" aria-label={t("widths")} className="preview-widths">
          {(["desktop", "mobile"] as const).map((option) => (
            <button key={option} type="button" className="btn" aria-pressed={width === option} onClick={() => setWidth(option)}>
              {t(option)}
            </button>
          ))}
        </div>
        <button type="button" className="btn" onClick={onRefresh} disabled={state.kind === "loading"}>
          {t("refresh")}
        </button>
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {t("close")}
        </button>
      </div>
      <div className="preview-stage" aria-busy={state.kind === "loading" ? true : undefined}>
        {state.kind === "ready" ? (
          <PreviewFrame title={t("frame")} className={`preview-frame is-${width}`} onEscape={onClose}>
            {state.node}
          </PreviewFrame>
        ) : state.kind === "loading" ? (
          <p className="preview-message" role="status">
            {t("loading")}
          </p>
        ) : state.kind === "invalid" ? (
          <div className="preview-message alert-error" role="alert">
            <p style={{ margin: 0 }}>{t("invalid")}</p>
            <ul>
              {state.problems.map((problem) => (
                <li key={`${problem.field}:${problem.message}`}>{t("field", problem)}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="preview-message alert-error" role="alert">
            {t("failed", { error: state.error })}
          </p>
        )}
      </div>
    </dialog>
  );
}
