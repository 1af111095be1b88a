/** Later mentions that are not names, resolved to the entity they mean, sentence by sentence. */
import type { FactStore } from '../facts/fact-store.js';
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import { cueWords } from './cue-words.js';

const PERSON_PRONOUNS: Record<string, 'he' | 'she'> = {
  he: 'he',
  his: 'he',
  him: 'he',
  she: 'she',
  her: 'she',
};

/**
 * Later mentions that are not names: "the company" (or "its", "the company's") is the organisation named
 * last, "the court" the last one called a court; a sentence's "he" or "she" is the last person of that
 * pronoun named before it.
 */
export function resolveReferences(
  sentences: readonly TokenSentence[],
  store: FactStore,
  named: (id: string, i: number) => number[],
  capitalOf: ReadonlyMap<string, string> = new Map(),
): Array<Array<{ id: string; at: number }>> {
  // "<capital> and <capital>" in a sentence about two governments: a capital also stands for its country.
  const countryByName = new Map(
    store.facts.entities
      .filter((e) => e.kind === 'country')
      .flatMap((e) => [e.name, ...e.aliases].map((n) => [n, e.id] as const)),
  );
  const orgs = store.facts.entities.filter((e) => e.kind === 'organization' || e.kind === 'group');
  const people = store.facts.entities.filter((e) => e.kind === 'person');
  let lastOrgs: string[] = [];
  // What "the <head>" meant last, and in which sentence: it goes on meaning that until a later sentence names
  // another body ("the club's president ... said. The club estimates", but "<B>, which makes ... The company").
  const sameHead = new Map<string, { id: string; n: number }>();
  // The bodies a sentence names by a word written with a capital, each where it is first named ("in Croatian
  // sport" names no "Court of Arbitration for Sport"), worked out once per sentence, when first needed.
  const bodiesNamed: Array<Array<{ id: string; at: number }> | undefined> = [];
  const bodiesIn = (i: number) => {
    bodiesNamed[i] ??= orgs
      .map((e) => ({
        id: e.id,
        at: Math.min(
          999,
          ...named(e.id, i).filter((p) => /^\p{Lu}/u.test(sentences[i]?.tokens[p]?.raw ?? '')),
        ),
      }))
      .filter((x) => x.at < 999);
    return bodiesNamed[i];
  };
  const stillMeant = (head: string, i: number): string | undefined => {
    const last = sameHead.get(head);
    if (!last) return undefined;
    for (let j = last.n + 1; j < i; j++) if (bodiesIn(j).some((x) => x.id !== last.id)) return undefined;
    return last.id;
  };
  const lastPerson: Partial<Record<'he' | 'she', string>> = {};
  return sentences.map((ts, i) => {
    const found: Array<{ id: string; at: number }> = [];
    // A pronoun after a person named in its own sentence is that person, not one from before.
    const firstPersonAt = Math.min(999, ...people.flatMap((e) => named(e.id, i)));
    // ("Workers at <Firm> ... emptied the company's plant": one named earlier in the same sentence comes first.)
    ts.tokens.forEach((t, k) => {
      const prev = ts.tokens[k - 1]?.normal;
      if (
        (prev === 'the' || prev === 'its') &&
        (cueWords().organisationHeads.has(t.normal) || cueWords().businessNouns.has(t.normal))
      ) {
        const head = t.normal;
        // (Worked out at the first "the company" of the sentence: most sentences have none.)
        const before = bodiesIn(i)
          .filter((x) => x.at < k - 1)
          .sort((a, b) => b.at - a.at)
          .map((x) => x.id);
        const candidates = [...new Set([...before, ...lastOrgs])];
        const anyBody = cueWords().anyBodyNouns.has(head);
        // (Or, for a word no body at all may be called, the body the article described by it: "<Name>, one of <a
        // country>'s largest flower farms" is "the farm" after.)
        // (Or one the article was found to call so: an ingested "the winery" alias.)
        const byHead =
          candidates.find((id) => {
            const e = store.entities.get(id);
            return e?.name.toLowerCase().includes(head) || e?.aliases.includes(`the ${head}`);
          }) ??
          (anyBody
            ? undefined
            : candidates.find((id) =>
                new RegExp(`\\b${head}s?\\b`, 'i').test(store.entities.get(id)?.description ?? ''),
              ));
        // ("the club's president ... The club estimates": the same word goes on meaning the same body, unless the
        // sentence names another before it.)
        const id = byHead ?? (anyBody ? (before[0] ?? stillMeant(head, i) ?? candidates[0]) : undefined);
        if (id) {
          found.push({ id, at: k });
          if (anyBody) sameHead.set(head, { id, n: i });
        }
      }
      const country = capitalOf.get(t.raw);
      const countryId = country ? countryByName.get(country) : undefined;
      if (countryId) found.push({ id: countryId, at: k });
      const pronoun = PERSON_PRONOUNS[t.normal];
      const person = pronoun && k < firstPersonAt ? lastPerson[pronoun] : undefined;
      if (person) found.push({ id: person, at: k });
    });
    // What this sentence names becomes "the last" for the sentences after it.
    const here = (list: typeof orgs) =>
      list
        .map((e) => ({ id: e.id, at: Math.max(-1, ...named(e.id, i)) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => b.at - a.at)
        .map((x) => x.id);
    lastOrgs = [...new Set([...here(orgs), ...lastOrgs])];
    // (Someone named whose pronoun the article never shows may be the next "he" or "she": neither is then
    // the person named before them.)
    for (const id of here(people).reverse()) {
      const p = store.entities.get(id)?.pronoun;
      if (p) lastPerson[p] = id;
      else {
        lastPerson.he = undefined;
        lastPerson.she = undefined;
      }
    }
    return found;
  });
}
