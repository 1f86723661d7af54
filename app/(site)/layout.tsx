import { SiteChrome } from "@/components/site/SiteChrome";
import { setPublicLocale } from "@/i18n/public";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  setPublicLocale();
  return <SiteChrome>{children}</SiteChrome>;
}
