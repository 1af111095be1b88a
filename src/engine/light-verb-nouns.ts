/**
 * "did they make a decision", "<A> and <B> made some agreement?", "did they hold a discussion": a light verb with
 * a noun made from a verb says what that verb says ("decide", "agree", "discuss"). The question is read with the
 * verb itself, as the article most often puts it; a past light verb keeps its tense as "did <verb>".
 */
import { cueWords } from './cue-words.js';

/** Builds the rewrite over WordNet's nouns-from-verbs table (noun -> verb). */
export function createLightVerbRewrite(derived: ReadonlyMap<string, string>): (text: string) => string {
  const { lightVerbsBase, lightVerbsPast, lightVerbsWithPossessive, possessiveDeterminers } =
    cueWords().lists;
  const possessives = new Set(possessiveDeterminers);
  const acting = new Set(lightVerbsWithPossessive);
  const all = [...lightVerbsBase, ...lightVerbsPast].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `\\b(${all.join('|')})\\s+(a|an|some|any|the|${possessiveDeterminers.join('|')})\\s+([a-z]+)\\b`,
    'gi',
  );
  const past = new Set(lightVerbsPast);
  return (text) =>
    // (Most questions have none of the light verbs: the pattern finds nothing and the text stands.)
    text.replace(pattern, (whole, light: string, determiner: string, noun: string, at: number) => {
      const verb = derived.get(noun.toLowerCase());
      if (!verb) return whole;
      // ("make its decision" is "decide"; "had their <water> closed" is no act of the noun's verb.)
      if (possessives.has(determiner.toLowerCase()) && !acting.has(light.toLowerCase())) return whole;
      // ("do"/"did" only as the verb of "who did the <noun>": elsewhere it is an auxiliary, "what did the <noun
      // made from a verb> <do>".)
      if (/^(?:do|did)$/i.test(light) && !/\bwho\s+$/i.test(text.slice(0, at))) return whole;
      return past.has(light.toLowerCase()) ? `did ${verb}` : verb;
    });
}
