import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicArticleCard } from "@/lib/articles";
import type { HomeArticle, HomeEvent } from "@/lib/articles/home";
import { entityPath } from "@/lib/entities/paths";
import { formatDateTime } from "@/lib/text/dates";
import { formatPartialRange, toPartialString, type PartialDate } from "@/lib/text/partial-date";

const articleHref = (article: { slug: string }) => `/bai-viet/${article.slug}`;

function Published({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}

function Cover({ article, eager = false }: { article: HomeArticle; eager?: boolean }) {
  if (!article.cover) return null;
  return (
    <Link href={articleHref(article)} className="home-cover" tabIndex={-1} aria-hidden="true">
      {/* eslint-disable-next-line @next/next/no-img-element -- sizes come from the stored figure; remote hosts are not known at build time */}
      <img
        src={article.cover.src}
        alt=""
        width={article.cover.width}
        height={article.cover.height}
        loading={eager ? "eager" : "lazy"}
        fetchPriority={eager ? "high" : undefined}
        decoding="async"
      />
    </Link>
  );
}

/** The lead story: cover, section, a big headline, the sapo. */
export function LeadStory({ article }: { article: HomeArticle }) {
  return (
    <article className="home-lead-story">
      <Cover article={article} eager />
      <div className="home-lead-text">
        {article.sectionName ? <span className="kicker">{article.sectionName}</span> : null}
        <h3>
          <Link href={articleHref(article)}>{article.title}</Link>
        </h3>
        {article.sapo ? <p className="home-sapo">{article.sapo}</p> : null}
        <p className="meta">
          <Published date={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}

/** A story in a list: headline first; the sapo and cover only where `featured`. */
export function StoryTeaser({ article, featured = false, showSection = true }: { article: HomeArticle; featured?: boolean; showSection?: boolean }) {
  return (
    <article className={featured ? "home-teaser home-teaser-featured" : "home-teaser"}>
      {featured ? <Cover article={article} /> : null}
      {showSection && article.sectionName ? <span className="kicker">{article.sectionName}</span> : null}
      <h3>
        <Link href={articleHref(article)}>{article.title}</Link>
      </h3>
      {featured && article.sapo ? <p className="home-sapo">{article.sapo}</p> : null}
      <p className="meta">
        <Published date={article.publishedAt} />
      </p>
    </article>
  );
}

/** A numbered most-read list (the numbers come from the <ol>). */
export function RankedList({ articles, empty }: { articles: PublicArticleCard[]; empty: string }) {
  if (articles.length === 0) return <p className="meta">{empty}</p>;
  return (
    <ol className="home-ranked">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={articleHref(article)}>{article.title}</Link>
          {article.sectionName ? <span className="meta">{article.sectionName}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** A partial date for <time>: only full days and months are valid machine-readable values. */
function machineDate(value: PartialDate | null) {
  return value && value.precision !== "year" ? toPartialString(value)! : undefined;
}

/** Event editions with their dates written as the event pages write them, their status and places. */
export async function EventFocusList({ events, empty }: { events: HomeEvent[]; empty: string }) {
  if (events.length === 0) return <p className="meta">{empty}</p>;
  const [t, te] = await Promise.all([getTranslations("home"), getTranslations("entity")]);
  return (
    <ul className="home-events-list">
      {events.map((event) => {
        const when = event.start || event.end ? formatPartialRange(event.start, event.end) : te("unknownDate");
        return (
          <li key={event.id}>
            <p className="home-event-when">
              <time dateTime={machineDate(event.start)}>{when}</time>
            </p>
            <p className="home-event-name">
              {event.edition ? <span className="edition-number">{te("editionShort", { edition: event.edition })}</span> : null}
              <Link href={entityPath(event)}>{event.name}</Link>
            </p>
            <p className="meta">
              {event.ongoing ? <strong className="home-event-live">{t("ongoing")}</strong> : te(`eventStatus.${event.status}` as "eventStatus.held")}
              {event.places.length > 0 ? (
                <>
                  {" · "}
                  {event.places.map((place, index) => (
                    <span key={place.id}>
                      {index > 0 ? ", " : null}
                      <Link href={entityPath(place)}>{place.name}</Link>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
