"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { addNoteAction } from "@/app/(admin)/admin/articles/[id]/actions";

export interface NoteView {
  id: string;
  body: string;
  authorName: string | null;
  at: string;
}

/** Editorial notes: visible to staff only, never on the public page. */
export function NotesPanel({ articleId, notes }: { articleId: string; notes: NoteView[] }) {
  const t = useTranslations("workflow");
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("notes")}</h2>
      {notes.length === 0 ? <p className="hint">{t("noNotes")}</p> : null}
      <ol className="plain-list">
        {notes.map((note) => (
          <li key={note.id}>
            <span className="meta">
              {note.authorName ?? "—"} · {note.at}
            </span>
            <p style={{ margin: ".2rem 0 0", whiteSpace: "pre-wrap" }}>{note.body}</p>
          </li>
        ))}
      </ol>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          start(async () => {
            const result = await addNoteAction({ articleId, body });
            if (!result.ok) {
              setError(result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") : result.error);
              return;
            }
            setBody("");
            router.refresh();
          });
        }}
      >
        <div className="field">
          <label htmlFor="note-body">{t("addNote")}</label>
          <textarea id="note-body" rows={2} value={body} onChange={(event) => setBody(event.target.value)} />
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn" disabled={pending || !body.trim()}>
          {t("saveNote")}
        </button>
      </form>
    </section>
  );
}
