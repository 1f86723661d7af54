import "server-only";
import { randomBytes } from "node:crypto";
import { isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { articleAuthors, articleEntities, articles, entities, sections, users } from "@/db/schema";
import { importKnowledgeBase } from "@/lib/import/knowledge-base";
import type { Role } from "@/lib/policy";
import { validateArticleBody, type RichTextNode } from "@/lib/richtext/validate";
import { rebuildSearchVocabulary } from "@/lib/search/vocabulary";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { hashPassword } from "@/lib/users/password";
import { demoArticles, demoSections, type DemoBlock } from "./demo-content";
import { DEMO_TAG_TYPES, demoKnowledgeBase, withImpliedTags } from "./demo-knowledge-base";

export type DemoCredentials = Record<Role, { email: string; password: string }>;

const DEMO_ACCOUNTS: { role: Role; email: string; displayName: string }[] = [
  { role: "admin", email: "admin@toasoan.local", displayName: "Quản trị viên" },
  { role: "editor", email: "editor@toasoan.local", displayName: "Biên tập viên Minh Anh" },
  { role: "writer", email: "writer@toasoan.local", displayName: "Phóng viên Thu Hà" },
];

/** True when the newsroom has neither users nor articles: the only state in which we seed. */
export async function isNewsroomEmpty(): Promise<boolean> {
  const [row] = await getDb().execute<{ empty: boolean }>(
    sql`select not exists (select 1 from ${users}) and not exists (select 1 from ${articles}) as empty`,
  );
  return row?.empty ?? false;
}

export function randomPassword() {
  // 18 characters from a URL-safe alphabet: easy to copy, ~108 bits.
  return randomBytes(14).toString("base64url").slice(0, 18);
}

export function docFromBlocks(blocks: DemoBlock[]): RichTextNode {
  const text = (value: string) => [{ type: "text", text: value }];
  return {
    type: "doc",
    content: blocks.map((block): RichTextNode => {
      if (typeof block === "string") return { type: "paragraph", content: text(block) };
      if ("heading" in block) return { type: "heading", attrs: { level: 2 }, content: text(block.heading) };
      if ("quote" in block) return { type: "blockquote", content: [{ type: "paragraph", content: text(block.quote) }] };
      return {
        type: "bulletList",
        content: block.list.map((item) => ({ type: "listItem", content: [{ type: "paragraph", content: text(item) }] })),
      };
    }),
  };
}

/**
 * The demo newsroom: sections, a knowledge graph of people, places and events,
 * articles tagged with them, and three accounts. One transaction: all or nothing.
 */
export async function seedDemoNewsroom({ password }: { password?: string } = {}): Promise<DemoCredentials> {
  const credentials = {} as DemoCredentials;
  const hashed = new Map<Role, string>();
  for (const account of DEMO_ACCOUNTS) {
    const plain = password ?? randomPassword();
    credentials[account.role] = { email: account.email, password: plain };
    hashed.set(account.role, await hashPassword(plain));
  }

  await getDb().transaction(async (tx) => {
    const userIds = new Map<Role, string>();
    for (const account of DEMO_ACCOUNTS) {
      const [row] = await tx
        .insert(users)
        .values({ email: account.email, displayName: account.displayName, role: account.role, slug: slugify(account.displayName), passwordHash: hashed.get(account.role)! })
        .returning({ id: users.id });
      userIds.set(account.role, row!.id);
    }

    const sectionIds = new Map<string, string>();
    for (const [position, section] of demoSections.entries()) {
      const [row] = await tx.insert(sections).values({ ...section, position }).returning({ id: sections.id });
      sectionIds.set(section.slug, row!.id);
    }

    await importKnowledgeBase({ actor: "system", data: demoKnowledgeBase, tx });
    const keyed = await tx
      .select({ id: entities.id, type: entities.type, key: entities.key })
      .from(entities)
      .where(isNotNull(entities.key));
    const entityIds = new Map(keyed.filter((row) => DEMO_TAG_TYPES.get(row.key!) === row.type).map((row) => [row.key!, row.id]));

    const taken = new Set<string>();
    for (const article of demoArticles) {
      const body = validateArticleBody(docFromBlocks(article.blocks));
      if (!body.ok) throw new Error(`Demo article "${article.title}": ${body.error}`);
      const slug = await uniqueSlug(slugify(article.title), async (candidate) => taken.has(candidate));
      taken.add(slug);
      const publishedAt = new Date(article.publishedAt);
      const published = article.status !== "draft";
      const [row] = await tx
        .insert(articles)
        .values({
          slug,
          title: article.title,
          sapo: article.sapo,
          body: body.doc,
          bodyText: body.text,
          source: article.source ?? "",
          status: published ? "published" : "draft",
          publishedAt: published ? publishedAt : null,
          sectionId: sectionIds.get(article.section) ?? null,
          authorId: userIds.get(article.author) ?? null,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        })
        .returning({ id: articles.id });
      const authorId = userIds.get(article.author);
      if (authorId) await tx.insert(articleAuthors).values({ articleId: row!.id, userId: authorId });
      const tagIds = [...new Set(withImpliedTags(article.tags).map((key) => {
        const id = entityIds.get(key);
        if (!id) throw new Error(`Demo article "${article.title}" is tagged with unknown entity ${key}`);
        return id;
      }))];
      if (tagIds.length) {
        await tx.insert(articleEntities).values(tagIds.map((entityId, position) => ({ articleId: row!.id, entityId, position })));
      }
    }
    // The articles went in directly, not through publishing: their words too.
    await rebuildSearchVocabulary({ tx });
  });
  return credentials;
}

