/**
 * Names first read as people's that the article uses as bodies. Language only: nothing here knows an article.
 */
import type { NameMention } from './find-names.js';
import type { Gazetteer } from './gazetteer.js';
import { ORG_NOUNS } from './name-runs.js';
import type { TokenSentence } from './sentence-tokens.js';

/**
 * A name read as a person's for its two capitalised words, that the text never gives a title, a role, a "he" or
 * "she", or a "who" clause, is a body's when the text describes it as a thing ("a family-owned <maker> that ...")
 * or uses it as one: "<Name>'s chief executive", "<Name> shares", "the
 * company, <Name>," or "it"/"its" after it with nothing else it could stand for ("fined <Name> 48 million pesos
 * and ordered it to overhaul its system").
 */
export function bodiesByUse(
  sentences: readonly TokenSentence[],
  mentions: readonly NameMention[],
  g: Gazetteer,
): void {
  const bySentence = new Map(sentences.map((ts) => [ts.sentence.n, ts]));
  const asBody = (m: NameMention): boolean => {
    const ts = bySentence.get(m.sentence);
    if (!ts) return false;
    const t = (k: number) => ts.tokens[k];
    // ("<Name>'s chief executive", "<Name> shares fell"; not "<Name>, chairman of ...", a person's title.)
    const possessive = /^['’]s$/.test(t(m.last + 1)?.raw ?? '');
    const owned = possessive ? [m.last + 2, m.last + 3] : [m.last + 1];
    if (owned.some((k) => g.bodyOwnedNouns.has(t(k)?.normal ?? ''))) return true;
    if (
      t(m.first - 1)?.raw === ',' &&
      ORG_NOUNS.has(t(m.first - 2)?.normal ?? '') &&
      /^(?:the|a|an)$/.test(t(m.first - 3)?.normal ?? '')
    )
      return true;
    // ("it" or "its" before any other name or singular noun it could stand for; not after a name set off by a
    // comma, one of a list or an aside: "shops in <A> and <B>, filed its application".)
    if (t(m.last + 1)?.raw === ',') return false;
    for (let k = m.last + 1; k < ts.tokens.length; k++) {
      const w = t(k);
      if (!w || w.pos === 'PROPN' || (w.pos === 'NOUN' && w.normal === w.lemma)) return false;
      // (An "it" as a verb's object: a subject "it" may be no one's, "and, it seemed, first place"; not after a
      // verb of saying: "<A> said it would take time" says nothing of what <A> is.)
      const verb = t(k - 1);
      if (
        w.normal === 'its' ||
        (w.normal === 'it' && verb?.pos === 'VERB' && !g.reportingVerbs.has(verb.lemma))
      )
        return true;
    }
    return false;
  };
  const people = new Set(
    mentions
      .map((m) => m.name)
      .filter(
        (f) =>
          f.kind === 'person' &&
          f.titles.length === 0 &&
          !f.pronoun &&
          // (Nor one described by a role: "<Name>, a spokesman for ...", "<Name>, the city's director of ...".)
          !f.descriptions.some(
            (d) =>
              /^(?:who|whose)\b/i.test(d) ||
              d
                .toLowerCase()
                .split(/[^\p{L}]+/u)
                .some((w) => g.roles.has(w)),
          ),
      ),
  );
  // ("<Name>, a family-owned organ builder from <town> that won the contract": a description a "that" or "which"
  // clause goes on is a thing's, as is a "-owned" or "-based" one; a person's would say "who".)
  const thing = (d: string) =>
    /^(?:an?|the|one)\s/i.test(d) &&
    !/\b(?:who|whom|whose)\b/i.test(d) &&
    (/^[^,;]*?\s(?:that|which)\s/i.test(d) ||
      /^(?:an?|the)\s+[\p{L}]+-(?:owned|based|listed|run)\b/iu.test(d));
  for (const f of people)
    if (f.descriptions.some(thing)) f.kind = 'organization';
    else if (mentions.some((m) => m.name === f && asBody(m))) {
      f.kind = 'organization';
      f.descriptions.length = 0;
    }
}
