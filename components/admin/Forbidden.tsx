import { getTranslations } from "next-intl/server";

export async function Forbidden() {
  const t = await getTranslations("admin");
  return (
    <div className="alert alert-error" role="alert">
      {t("forbidden")}
    </div>
  );
}
