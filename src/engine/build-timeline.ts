import { compareIsoDates } from '../facts/compare-iso-dates.js';
import type { FactStore } from '../facts/fact-store.js';
import type { Event } from '../facts/schema.js';
import { overlaps } from '../nlp/resolve-date.js';
import type { TimelineEntry } from './types.js';

/** Date order; an undated event sits right after the event that caused it. */
export function sortEvents(events: readonly Event[]): Event[] {
  return [...events].sort(
    (a, b) => compareIsoDates(a.date.start, b.date.start) || compareIsoDates(a.date.end, b.date.end),
  );
}

export const toTimelineEntry = (store: FactStore, e: Event): TimelineEntry => ({
  eventId: e.id,
  label: e.label,
  dateText: e.date.text,
  resolved: e.date.resolved,
  start: e.date.start,
  end: e.date.end,
  summary: e.summary,
  citations: store.cite(e.evidence),
});

export interface TimelineFilter {
  range?: { start: string; end: string };
  /** Only events that involve this id (a participant, the place, or the event itself). */
  about?: string;
  /** Only events before or after this event. */
  before?: Event;
  after?: Event;
}

/** The article's events in date order, filtered; dated-only filters skip events the article does not date. */
export function buildTimeline(store: FactStore, filter: TimelineFilter = {}): TimelineEntry[] {
  const ordered = sortEvents(store.facts.events);
  const index = (e: Event) => ordered.indexOf(e);
  return ordered
    .filter((e) => !filter.range || (e.date.precision !== 'unknown' && overlaps(filter.range, e.date)))
    .filter(
      (e) =>
        !filter.about ||
        e.id === filter.about ||
        e.participants.some((p) => p.entity === filter.about) ||
        e.place?.entity === filter.about ||
        store.entities.get(filter.about)?.standsFor === e.participants[0]?.entity,
    )
    .filter((e) => !filter.before || index(e) < index(filter.before))
    .filter((e) => !filter.after || index(e) > index(filter.after))
    .map((e) => toTimelineEntry(store, e));
}

/** One line per entry: "• <month year>: <person> visits <a place>". */
export const formatTimeline = (entries: readonly TimelineEntry[]): string =>
  entries
    .map((e) => `• ${e.resolved}${e.dateText !== e.resolved ? ` ("${e.dateText}")` : ''}: ${e.label}`)
    .join('\n');
