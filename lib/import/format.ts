import { z } from "zod";
import { PartialDateString } from "@/lib/text/partial-date";

/**
 * The knowledge-base file of `npm run cms -- entities:import|export`.
 * Every field but `key` and `name` may be missing. References between records
 * are by key: a person's `country` is a place key, an event's `series` a
 * series key, and so on.
 */
const key = z.string().trim().min(1, "must not be empty").max(200);
const name = z.string().trim().min(1, "must not be empty").max(300);
const aliases = z.array(z.string().trim().min(1, "must not be empty").max(300)).max(200).optional();
const partialDate = PartialDateString.nullable().optional();

export const PLACE_KINDS = ["country", "region", "province", "city", "district", "commune", "border_gate", "landmark"] as const;
export const EVENT_STATUSES = ["planned", "postponed", "held", "cancelled"] as const;

export const KbPosition = z.object({
  title: z.string().trim().min(1, "must not be empty").max(500),
  rank: z.string().trim().max(200).optional(),
  organization: key.nullable().optional(),
  from: partialDate,
  to: partialDate,
});

export const KbPerson = z.object({
  key,
  name,
  aliases,
  country: key.nullable().optional(),
  description: z.string().max(10_000).optional(),
  image: z.string().max(2000).nullable().optional(),
  positions: z.array(KbPosition).max(200).optional(),
});

export const KbPlace = z.object({
  key,
  name,
  kind: z.enum(PLACE_KINDS).optional(),
  parent: key.nullable().optional(),
  aliases,
  description: z.string().max(10_000).optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  validFrom: partialDate,
  validTo: partialDate,
  successors: z.array(key).max(50).optional(),
});

export const KbOrganization = z.object({
  key,
  name,
  aliases,
  country: key.nullable().optional(),
  parent: key.nullable().optional(),
  description: z.string().max(10_000).optional(),
});

export const KbSeries = z.object({
  key,
  name,
  aliases,
  description: z.string().max(10_000).optional(),
});

export const KbStatusChange = z.object({
  status: z.enum(EVENT_STATUSES),
  start: partialDate,
  end: partialDate,
  note: z.string().max(2000).optional(),
  recorded: partialDate,
});

export const KbEvent = z.object({
  key,
  name,
  series: key.nullable().optional(),
  edition: z.number().int().positive().max(100_000).nullable().optional(),
  start: partialDate,
  end: partialDate,
  status: z.enum(EVENT_STATUSES).optional(),
  history: z.array(KbStatusChange).max(50).optional(),
  places: z.array(key).max(100).optional(),
  participants: z.array(z.object({ person: key, role: z.string().trim().max(300).optional() })).max(500).optional(),
  aliases,
  description: z.string().max(10_000).optional(),
});

export const KnowledgeBase = z.object({
  people: z.array(KbPerson).optional(),
  places: z.array(KbPlace).optional(),
  organizations: z.array(KbOrganization).optional(),
  series: z.array(KbSeries).optional(),
  events: z.array(KbEvent).optional(),
});

export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
export type KbPerson = z.infer<typeof KbPerson>;
export type KbPlace = z.infer<typeof KbPlace>;
export type KbOrganization = z.infer<typeof KbOrganization>;
export type KbSeries = z.infer<typeof KbSeries>;
export type KbEvent = z.infer<typeof KbEvent>;

/** The file's sections and the entity type each holds. */
export const KB_SECTIONS = {
  people: "person",
  places: "place",
  organizations: "organization",
  series: "series",
  events: "event",
} as const;
