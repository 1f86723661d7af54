import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setPublicLocale } from "@/i18n/public";

/** What a 404 says: the page is gone, and a search box so a dead link is not a dead end. */
export async function NotFoundContent() {
  setPublicLocale();
  const t = await getTranslations("notFound");
  return (
    <div className="narrow" style={{ padding: "2.5rem 0" }}>
      <p className="kicker">404</p>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <form role="search" action="/tim-kiem" method="get" className="search-form">
        <div className="field">
          <label htmlFor="not-found-q">{t("searchLabel")}</label>
          <input id="not-found-q" name="q" type="search" maxLength={300} />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("searchSubmit")}
        </button>
      </form>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
