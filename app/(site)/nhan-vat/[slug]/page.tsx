import type { Metadata } from "next";
import { EntityPageView, loadEntity, type EntityRouteProps } from "@/components/site/EntityPageView";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: EntityRouteProps): Promise<Metadata> {
  const entity = await loadEntity("person", props);
  return entity ? { title: entity.name, description: entity.description || undefined } : {};
}

export default function PersonPage(props: EntityRouteProps) {
  return <EntityPageView type="person" {...props} />;
}
