/**
 * How much of a curated fact store ingestion finds on its own: the reference date, people and their titles,
 * dated events, statements, and causal links (an event's cause or follows, a 'caused' or 'followed'
 * relation, a statement's reason). Ids differ between the two stores, so things are matched by name, by
 * sentence and by shared words, never by id.
 */
import type { ArticleData } from '../../src/facts/load-facts.js';
import type { Cause, Entity, Facts } from '../../src/facts/schema.js';
import { describeCause } from '../../src/ingest/format-summary.js';

export interface LinkFigure {
  /** 'cause' (an event's cause), 'purpose' (a statement's reason) or 'sequence' (an event it follows). */
  kind: string;
  curated: string;
  /** The drafted cause that matches it, as the summary shows it; absent when none does. */
  found?: string;
  /** Whether the drafted effect shares the curated effect's words too (not only the cause). */
  bothSides: boolean;
  /** Whether the drafted store linked the two events, as the curated one does. */
  eventLink: boolean;
}

export interface ExtractorFigures {
  referenceDate: { curated: string; drafted: string; right: boolean };
  people: { curated: number; found: number; titled: number; missing: string[] };
  events: { curated: number; dated: number; missing: string[] };
  statements: { curated: number; found: number; missing: string[] };
  links: LinkFigure[];
  /** Drafted causes no curated link accounts for: wrong, or true but not curated. */
  extra: string[];
}

const STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'which',
  'have',
  'been',
  'their',
  'between',
  'into',
  'over',
]);
/** Content words, cut to five letters so that "severs" and "severed" agree. */
const words = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
/** The share of `a`'s content words that `b` has. */
const covers = (a: string, b: string): number => {
  const want = words(a);
  const have = words(b);
  return want.size ? [...want].filter((w) => have.has(w)).length / want.size : 0;
};
const sameName = (a: Entity, b: Entity) => {
  const names = new Set([a.name, ...a.aliases].map((n) => n.toLowerCase()));
  return [b.name, ...b.aliases].some((n) => names.has(n.toLowerCase()));
};

/** A curated link between two things, in words, with the sentence that says it. */
interface CuratedLink {
  kind: string;
  effect: string;
  cause: string;
  /** A curated quote of the article: a drafted fact citing the sentence that holds it is about the same. */
  quote: string;
  /** The two event ids, when the curated store links events. */
  events?: [string, string];
}

/** Every causal link of a curated store: event causes and follows, their relations, statement reasons. */
function curatedLinks(article: ArticleData): CuratedLink[] {
  const { facts } = article;
  const label = (id: string) => facts.events.find((e) => e.id === id)?.label ?? id;
  const links: CuratedLink[] = [];
  const quoteOf = (type: string, from: string, to: string) =>
    facts.relations.find((r) => r.type === type && r.from === from && r.to === to)?.evidence[0];
  for (const e of facts.events) {
    if (e.cause) {
      const quote = quoteOf('caused', e.cause.event, e.id) ?? e.evidence[0];
      links.push({
        kind: 'cause',
        effect: e.label,
        cause: `${label(e.cause.event)} ${e.cause.text}`,
        quote: quote ?? '',
        events: [e.cause.event, e.id],
      });
    }
    if (e.follows) {
      links.push({
        kind: 'sequence',
        effect: e.label,
        cause: label(e.follows.event),
        quote: e.follows.evidence[0] ?? '',
        events: [e.follows.event, e.id],
      });
    }
  }
  // A relation between events no event field holds (the event fields and relations usually say it twice).
  for (const r of facts.relations) {
    const kind = r.type === 'caused' ? 'cause' : r.type === 'followed' ? 'sequence' : undefined;
    if (!kind || links.some((l) => l.events?.[0] === r.from && l.events?.[1] === r.to)) continue;
    links.push({ kind, effect: label(r.to), cause: label(r.from), quote: r.evidence[0] ?? '' });
  }
  for (const s of facts.statements) {
    if (!s.reason) continue;
    const effect = s.content.replace(s.reason, '');
    links.push({ kind: 'purpose', effect, cause: s.reason, quote: s.evidence[0] ?? '' });
  }
  return links;
}

