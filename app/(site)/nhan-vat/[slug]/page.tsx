import type { Metadata } from "next";
import { EntityPageView, entityDescription, loadEntity, type EntityRouteProps } from "@/components/site/EntityPageView";
import { entityPath } from "@/lib/entities/paths";

// Cached for every reader; refreshed on publish and edits (lib/cache), else after 60 s.
export const revalidate = 60;
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache/routes";

export async function generateMetadata(props: EntityRouteProps): Promise<Metadata> {
  const record = await loadEntity("person", props);
  return record ? { title: record.name, description: entityDescription(record), alternates: { canonical: entityPath(record), types: { "application/rss+xml": `${entityPath(record)}/rss.xml`, "application/atom+xml": `${entityPath(record)}/atom.xml` } } } : {};
}

export default function PersonPage(props: EntityRouteProps) {
  return <EntityPageView type="person" {...props} />;
}
