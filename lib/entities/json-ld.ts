import type { EntityLink, EntityRecord } from "./pages";
import { entityPath } from "./paths";
import { toPartialString } from "@/lib/text/partial-date";

const EVENT_STATUS: Record<string, string> = {
  planned: "https://schema.org/EventScheduled",
  held: "https://schema.org/EventScheduled",
  postponed: "https://schema.org/EventPostponed",
  cancelled: "https://schema.org/EventCancelled",
};

const PLACE_TYPES: Record<string, string> = {
  country: "Country",
  region: "AdministrativeArea",
  province: "AdministrativeArea",
  city: "City",
  district: "AdministrativeArea",
  commune: "AdministrativeArea",
  border_gate: "Place",
  landmark: "LandmarksOrHistoricalBuildings",
};

/** schema.org data for an entity page: Person, Place, Organization, Event or EventSeries. */
export function entityJsonLd(record: EntityRecord, base: string): Record<string, unknown> {
  const url = (entity: Pick<EntityLink, "type" | "slug">) => `${base}${entityPath(entity)}`;
  const ref = (entity: EntityLink | null | undefined, type: string) => (entity ? { "@type": type, name: entity.name, url: url(entity) } : undefined);
  const common = {
    "@context": "https://schema.org",
    "@id": url(record),
    url: url(record),
    name: record.name,
    ...(record.aliases.length ? { alternateName: record.aliases } : {}),
    ...(record.description ? { description: record.description } : {}),
    ...(record.imageUrl ? { image: record.imageUrl } : {}),
  };
  if (record.person) {
    const current = record.person.current;
    return {
      ...common,
      "@type": "Person",
      ...(current ? { jobTitle: current.title } : {}),
      ...(current?.organization ? { worksFor: ref(current.organization, "Organization") } : {}),
      ...(record.person.country ? { nationality: ref(record.person.country, "Country") } : {}),
    };
  }
  if (record.place) {
    const parent = record.place.breadcrumb.at(-1);
    return {
      ...common,
      "@type": PLACE_TYPES[record.place.kind] ?? "Place",
      ...(parent ? { containedInPlace: ref(parent, "Place") } : {}),
      ...(record.place.children.length ? { containsPlace: record.place.children.map((child) => ref(child, "Place")) } : {}),
      ...(record.place.latitude != null && record.place.longitude != null
        ? { geo: { "@type": "GeoCoordinates", latitude: record.place.latitude, longitude: record.place.longitude } }
        : {}),
    };
  }
  if (record.organization) {
    const parent = record.organization.breadcrumb.at(-1);
    return {
      ...common,
      "@type": "Organization",
      ...(parent ? { parentOrganization: ref(parent, "Organization") } : {}),
      ...(record.organization.children.length ? { subOrganization: record.organization.children.map((child) => ref(child, "Organization")) } : {}),
      ...(record.organization.country ? { location: ref(record.organization.country, "Country") } : {}),
    };
  }
  if (record.event) {
    const event = record.event;
    return {
      ...common,
      "@type": "Event",
      ...(event.start ? { startDate: toPartialString(event.start) } : {}),
      ...(event.end ? { endDate: toPartialString(event.end) } : {}),
      eventStatus: EVENT_STATUS[event.status],
      ...(event.places.length ? { location: event.places.map((place) => ref(place, "Place")) } : {}),
      ...(event.participants.length ? { attendee: event.participants.map((person) => ref(person, "Person")) } : {}),
      ...(event.series ? { superEvent: ref(event.series, "EventSeries") } : {}),
    };
  }
  if (record.series) {
    return {
      ...common,
      "@type": "EventSeries",
      subEvent: record.series.editions.map((edition) => ({
        "@type": "Event",
        name: edition.name,
        url: url(edition),
        ...(edition.start ? { startDate: toPartialString(edition.start) } : {}),
        ...(edition.end ? { endDate: toPartialString(edition.end) } : {}),
        eventStatus: EVENT_STATUS[edition.status],
        ...(edition.places.length ? { location: edition.places.map((place) => ref(place, "Place")) } : {}),
      })),
    };
  }
  return { ...common, "@type": "Thing" };
}
