import type { Metadata } from "next";
import { EntityPageView, loadEntity, type EntityRouteProps } from "@/components/site/EntityPageView";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: EntityRouteProps): Promise<Metadata> {
  const entity = await loadEntity("event", props);
  return entity ? { title: entity.name, description: entity.description || undefined } : {};
}

export default function EventPage(props: EntityRouteProps) {
  return <EntityPageView type="event" {...props} />;
}
