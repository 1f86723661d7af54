"use client";

import type { MentionOptions } from "@tiptap/extension-mention";
import { PluginKey } from "@tiptap/pm/state";
import type { SuggestionOptions } from "@tiptap/suggestion";
import { ReactNodeViewRenderer } from "@tiptap/react";
import type { EntitySummary } from "@/lib/entities";
import { articleExtensions } from "@/lib/richtext/extensions";
import { ENTITY_MENTION_TYPES, type MentionEntityType } from "@/lib/richtext/rules";
import { foldText } from "@/lib/text/slug";
import { EntityMention, isEntityMention } from "./entity-mention";
import { Figure } from "./figure";
import { FigureView } from "./FigureView.client";
import { LinkShortcut } from "./link-shortcut";
import { PullQuote } from "./pull-quote";
import { PullQuoteView } from "./PullQuoteView.client";
import { RelatedArticle } from "./related-article";
import { SlashCommand, type SlashItem } from "./slash-command";

export { OPEN_LINK_EDITOR } from "./link-shortcut";
export { OPEN_INSERT_DIALOG } from "./slash-command";
import { suggestionRenderer } from "./SuggestionList.client";

export interface EditorExtensionOptions {
  slashItems: SlashItem[];
  labels: {
    slash: string;
    slashEmpty: string;
    mention: string;
    mentionHint: string;
    mentionSearching: string;
    mentionEmpty: string;
    types: Record<MentionEntityType, string>;
    relatedArticle: string;
  };
}

export const EntityMentionPluginKey = new PluginKey("entityMention");
/** Meta of the transaction that inserts a mention: the entity (an EntitySummary) it names. */
export const MENTION_INSERTED = "entityMentionInserted";

/**
 * The editor's extension list: the shared schema list (lib/richtext/extensions.ts)
 * with client behaviour added — React node views for figures and pull quotes,
 * the `@` search, the `/` menu, Mod-K — and nothing that changes the schema, so
 * what the editor makes is exactly what the server accepts. Events for the
 * React component travel as transaction metas (MENTION_INSERTED,
 * OPEN_LINK_EDITOR, OPEN_INSERT_DIALOG), so the list is built once and never
 * holds stale callbacks.
 */
export function createEditorExtensions(options: EditorExtensionOptions) {
  const clientVersions: Record<string, (typeof articleExtensions)[number]> = {
    figure: Figure.extend({
      addNodeView() {
        return ReactNodeViewRenderer(FigureView);
      },
    }),
    pullQuote: PullQuote.extend({
      addNodeView() {
        return ReactNodeViewRenderer(PullQuoteView);
      },
    }),
    relatedArticle: RelatedArticle.configure({ label: options.labels.relatedArticle }),
    mention: EntityMention.configure({
      // The suggestion's items are entity summaries, not node attributes: Mention's types assume they are the same.
      suggestion: mentionSuggestion(options) as unknown as MentionOptions["suggestion"],
    }),
  };
  return [
    ...articleExtensions.map((extension) => clientVersions[extension.name] ?? extension),
    SlashCommand.configure({
      suggestion: {
        items: ({ query }) => filterSlashItems(options.slashItems, query),
        render: suggestionRenderer<SlashItem>({
          id: "rte-slash-list",
          label: options.labels.slash,
          toOption: (item) => ({ key: item.id, title: item.title }),
          message: () => options.labels.slashEmpty,
        }),
      },
    }),
    LinkShortcut,
  ];
}

/** The `@` search: entities from the knowledge base, inserted as mention nodes; the inserting transaction carries the entity (MENTION_INSERTED). */
function mentionSuggestion(options: EditorExtensionOptions): Omit<SuggestionOptions<EntitySummary, EntitySummary>, "editor"> {
  return {
    char: "@",
    pluginKey: EntityMentionPluginKey,
    allowSpaces: true,
    debounce: 150,
    items: ({ query, signal }) => searchMentionCandidates(query, signal),
    command: ({ editor, range, props: entity }) => {
      const nodeAfter = editor.view.state.selection.$to.nodeAfter;
      if (nodeAfter?.text?.startsWith(" ")) range.to += 1;
      editor
        .chain()
        .focus()
        .insertContentAt(range, [
          { type: "mention", attrs: { id: entity.id, type: entity.type, label: entity.name, slug: entity.slug } },
          { type: "text", text: " " },
        ])
        .setMeta(MENTION_INSERTED, entity)
        .run();
    },
    render: suggestionRenderer<EntitySummary>({
      id: "rte-mention-list",
      label: options.labels.mention,
      toOption: (entity) => ({
        key: entity.id,
        title: entity.name,
        detail: [options.labels.types[entity.type], entity.hint].filter(Boolean).join(" · "),
      }),
      message: ({ query, loading }) => {
        if (!query.trim()) return options.labels.mentionHint;
        if (loading) return options.labels.mentionSearching;
        // With spaces allowed, "@" followed by ordinary words stops showing a popup once nothing matches.
        return /\s/.test(query.trim()) ? null : options.labels.mentionEmpty;
      },
    }),
  };
}

export function filterSlashItems(items: SlashItem[], query: string): SlashItem[] {
  const needle = foldText(query.trim());
  if (!needle) return items;
  return items.filter((item) => foldText(item.title).includes(needle) || item.keywords.some((keyword) => foldText(keyword).startsWith(needle)));
}

/**
 * People, places, organizations, events and series whose name or alias
 * matches: one request per type (the route searches one type), in parallel,
 * merged with name-prefix matches first.
 */
export async function searchMentionCandidates(query: string, signal?: AbortSignal): Promise<EntitySummary[]> {
  const q = query.trim();
  if (!q) return [];
  const lists = await Promise.all(
    ENTITY_MENTION_TYPES.map(async (type) => {
      try {
        const response = await fetch(`/api/admin/entities?${new URLSearchParams({ type, q, limit: "5" })}`, { signal, headers: { accept: "application/json" } });
        if (!response.ok) return [];
        const body = (await response.json()) as { results?: EntitySummary[] };
        return Array.isArray(body.results) ? body.results : [];
      } catch {
        return [];
      }
    }),
  );
  const needle = foldText(q);
  return lists
    .flat()
    .filter((entity) => isEntityMention({ id: entity.id, type: entity.type, slug: entity.slug, label: entity.name }))
    .map((entity, index) => ({ entity, index, prefix: foldText(entity.name).startsWith(needle) ? 0 : 1 }))
    .sort((a, b) => a.prefix - b.prefix || a.index - b.index)
    .slice(0, 10)
    .map(({ entity }) => entity);
}
