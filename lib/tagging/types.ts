/**
 * Shapes shared by the matcher, the service, the route and the editor panel.
 * No imports: the client component uses these types too.
 */

export const TAG_TYPES = ["person", "place", "organization", "event", "series"] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** Where a mention is, as UTF-16 offsets into the text that was given. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What tells two namesakes apart, for display. */
export interface SuggestionDetail {
  /** A person's title (with rank) as of the article's date. */
  title?: string;
  /** A place's kind ("province") and the name of the place it lies in. */
  kind?: string;
  parent?: string;
  /** An event's dates (ISO, inclusive) and edition. */
  start?: string | null;
  end?: string | null;
  edition?: number | null;
  /** The series an event belongs to. */
  series?: string;
}

export interface TagSuggestion {
  id: string;
  type: TagType;
  /** The import key; null for entities created in the UI. */
  key: string | null;
  slug: string;
  name: string;
  /**
   * The tag pickers' hint (EntitySummary.hint): a person's title, a place's kind,
   * an event's start date. An accepted suggestion is a ready-made tag.
   */
  hint: string;
  detail: SuggestionDetail;
  /** How many times the text mentions it. */
  count: number;
  positions: TextSpan[];
  /** Shares the matched name with another entity: offered, never accepted without a person choosing. */
  ambiguous: boolean;
  /** Not named itself: a series suggested because one of its editions is. */
  implied: boolean;
  /** The distinct spellings found in the text. */
  matched: string[];
}

/** One entity as the matcher knows it. Dates are ISO days, inclusive. */
export interface KnowledgeEntry {
  id: string;
  type: TagType;
  key: string | null;
  slug: string;
  name: string;
  aliases: string[];
  /** Person: titles over time. */
  positions?: { title: string; rank?: string; from: string | null; to: string | null }[];
  /** Place: kind and parent place id. */
  kind?: string | null;
  parentId?: string | null;
  /** Event: series, edition, when (the first range is the current one, the others earlier plans), where and who. */
  seriesId?: string | null;
  edition?: number | null;
  ranges?: { from: string; to: string; precision: "day" | "month" | "year" }[];
  places?: string[];
  participants?: string[];
}
