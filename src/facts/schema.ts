/** The fact store's schema: `data/*.json` is validated against it when loaded and in tests. */
import { z } from 'zod';

/** The reference date of an article that gives no date at all: relative dates cannot be resolved against it. */
export const UNKNOWN_REFERENCE_DATE = '2000-01-01';

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9-]+$`), `a "${prefix}:kebab-id"`);
const entityId = z.string().regex(/^(person|group|organization|org|country|place):[a-z0-9-]+$/);
const eventId = id('event');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Verbatim quotes from the article; each must occur in it exactly as written. */
const evidence = z.array(z.string().min(3)).min(1);
/** Who made a fact: ingestion (`auto`) or a person (`human`), and whether a person has checked it. */
export const provenanceSchema = z.object({ source: z.enum(['auto', 'human']), reviewed: z.boolean() });
const provenance = provenanceSchema.optional();

export const dateSpecSchema = z.object({
  /** The article's own wording. */
  text: z.string().min(1),
  start: isoDate,
  end: isoDate,
  precision: z.enum(['day', 'weekend', 'month', 'part-of-year', 'year', 'unknown']),
  /** The date resolved against the article's date, for people. */
  resolved: z.string().min(1),
  inferred: z.boolean(),
  note: z.string().optional(),
});

export const entitySchema = z.object({
  id: entityId,
  kind: z.enum(['person', 'group', 'organization', 'country', 'place']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  description: z.string().min(1),
  pronoun: z.enum(['he', 'she']).optional(),
  /** For countries: the adjective ("<nationality>"), to check claims of nationality. */
  demonym: z.string().optional(),
  honorific: z.string().optional(),
  rank: z.string().optional(),
  title: z.string().optional(),
  side: entityId.optional(),
  standsFor: entityId.optional(),
  memberOf: entityId.optional(),
  evidence,
  provenance,
});

const participantSchema = z.object({ entity: entityId, role: z.string().min(1) });
const citedTextSchema = z.object({ text: z.string().min(1), evidence });

export const eventSchema = z.object({
  id: eventId,
  /** What kind of event, in a word ("talks", "ruling", "launch"); any word. */
  kind: z.string().regex(/^[a-z][a-z-]*$/),
  label: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Words (base forms) that evoke the event in a question. */
  triggers: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  summary: z.string().min(1),
  participants: z.array(participantSchema).min(1),
  place: z
    .object({ entity: entityId.optional(), text: z.string(), virtual: z.boolean().optional() })
    .optional(),
  object: z.string().optional(),
  objectSide: entityId.optional(),
  date: dateSpecSchema,
  endDate: dateSpecSchema.optional(),
  weekday: z.string().optional(),
  duration: z.object({ text: z.string(), days: z.number().int().positive() }).optional(),
  round: z.number().int().positive().optional(),
  topics: z.array(citedTextSchema).optional(),
  significance: citedTextSchema.optional(),
  cause: z.object({ event: eventId, text: z.string() }).optional(),
  follows: z.object({ event: eventId, text: z.string(), evidence }).optional(),
  evidence,
  provenance,
});

export const statementSchema = z.object({
  id: id('statement'),
  holder: entityId,
  verb: z.string().min(1),
  verbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  content: z.string().min(1),
  reason: z.string().optional(),
  about: z.array(z.string()),
  context: citedTextSchema.optional(),
  evidence,
  provenance,
});

export const disputeSchema = z.object({
  id: id('dispute'),
  label: z.string().min(1),
  summary: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  parties: z.array(entityId),
  about: z.array(z.string()),
  place: entityId.optional(),
  evidence,
});

export const relationSchema = z.object({
  type: z.enum(['counterpart', 'caused', 'followed']),
  from: z.string(),
  to: z.string(),
  text: z.string().min(1),
  evidence,
});

/** One side of a cause: the article's words, and the extracted event they name, when there is one. */
const causeSideSchema = z.object({ text: z.string().min(1), event: eventId.optional() });

/**
 * What the article says caused what (or was done for what, or came after what), from a connective such as
 * "because", "in response to", "to prevent" or "led to". Ingestion fills it; an event's `cause` and
 * `follows` link the same pair when both sides are extracted events.
 */
export const causeSchema = z.object({
  id: id('cause'),
  /** What was caused, done or came after. */
  effect: causeSideSchema,
  /** The cause, the purpose or the earlier happening. */
  cause: causeSideSchema,
  /** The connective as the article writes it: "in response to", "prompted", "to prevent". */
  connective: z.string().min(1),
  kind: z.enum(['cause', 'purpose', 'sequence']),
  evidence,
  provenance,
});

/** A number the article gives, with what it counts: "$680 million" of aid, "14,000" couriers, a "2-1" vote. */
export const quantitySchema = z.object({
  id: id('quantity'),
  /** The article's wording of the number, with its currency, scale or percent sign. */
  text: z.string().min(1),
  /** The number, or both sides of a vote or score ("2-1" is [2, 1]). */
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  /** "%", a currency ("dollar", "euro") or a measure ("kilometre") when the article gives one. */
  unit: z.string().min(1).optional(),
  /** What is counted or measured: "couriers", "people killed", "decision". */
  noun: z.string().min(1),
  evidence,
  provenance,
});

export const factsSchema = z.object({
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  statements: z.array(statementSchema),
  disputes: z.array(disputeSchema),
  /** How things stand between parties, when the article says (any number of parties). */
  relationship: z
    .object({
      parties: z.array(entityId),
      state: z.string().min(1),
      summary: z.string().min(1),
      progress: citedTextSchema,
      evidence,
    })
    .optional(),
  relations: z.array(relationSchema),
  causes: z.array(causeSchema).optional(),
  quantities: z.array(quantitySchema).optional(),
});

export const articleMetaSchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1),
  titleNote: z.string().optional(),
  summary: z.string().min(1),
  summaryEvidence: evidence,
  referenceDate: z.object({ date: isoDate, inferred: z.boolean(), note: z.string().min(1) }),
  /** Date expressions ingestion found but could not resolve ("three weeks later" with nothing before it). */
  unresolvedDates: z.array(z.object({ text: z.string().min(1), evidence })).optional(),
});

export type DateSpec = z.infer<typeof dateSpecSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Event = z.infer<typeof eventSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Cause = z.infer<typeof causeSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type Relationship = NonNullable<Facts['relationship']>;
export type Facts = z.infer<typeof factsSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
