/**
 * "<Name>, a wine exporter, ... the winery's permit ... the company's wells": a business the article goes on to
 * call by a word for its kind. Each such "the <noun>" points back to the organisation named last before it; when
 * every one of them points to the same business, "the <noun>" becomes one of its names, so a question about "the
 * winery" is about it. Language only: nothing here knows an article.
 */
import { cueWords } from '../engine/cue-words.js';
import type { FoundName, NameMention } from './find-names.js';
import type { TokenSentence } from './sentence-tokens.js';

/** Corporate words in a name that make it a business's: "<X> Ltd", "<X> Group". */
const CORPORATE = /\b(?:company|corp\.?|corporation|inc\.?|ltd\.?|llc|plc|group|holdings|s\.?a\.?|gmbh|ag)$/i;

/** Whether an organisation reads as a business: by its name, or by a description whose noun is one. */
function business(f: FoundName, nouns: ReadonlySet<string>): boolean {
  if (CORPORATE.test(f.name)) return true;
  return f.descriptions.some((d) => {
    // ("a fast-growing wine exporter", "the family-owned brewery that ...": the noun before any clause.)
    const head = d.split(/\s+(?:that|which|who|whose|of|in|at|for|with|from|based|owned|run)\b/i)[0] ?? '';
    const last =
      head
        .trim()
        .split(/\s+/)
        .at(-1)
        ?.toLowerCase()
        .replace(/[^a-z]/g, '') ?? '';
    return nouns.has(last);
  });
}

/** The aliases "the <noun>" found for each organisation, by the name it was found as. */
export function bodiesByKind(
  sentences: readonly TokenSentence[],
  mentions: readonly NameMention[],
): Map<FoundName, string[]> {
  const nouns = cueWords().businessNouns;
  // The mentions of businesses, last first (each name read once, not per mention).
  const firms = new Set(
    [...new Set(mentions.map((m) => m.name))].filter((f) => f.kind === 'organization' && business(f, nouns)),
  );
  const lastFirst = mentions
    .filter((m) => firms.has(m.name))
    .sort((a, b) => b.sentence - a.sentence || b.last - a.last);
  // (Every name's words: "the association" of "<X> Producers' Association" is that name's own, read there.)
  const named = new Set(mentions.flatMap((m) => m.name.name.toLowerCase().split(/[^a-z]+/)));
  const pointed = new Map<string, Set<FoundName | undefined>>();
  for (const ts of sentences) {
    const n = ts.sentence.n;
    ts.tokens.forEach((t, k) => {
      const noun = ts.tokens[k + 1];
      if (t.normal !== 'the' || !noun || !nouns.has(noun.normal) || named.has(noun.normal)) return;
      // ("the owner" may be anyone's: no business by its kind.)
      if (noun.normal === 'owner') return;
      // (Not "the company <Name>", which names it there.)
      if (ts.tokens[k + 2]?.pos === 'PROPN') return;
      // (The business named last before it: a court or a town named in between is no "company"; and of those, one
      // its name or description already calls by the word, "a sake brewer" for "the brewery", if any.)
      const earlier = lastFirst.filter((m) => m.sentence < n || (m.sentence === n && m.last < k));
      const stem = noun.normal.slice(0, 5);
      const before =
        earlier.find((m) =>
          [m.name.name, ...m.name.descriptions].some((d) => d.toLowerCase().includes(stem)),
        ) ?? earlier[0];
      const set = pointed.get(noun.normal) ?? new Set();
      set.add(before?.name);
      pointed.set(noun.normal, set);
    });
  }
  const found = new Map<FoundName, string[]>();
  for (const [noun, to] of pointed) {
    const [only] = [...to];
    if (to.size !== 1 || !only) continue;
    found.set(only, [...(found.get(only) ?? []), `the ${noun}`]);
  }
  return found;
}
