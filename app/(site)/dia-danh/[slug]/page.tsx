import type { Metadata } from "next";
import { EntityPageView, loadEntity, type EntityRouteProps } from "@/components/site/EntityPageView";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: EntityRouteProps): Promise<Metadata> {
  const entity = await loadEntity("place", props);
  return entity ? { title: entity.name, description: entity.description || undefined } : {};
}

export default function PlacePage(props: EntityRouteProps) {
  return <EntityPageView type="place" {...props} />;
}