/**
 * Compares a store ingestion drafted from an article's text with the curated store of the same article.
 * @example compareExtraction(readArticle(dir), ingestArticle(nlp, gazetteer, readArticle(dir).text)).links
 */
export function compareExtraction(curated: ArticleData, drafted: ArticleData): ExtractorFigures {
  const c: Facts = curated.facts;
  const d: Facts = drafted.facts;
  const people = c.entities.filter((e) => e.kind === 'person');
  const match = (e: Entity) => d.entities.find((x) => x.kind === e.kind && sameName(e, x));
  // A title is right when the drafted one holds the curated title or rank, or is one of its aliases.
  const titled = people.filter((e) => {
    const x = match(e);
    const drafted = `${x?.title ?? ''}; ${x?.description ?? ''}`.toLowerCase();
    const wanted = [e.title, e.rank].filter((w): w is string => Boolean(w)).map((w) => w.toLowerCase());
    const alias = e.aliases.some((a) => a.toLowerCase() === x?.title?.toLowerCase());
    return x && (alias || wanted.some((w) => drafted.includes(w)));
  });
  const dated = c.events.filter((e) =>
    d.events.some(
      (x) =>
        x.date.start === e.date.start &&
        x.date.end === e.date.end &&
        e.evidence.some((q) => x.evidence[0]?.includes(q)),
    ),
  );
  // A statement is found when the drafted store has one by the same holder in the same sentence.
  const holderOf = (id: string) => c.entities.find((e) => e.id === id);
  const said = c.statements.filter((s) => {
    const holder = holderOf(s.holder);
    return d.statements.some((x) => {
      const drafted = d.entities.find((e) => e.id === x.holder);
      const sentence = s.evidence.some((q) => x.evidence[0]?.includes(q));
      return sentence && holder && drafted && sameName(holder, drafted);
    });
  });
  const causes = d.causes ?? [];
  const used = new Set<Cause>();
  const links = curatedLinks(curated).map((l): LinkFigure => {
    const hit = causes.find(
      (x) => x.evidence[0]?.includes(l.quote) && covers(l.cause, `${x.connective} ${x.cause.text}`) >= 0.5,
    );
    if (hit) used.add(hit);
    // The drafted events linked must be the curated ones: each cites a sentence holding that event's quote.
    const same = (drafted?: string, curatedId?: string) => {
      const quotes = c.events.find((e) => e.id === curatedId)?.evidence ?? [];
      const sentence = d.events.find((e) => e.id === drafted)?.evidence[0] ?? '';
      return quotes.some((q) => sentence.includes(q));
    };
    const eventLink = Boolean(
      l.events && same(hit?.cause.event, l.events[0]) && same(hit?.effect.event, l.events[1]),
    );
    return {
      kind: l.kind,
      curated: `[${l.effect.trim()}] <- [${l.cause.trim()}]`,
      ...(hit ? { found: describeCause(hit) } : {}),
      // (The effect in the curated words, or the curated effect event: "This engagement" is the talks.)
      bothSides: Boolean(
        hit && (covers(l.effect, hit.effect.text) >= 0.3 || same(hit.effect.event, l.events?.[1])),
      ),
      eventLink,
    };
  });
  const figures: ExtractorFigures = {
    referenceDate: {
      curated: curated.meta.referenceDate.date,
      drafted: drafted.meta.referenceDate.date,
      right: curated.meta.referenceDate.date === drafted.meta.referenceDate.date,
    },
    people: {
      curated: people.length,
      found: people.filter(match).length,
      titled: titled.length,
      missing: people.filter((e) => !match(e)).map((e) => e.name),
    },
    events: {
      curated: c.events.length,
      dated: dated.length,
      missing: c.events.filter((e) => !dated.includes(e)).map((e) => e.label),
    },
    statements: {
      curated: c.statements.length,
      found: said.length,
      missing: c.statements.filter((s) => !said.includes(s)).map((s) => `${s.holder} ${s.verb} ${s.content}`),
    },
    links,
    extra: causes.filter((x) => !used.has(x)).map(describeCause),
  };
  return figures;
}
