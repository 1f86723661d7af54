import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/admin/users/users.module.css";
import { formatDateTime } from "@/lib/text/dates";
import { getPublicAuthor, listAuthorArticles } from "@/lib/users/authors";
import { setPublicLocale } from "@/i18n/public";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";

/** `page` is set on /tac-gia/[slug]/trang/[page], where `?trang=N` is rewritten to. */
type Props = { params: Promise<{ slug: string; page?: string }> };

const authorSlug = async (params: Props["params"]) => decodeURIComponent((await params).slug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getPublicAuthor(await authorSlug(params));
  if (!author) return {};
  return { title: author.displayName, description: author.bio.slice(0, 200) || undefined, alternates: { canonical: `/tac-gia/${author.slug}` } };
}

/** An author's public page: name, bio, avatar and the articles they sign that readers may see. */
export default async function AuthorPage({ params }: Props) {
  setPublicLocale();
  const author = await getPublicAuthor(await authorSlug(params));
  if (!author) notFound();
  const trang = (await params).page;
  const t = await getTranslations("users.author");
  const tEntity = await getTranslations("entity");
  const { rows, total, page, pageCount } = await listAuthorArticles(author.id, trang);
  if (page > pageCount) notFound();
  const path = `/tac-gia/${author.slug}`;
  const pageHref = (n: number) => (n === 1 ? path : `${path}?trang=${n}`);
  return (
    <div className="entity-page">
      <header className={`entity-header ${styles.authorHeader}`}>
        {author.avatarUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- an address the author typed; remote hosts are not known at build time
          <img className={styles.avatar} src={author.avatarUrl} alt="" width={96} height={96} />
        ) : null}
        <div>
          <span className="kicker">{t("kicker")}</span>
          <h1>{author.displayName}</h1>
          {author.bio
            ? author.bio
                .split(/\n{2,}/)
                .map((paragraph, index) => <p key={index}>{paragraph}</p>)
            : null}
        </div>
      </header>
      <section aria-labelledby="author-articles">
        <h2 id="author-articles" className="section-title">
          {t("articles")} <small className="meta">· {t("total", { total })}</small>
        </h2>
        {rows.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ol className="timeline">
            {rows.map((article) => (
              <li key={article.id}>
                <p className="meta">
                  <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
                  {article.sectionName ? ` · ${article.sectionName}` : null}
                </p>
                <h3>
                  <Link href={`/bai-viet/${article.slug}`}>{article.title}</Link>
                </h3>
                {article.sapo ? <p>{article.sapo}</p> : null}
              </li>
            ))}
          </ol>
        )}
        {pageCount > 1 ? (
          <nav className="pager" aria-label={tEntity("pageOf", { page, pages: pageCount })}>
            {page > 1 ? (
              <Link href={pageHref(page - 1)} rel="prev">
                {tEntity("newer")}
              </Link>
            ) : (
              <span />
            )}
            <span className="meta">{tEntity("pageOf", { page, pages: pageCount })}</span>
            {page < pageCount ? (
              <Link href={pageHref(page + 1)} rel="next">
                {tEntity("older")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
