import { sql } from "drizzle-orm";

/** Lower case without diacritics, as the folded columns and trigram indexes store text (immutable_unaccent, migration 0000). */
export const foldedSql = (value: unknown) => sql`immutable_unaccent(lower(${value}))`;

/** LIKE's wildcards escaped, so a reader's "%" or "_" matches itself. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
