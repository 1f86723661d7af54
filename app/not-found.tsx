import { NotFoundContent } from "@/components/site/NotFoundContent";
import { SiteChrome } from "@/components/site/SiteChrome";
import { setPublicLocale } from "@/i18n/public";

/** A 404 for an address no route matches, for readers and staff alike: the site's masthead around it. */
export default function NotFound() {
  setPublicLocale();
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
