/** The readable summary `npm run ingest` prints for a person to check what ingestion found. */
import type { ArticleData } from '../facts/load-facts.js';

/** People with titles and sides, organisations and places, the dated events in order, the statements. */
export function formatIngestSummary(article: ArticleData): string {
  const { meta, facts } = article;
  const nameOf = (id: string) => facts.entities.find((e) => e.id === id)?.name ?? id;
  const kinds = (k: string) => facts.entities.filter((e) => e.kind === k);
  const timeline = [...facts.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
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
  ];
  const undated = facts.entities.filter(
    (e) => e.kind === 'person' && e.description.startsWith('mentioned in the article'),
  );
  if (undated.length)
    lines.push('', `Could not place: no role or description for ${undated.map((e) => e.name).join(', ')}.`);
  return lines.join('\n');
}
