import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setPublicLocale } from "@/i18n/public";

export default async function NotFound() {
  setPublicLocale();
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="container narrow" style={{ padding: "4rem 1rem" }}>
      <p className="kicker">404</p>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  );
}
