import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listSections } from "@/lib/articles";

/** The reader's site around a page: skip link, masthead with the sections, main landmark, footer. */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("site");
  const sections = await listSections();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <div className="container">
          <div>
            <Link href="/" className="brand">
              {t("name")}
            </Link>
            <span className="tagline">{t("tagline")}</span>
          </div>
          <nav className="site-nav" aria-label={t("mainNav")}>
            <ul>
              {sections.map((section) => (
                <li key={section.id}>
                  <Link href={`/chuyen-muc/${section.slug}`}>{section.name}</Link>
                </li>
              ))}
              <li>
                <Link href="/tim-kiem">{t("search")}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <span>{t("footer")}</span>
          <Link href="/login">{t("staffLogin")}</Link>
        </div>
      </footer>
    </>
  );
}
