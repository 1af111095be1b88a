/** The readable summary `npm run ingest` prints for a person to check what ingestion found. */
import { compareIsoDates } from '../facts/compare-iso-dates.js';
import type { ArticleData } from '../facts/load-facts.js';
import type { Cause, Quantity } from '../facts/schema.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 3).replace(/\s+\S*$/, '')}...` : s);

/**
 * One cause as the article orders it, each side in brackets for a person to check where it starts and ends.
 * @example describeCause(cause) // 'cause: [the plant shut] because of [a strike]'
 */
export function describeCause(c: Cause): string {
  const effect = `[${clip(c.effect.text, 80)}]`;
  const cause = `[${clip(c.cause.text, 80)}]`;
  const linked = c.effect.event && c.cause.event ? ' (both events)' : '';
  // "<cause> led to <effect>": the article gives the cause first, and so does the line; "Because <cause>,
  // <effect>" reads "<effect> because <cause>".
  const at = (text: string) => c.evidence.join(' ').indexOf(text);
  const causeFirst = at(c.cause.text) < at(c.effect.text) && at(c.connective) > at(c.cause.text);
  const connective = c.connective.toLowerCase();
  const line = causeFirst ? `${cause} ${connective} ${effect}` : `${effect} ${connective} ${cause}`;
  return `${c.kind}: ${line}${linked}`;
}

/** "current and former couriers: about 14,000 (14000)", "decision: 2-1 (2 to 1)". */
function quantityLine(q: Quantity): string {
  const value = typeof q.value === 'number' ? String(q.value) : `${q.value[0]} to ${q.value[1]}`;
  return `  - ${q.noun}: ${q.text} (${value}${q.unit ? ` ${q.unit}` : ''})`;
}

/**
 * People with titles and sides, organisations and places, the dated events in order, the statements, the
 * causes, the numbers, and what could not be placed.
 * @example formatIngestSummary(ingestArticle(nlp, gazetteer, text)).split('\n')[0] // 'Article: <title> (<slug>)'
 */
export function formatIngestSummary(article: ArticleData): string {
  const { meta, facts } = article;
  const nameOf = (id: string) => facts.entities.find((e) => e.id === id)?.name ?? id;
  const kinds = (k: string) => facts.entities.filter((e) => e.kind === k);
  const timeline = [...facts.events].sort((a, b) => compareIsoDates(a.date.start, b.date.start));
  const lines = [
    `Article: ${meta.title} (${article.slug})`,
    `Reference date: ${meta.referenceDate.date}${meta.referenceDate.inferred ? ' (inferred)' : ''}. ${meta.referenceDate.note}`,
    '',
    `People (${kinds('person').length}):`,
    ...kinds('person').map(
      (p) =>
        `  - ${p.name}: ${p.description}${p.side ? ` [${nameOf(p.side)}]` : ''}${p.description.startsWith('mentioned in the article') ? '  (no role found: check)' : ''}`,
    ),
    `Organisations (${kinds('organization').length}): ${
      kinds('organization')
        .map((e) => e.name)
        .join('; ') || '-'
    }`,
    `Countries and places (${kinds('country').length + kinds('place').length}): ${[...kinds('country'), ...kinds('place')].map((e) => e.name).join('; ') || '-'}`,
    '',
    `Timeline (${timeline.length} dated events):`,
    ...timeline.map((e) => `  - ${e.date.resolved} ("${e.date.text}"): ${e.label}`),
    '',
    `Statements (${facts.statements.length}):`,
    ...facts.statements.map((s) => `  - ${nameOf(s.holder)} ${s.verb}: ${s.content.slice(0, 100)}`),
    '',
    `Causes (${facts.causes?.length ?? 0}):`,
    ...(facts.causes ?? []).map((c) => `  - ${describeCause(c)}`),
    '',
    `Numbers (${facts.quantities?.length ?? 0}):`,
    ...(facts.quantities ?? []).map(quantityLine),
  ];
  const undated = facts.entities.filter(
    (e) => e.kind === 'person' && e.description.startsWith('mentioned in the article'),
  );
  const unplaced = [
    undated.length ? `no role or description for ${undated.map((e) => e.name).join(', ')}` : '',
    meta.unresolvedDates?.length
      ? `no date for ${meta.unresolvedDates.map((d) => `"${d.text}"`).join(', ')}`
      : '',
  ].filter(Boolean);
  if (unplaced.length) lines.push('', `Could not place: ${unplaced.join('; ')}.`);
  return lines.join('\n');
}
