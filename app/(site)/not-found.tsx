import { NotFoundContent } from "@/components/site/NotFoundContent";

/** A 404 inside the reader's site: the site layout already draws the masthead around it. */
export default function SiteNotFound() {
  return <NotFoundContent />;
}
