import { sql } from "drizzle-orm";
import { entities } from "@/db/schema";
import { escapeLike, foldedSql } from "@/db/folded";

/**
 * Staff-side name search (tag pickers, the admin lists): the name or any alias
 * contains the query, diacritics- and case-insensitively, through the folded
 * names column's trigram index; name prefixes first, then similarity, then
 * Vietnamese alphabetical order.
 */
export function entityNameMatch(q: string) {
  const needle = escapeLike(q);
  return {
    where: sql`${entities.searchNames} like ${foldedSql(`%${needle}%`)}`,
    orderBy: [
      sql`(${entities.nameFolded} like ${foldedSql(`${needle}%`)}) desc`,
      sql`similarity(${entities.nameFolded}, ${foldedSql(q)}) desc`,
      sql`${entities.name} collate "vi-x-icu"`,
    ],
  };
}
