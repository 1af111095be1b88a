import type { Citation, Sentence } from '../engine/types.js';
import { FactStoreError } from './fact-store-error.js';
import type { ArticleMeta, Dispute, Entity, Event, Facts, Statement } from './schema.js';

/** The validated, indexed fact store: what every intent reads. */
export interface FactStore {
  readonly meta: ArticleMeta;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly facts: Facts;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly events: ReadonlyMap<string, Event>;
  readonly disputes: ReadonlyMap<string, Dispute>;
  readonly statements: readonly Statement[];
  /** Article sentences holding the quoted evidence, in article order, without repeats. */
  cite(...evidence: ReadonlyArray<readonly string[] | undefined>): Citation[];
  /** The display name of an entity, event or dispute id. */
  nameOf(id: string): string;
}

/**
 * Indexes validated facts against the article's sentences and checks every cross-reference and quote.
 * @example buildFactStore(meta, facts, text, [{ n: 1, paragraph: 1, text: '…' }])
 */
export function buildFactStore(
  meta: ArticleMeta,
  facts: Facts,
  text: string,
  sentences: Sentence[],
): FactStore {
  const problems: string[] = [];
  const entities = new Map(facts.entities.map((e) => [e.id, e]));
  const events = new Map(facts.events.map((e) => [e.id, e]));
  const disputes = new Map(facts.disputes.map((d) => [d.id, d]));
  const known = (ref: string) => entities.has(ref) || events.has(ref) || disputes.has(ref);

  const quoteSentence = new Map<string, number>();
  const checkQuotes = (where: string, quotes: readonly string[] | undefined) => {
    for (const quote of quotes ?? []) {
      if (quoteSentence.has(quote)) continue;
      const sentence = sentences.find((s) => s.text.includes(quote));
      if (sentence) quoteSentence.set(quote, sentence.n);
      else problems.push(`${where}: evidence is not a verbatim part of one article sentence: "${quote}"`);
    }
  };
  const checkRef = (where: string, ref: string | undefined) => {
    if (ref !== undefined && !known(ref)) problems.push(`${where}: unknown id "${ref}"`);
  };

  const { causes = [], quantities = [] } = facts;
  for (const list of [facts.entities, facts.events, facts.disputes, facts.statements, causes, quantities]) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`duplicate id "${id}"`);
      seen.add(id);
    }
  }
  for (const e of facts.entities) {
    checkQuotes(e.id, e.evidence);
    for (const ref of [e.side, e.standsFor, e.memberOf]) checkRef(e.id, ref);
  }
  for (const e of facts.events) {
    checkQuotes(e.id, e.evidence);
    for (const p of e.participants) checkRef(e.id, p.entity);
    for (const ref of [e.place?.entity, e.objectSide, e.cause?.event, e.follows?.event]) checkRef(e.id, ref);
    for (const t of e.topics ?? []) checkQuotes(`${e.id} topic`, t.evidence);
    checkQuotes(`${e.id} significance`, e.significance?.evidence);
    checkQuotes(`${e.id} follows`, e.follows?.evidence);
    if (e.date.start > e.date.end) problems.push(`${e.id}: date starts after it ends`);
  }
  for (const s of facts.statements) {
    checkQuotes(s.id, s.evidence);
    checkQuotes(`${s.id} context`, s.context?.evidence);
    checkRef(s.id, s.holder);
    for (const ref of s.about) checkRef(s.id, ref);
  }
  for (const d of facts.disputes) {
    checkQuotes(d.id, d.evidence);
    for (const ref of [...d.parties, ...d.about, d.place]) checkRef(d.id, ref);
  }
  checkQuotes('article summary', meta.summaryEvidence);
  checkQuotes('relationship', facts.relationship?.evidence);
  checkQuotes('relationship progress', facts.relationship?.progress.evidence);
  for (const r of facts.relations) {
    checkQuotes(`relation ${r.type}`, r.evidence);
    checkRef(`relation ${r.type}`, r.from);
    checkRef(`relation ${r.type}`, r.to);
  }
  for (const c of causes) {
    checkQuotes(c.id, c.evidence);
    for (const ref of [c.effect.event, c.cause.event]) checkRef(c.id, ref);
  }
  for (const q of quantities) checkQuotes(q.id, q.evidence);
  checkQuotes(
    'unresolved dates',
    meta.unresolvedDates?.flatMap((d) => d.evidence),
  );
  if (problems.length > 0) throw new FactStoreError(problems);

  const cite = (...lists: ReadonlyArray<readonly string[] | undefined>): Citation[] => {
    const numbers = new Set<number>();
    for (const list of lists) for (const quote of list ?? []) numbers.add(quoteSentence.get(quote) ?? 0);
    numbers.delete(0);
    return [...numbers]
      .sort((a, b) => a - b)
      .map((n) => ({ sentence: n, text: sentences[n - 1]?.text ?? '' }));
  };
  const nameOf = (ref: string) =>
    entities.get(ref)?.name ?? events.get(ref)?.name ?? disputes.get(ref)?.label ?? ref;

  return {
    meta,
    text,
    sentences,
    facts,
    entities,
    events,
    disputes,
    statements: facts.statements,
    cite,
    nameOf,
  };
}
