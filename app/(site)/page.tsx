import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventFocusList, LeadStory, RankedList, StoryTeaser } from "@/components/site/home/HomeBlocks";
import { setPublicLocale } from "@/i18n/public";
import { getHomePage } from "@/lib/articles/home";
import "@/components/site/home.css";

// Cached for every reader; refreshed on publish and edits (lib/cache), and every 60 s for the most-read lists.
export const revalidate = 60;

/**
 * The front page, from one read model (lib/articles/home.ts): the lead and the
 * top stories, most read, each section's newest stories, events in focus.
 * Server-rendered with no client JavaScript of its own.
 */
export default async function HomePage() {
  setPublicLocale();
  const [t, home] = await Promise.all([getTranslations("home"), getHomePage()]);
  const { lead, topStories, sections, mostRead, events } = home;

  return (
    <div className="home">
      <h1 className="home-sr-only">{t("heading")}</h1>

      {lead ? (
        <div className="home-front">
          <section aria-labelledby="home-lead" className="home-lead">
            <h2 id="home-lead" className="home-sr-only">
              {t("lead")}
            </h2>
            <LeadStory article={lead} />
          </section>
          {topStories.length > 0 ? (
            <section aria-labelledby="home-top" className="home-top">
              <h2 id="home-top" className="home-heading">
                {t("topStories")}
              </h2>
              <ul className="home-stack">
                {topStories.map((article) => (
                  <li key={article.id}>
                    <StoryTeaser article={article} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : (
        <p className="home-empty">{t("noArticles")}</p>
      )}

      {lead ? (
        <section aria-labelledby="home-most-read" className="home-band home-most-read">
          <h2 id="home-most-read" className="home-heading">
            {t("mostRead")}
          </h2>
          <div className="home-pair">
            <section aria-labelledby="home-most-read-day">
              <h3 id="home-most-read-day" className="home-subheading">
                {t("mostReadDay")}
              </h3>
              <RankedList articles={mostRead.day} empty={t("mostReadEmpty")} />
            </section>
            <section aria-labelledby="home-most-read-week">
              <h3 id="home-most-read-week" className="home-subheading">
                {t("mostReadWeek")}
              </h3>
              <RankedList articles={mostRead.week} empty={t("mostReadEmpty")} />
            </section>
          </div>
        </section>
      ) : null}

      {sections.length > 0 ? (
        <div className="home-sections" data-columns={sectionColumns(sections.length)}>
          {sections.map((section, index) => {
            const [first, ...rest] = section.articles;
            const href = `/chuyen-muc/${section.slug}`;
            return (
              <section key={section.id} aria-labelledby={`home-section-${index}`} className="home-section">
                <h2 id={`home-section-${index}`} className="home-heading">
                  <Link href={href}>{section.name}</Link>
                </h2>
                {first ? <StoryTeaser article={first} featured showSection={false} /> : null}
                {rest.length > 0 ? (
                  <ul className="home-stack">
                    {rest.map((article) => (
                      <li key={article.id}>
                        <StoryTeaser article={article} showSection={false} />
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="home-more">
                  <Link href={href} aria-label={t("moreInSectionLabel", { section: section.name })}>
                    {t("moreInSection")}
                  </Link>
                </p>
              </section>
            );
          })}
        </div>
      ) : null}

      {events.upcoming.length > 0 || events.recent.length > 0 ? (
        <section aria-labelledby="home-events" className="home-band home-events">
          <h2 id="home-events" className="home-heading">
            {t("events")}
          </h2>
          <div className="home-pair">
            <section aria-labelledby="home-events-upcoming">
              <h3 id="home-events-upcoming" className="home-subheading">
                {t("upcoming")}
              </h3>
              <EventFocusList events={events.upcoming} empty={t("upcomingEmpty")} />
            </section>
            <section aria-labelledby="home-events-recent">
              <h3 id="home-events-recent" className="home-subheading">
                {t("recent")}
              </h3>
              <EventFocusList events={events.recent} empty={t("recentEmpty")} />
            </section>
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** Section blocks per row on wide screens: three, or two when that leaves no block alone on its row. */
function sectionColumns(count: number): 1 | 2 | 3 {
  if (count === 1) return 1;
  return count % 3 !== 0 && count % 2 === 0 ? 2 : 3;
}
