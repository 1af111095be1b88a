import type { FactStore } from '../facts/fact-store.js';
import type { Entity } from '../facts/schema.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { resolveDates } from '../nlp/resolve-date.js';
import { buildTimeline } from './build-timeline.js';
import { fullName } from './parties.js';
import type { Answer, Choice, ChoiceKind, Engine, Profile, TimelineQuery, TimelineResult } from './types.js';
import { capitalize, describeDate, joinNames } from './wording.js';

type Lookups = Pick<Engine, 'timeline' | 'profile' | 'complete' | 'topics' | 'summarize' | 'check'>;

const kindOf = (id: string): ChoiceKind => {
  const prefix = id.split(':')[0];
  return prefix === 'org' ? 'organization' : (prefix as ChoiceKind);
};

/** The non-question views of the fact store the adapters need: timeline, profiles, autocomplete, topics. */
export function createLookups(
  store: FactStore,
  parse: (text: string) => ParsedQuestion,
  ask: (text: string) => Answer,
): Lookups {
  const names: Array<{ id: string; label: string; terms: string[] }> = [
    ...store.facts.entities.map((e) => ({ id: e.id, label: fullName(e), terms: [e.name, ...e.aliases] })),
    ...store.facts.events.map((e) => ({ id: e.id, label: e.label, terms: [e.name, e.label, ...e.aliases] })),
    ...store.facts.disputes.map((d) => ({
      id: d.id,
      label: capitalize(d.label),
      terms: [d.label, ...d.aliases],
    })),
  ];
  const findId = (nameOrId: string): string | undefined => {
    const text = nameOrId.trim();
    if (names.some((n) => n.id === text)) return text;
    const exact = names.find((n) => n.terms.some((t) => t.toLowerCase() === text.toLowerCase()));
    return exact?.id ?? parse(text).mentions[0]?.id;
  };

  const profileOf = (e: Entity): Profile => {
    const events = store.facts.events.filter(
      (ev) => ev.participants.some((p) => p.entity === e.id) || ev.place?.entity === e.id,
    );
    const counterpart = store.facts.relations.find(
      (r) => r.type === 'counterpart' && (r.from === e.id || r.to === e.id),
    );
    const said = store.statements.filter((s) => s.holder === e.id);
    const fields = [
      e.rank ? { label: 'Rank', value: e.rank } : undefined,
      e.title ? { label: 'Title', value: capitalize(e.title) } : undefined,
      e.side && e.side !== e.id ? { label: 'Side', value: capitalize(store.nameOf(e.side)) } : undefined,
      counterpart
        ? {
            label: 'Counterpart',
            value: store.nameOf(counterpart.from === e.id ? counterpart.to : counterpart.from),
          }
        : undefined,
      events.length
        ? {
            label: 'In the article',
            value: events.map((ev) => `${ev.label} (${ev.date.resolved})`).join('; '),
          }
        : undefined,
      said.length
        ? { label: 'Said', value: said.map((s) => `${s.verb} ${s.content}`).join('; ') }
        : undefined,
    ].filter((f) => f !== undefined);
    return {
      id: e.id,
      kind: e.kind,
      name: fullName(e),
      summary: `${capitalize(e.name)} is ${e.description}.`,
      fields,
      citations: store.cite(e.evidence, ...events.map((ev) => ev.evidence), ...said.map((s) => s.evidence)),
    };
  };

  return {
    timeline(query: TimelineQuery = {}): TimelineResult {
      const reference = store.meta.referenceDate.date;
      const dateOf = (text: string | undefined, edge: 'start' | 'end') => {
        if (!text?.trim()) return undefined;
        const words = text.trim().split(/\s+/);
        const [range] = resolveDates(
          words.map((w) => w.toLowerCase()),
          words,
          reference,
        );
        return range ? range[edge] : null;
      };
      const from = dateOf(query.from, 'start');
      const to = dateOf(query.to, 'end');
      const about = query.about?.trim() ? findId(query.about) : undefined;
      const notes = [
        from === null ? `"${query.from}" is not a date I understand, so it was ignored.` : '',
        to === null ? `"${query.to}" is not a date I understand, so it was ignored.` : '',
        query.about?.trim() && !about ? `The article mentions nothing called "${query.about}".` : '',
      ].filter(Boolean);
      const range = from || to ? { start: from ?? '0000-01-01', end: to ?? '9999-12-31' } : undefined;
      const entries =
        query.about?.trim() && !about
          ? []
          : buildTimeline(store, { ...(range ? { range } : {}), ...(about ? { about } : {}) });
      return notes.length ? { entries, note: notes.join(' ') } : { entries };
    },

    profile(nameOrId) {
      const id = findId(nameOrId);
      const entity = id ? store.entities.get(id) : undefined;
      if (entity) return profileOf(entity);
      const event = id ? store.events.get(id) : undefined;
      if (!event) return undefined;
      return {
        id: event.id,
        kind: 'event',
        name: capitalize(event.name),
        summary: `${capitalize(event.summary)}.`,
        fields: [
          { label: 'When', value: describeDate(event.date) },
          ...(event.place ? [{ label: 'Where', value: event.place.text }] : []),
          { label: 'Who', value: joinNames(event.participants.map((p) => store.nameOf(p.entity))) },
        ],
        citations: store.cite(event.evidence),
      };
    },

    complete(prefix, kinds, limit = 25) {
      const needle = prefix.trim().toLowerCase();
      const scored = names
        .filter((n) => !kinds || kinds.includes(kindOf(n.id)))
        .map((n) => {
          const terms = n.terms.map((t) => t.toLowerCase());
          const score =
            needle === ''
              ? 1
              : terms.some((t) => t.startsWith(needle))
                ? 3
                : terms.some((t) => t.includes(needle))
                  ? 2
                  : 0;
          return { n, score };
        })
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score);
      return scored
        .slice(0, Math.min(limit, 25))
        .map(({ n }): Choice => ({ name: n.label.slice(0, 100), value: n.id.slice(0, 100) }));
    },

    topics() {
      return [
        ...store.facts.events.map((e) => ({ id: e.id, label: e.label, kind: 'event' as const })),
        ...store.facts.disputes.map((d) => ({
          id: d.id,
          label: capitalize(d.label),
          kind: 'dispute' as const,
        })),
      ];
    },

    summarize(topicId) {
      const event = store.events.get(topicId);
      const dispute = store.disputes.get(topicId);
      if (!event && !dispute) return undefined;
      const text = event
        ? `${capitalize(event.summary)} (${describeDate(event.date)}${event.place ? `, ${event.place.text}` : ''}).`
        : `${capitalize(dispute?.summary ?? '')}.`;
      return {
        answered: true,
        text,
        intent: 'summary',
        confidence: 1,
        citations: store.cite(event?.evidence ?? dispute?.evidence),
        suggestions: [],
      };
    },

    check(text) {
      const q = parse(text.slice(0, 600));
      if (q.mentions.length === 0) {
        return {
          answered: false,
          text: "The article doesn't cover the people or events this message mentions.",
          intent: 'check',
          confidence: 0.8,
          citations: [],
          suggestions: [],
        };
      }
      const verdict = ask(`Is it true that ${text.slice(0, 400)}`);
      const mentioned = [...new Set(q.mentions.map((m) => m.id))];
      const about = mentioned.map((id) => {
        const e = store.entities.get(id);
        return e
          ? `${capitalize(e.name)} is ${e.description}.`
          : `${capitalize(store.events.get(id)?.summary ?? store.disputes.get(id)?.summary ?? '')}.`;
      });
      const lead =
        verdict.answered && /^(Yes|No)\b/.test(verdict.text)
          ? `${verdict.text.startsWith('Yes') ? 'The article agrees' : 'The article says otherwise'}: ${verdict.text.replace(/^(Yes|No)\.\s*/, '')}\n`
          : '';
      const citations = [
        ...verdict.citations,
        ...mentioned.flatMap((id) =>
          store.cite(
            store.entities.get(id)?.evidence ??
              store.events.get(id)?.evidence ??
              store.disputes.get(id)?.evidence,
          ),
        ),
      ];
      return {
        answered: true,
        text: `${lead}What the article says: ${about.slice(0, 4).join(' ')}`,
        intent: 'check',
        confidence: verdict.confidence,
        citations: citations
          .filter((c, i, all) => all.findIndex((x) => x.sentence === c.sentence) === i)
          .sort((a, b) => a.sentence - b.sentence),
        suggestions: [],
      };
    },
  };
}
