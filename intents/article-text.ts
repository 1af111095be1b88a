import { cueWords } from '../src/engine/cue-words.js';
import { escapeRegExp } from '../src/engine/escape-reg-exp.js';
import type { Intent } from '../src/engine/intent.js';
import { MATCH } from '../src/engine/match-levels.js';
import type { ParsedQuestion } from '../src/nlp/parse-question.js';

const FIRST = new Set(['first', 'opening', 'beginning', 'top', 'intro', 'lead', 'lede']);
const LAST = new Set(['last', 'final', 'closing', 'ending', 'bottom']);
const PARTS = new Set(['sentence', 'line', 'paragraph', 'para', 'bit', 'part', 'word', 'words']);

/**
 * Whether a word for the article at `i` means the article, not someone's report or story ("the <board>'s final
 * report", "his story").
 */
function theArticle(q: ParsedQuestion, i: number): boolean {
  let k = i - 1;
  while (q.pos[k] === 'ADJ') k--;
  const before = q.normals[k] ?? '';
  return !(
    before === "'s" ||
    /^(?:his|her|their|its|our)$/.test(before) ||
    ['NOUN', 'PROPN'].includes(q.pos[k] ?? '')
  );
}

/** Which end of the article the question asks for, if it asks for one: its start or its end. */
function end(q: ParsedQuestion): 'first' | 'last' | undefined {
  if (!q.normals.some((w, i) => cueWords().articleNouns.has(w) && theArticle(q, i))) return undefined;
  // ("how does the article end", "what's the last line of the story", "the opening paragraph").
  const part = q.normals.some((w) => PARTS.has(w));
  if (q.normals.some((w) => LAST.has(w)) && part) return 'last';
  if (q.normals.some((w) => FIRST.has(w)) && part) return 'first';
  // (A verb of ending or starting whose subject is the article: not "how did the talks end".)
  const verb = (list: ReadonlySet<string>) =>
    q.lemmas.some(
      (l, i) =>
        (list.has(l) || list.has(q.normals[i] ?? '')) &&
        // (wink may tag it a noun straight after its subject: "how does the article end".)
        (q.pos[i] === 'VERB' || cueWords().articleNouns.has(q.normals[i - 1] ?? '')),
    );
  const named = q.mentions.some((m) => m.start >= 0);
  if (named) return undefined;
  if (verb(cueWords().endWords)) return 'last';
  if (verb(cueWords().startWords)) return 'first';
  return undefined;
}

/** "what does the article call <X>?", "how does it refer to <X>": the names it uses for something. */
function asksNaming(q: ParsedQuestion): boolean {
  const article = q.normals.findIndex((w) => cueWords().articleNouns.has(w));
  const verb = q.lemmas.findIndex((l, i) => i > article && (l === 'call' || l === 'refer' || l === 'name'));
  return (
    (q.wh === 'what' || q.wh === 'how') &&
    // (The question word first: "the article calls it a ___ step, what word" asks for one word of it.)
    q.normals.indexOf(q.wh) < article &&
    article >= 0 &&
    verb > article &&
    // (The thing named after the verb, or "it" standing for the conversation's thing; not one a noun before it
    // only qualifies: "the relationship between <A> and <B>" is not <A>.)
    q.mentions.some(
      (m) =>
        m.via === 'pronoun' ||
        (m.start > verb &&
          q.pos.slice(verb + 1, m.start).every((p, k) => p === 'DET' || q.normals[verb + 1 + k] === 'to')),
    )
  );
}

/** "what's the title of the article", "the story's headline": the article's own headline. */
function asksHeadline(q: ParsedQuestion): boolean {
  return (
    // (Not "who has the <honorific> title in the article": a person's title.)
    q.wh !== 'who' &&
    q.wh !== 'whose' &&
    q.normals.some((w) => w === 'title' || w === 'headline' || w === 'heading') &&
    q.normals.some((w, i) => cueWords().articleNouns.has(w) && theArticle(q, i)) &&
    !q.mentions.some((m) => m.start >= 0)
  );
}

/** The article's own words for a thing: its names (and, of an event, its words) found in the text. */
function namesUsed(text: string, names: readonly string[]): string[] {
  const found = names.filter((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(text));
  // (Each once, the longest: "<first> <last>" before "<last>" alone.)
  const kept = found.filter((n) => !found.some((o) => o !== n && o.includes(n)));
  return kept.sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

/** "How does the article end?", "what's its first line?": the article's own opening or closing, quoted. */
export const articleText: Intent = {
  id: 'article-text',
  draftSafe: true,
  wholeArticle: true,
  description: 'How the article starts or ends: its first or last sentence or paragraph, quoted.',
  examples: [
    'how does the article end',
    'what is the first sentence of the article',
    "what's the last line of the story",
    'how does the piece start?',
    'what does the final paragraph of the article say',
  ],
  counterExamples: ['how did the talks end', 'what is the article about?'],
  match(q) {
    if (asksNaming(q) || asksHeadline(q)) return MATCH.veryStrong;
    return end(q) ? MATCH.firm : 0;
  },
  answer(q, { store, triggers }) {
    if (asksHeadline(q)) {
      // (A title made up for an article with no headline is factdesk's, not the article's.)
      if (store.meta.titleNote)
        return {
          answered: false,
          text: `The article has no headline of its own (factdesk lists it as "${store.meta.title}").`,
          citations: [],
          confidence: 0.9,
        };
      const line = store.sentences.find((s) => s.text === store.meta.title);
      return {
        answered: true,
        text: `Its headline: "${store.meta.title}".`,
        citations: line ? [{ sentence: line.n, text: line.text }] : [],
        confidence: 0.9,
      };
    }
    if (asksNaming(q)) {
      const known = (id: string) => store.entities.has(id) || store.events.has(id);
      const asked =
        q.mentions.find((m) => m.start >= 0 && known(m.id)) ??
        q.mentions.find((m) => m.via === 'pronoun' && known(m.id));
      // ("the <city> talks": the place qualifies the noun after it, and the one event of that noun held there
      // is what is named.)
      const heldThere = asked
        ? (triggers.get(q.lemmas[asked.end + 1] ?? '') ?? []).filter(
            (id) => store.events.get(id)?.place?.entity === asked.id,
          )
        : [];
      const id = heldThere.length === 1 && heldThere[0] ? heldThere[0] : asked?.id;
      const thing = id ? (store.entities.get(id) ?? store.events.get(id)) : undefined;
      if (!thing) return undefined;
      // (A person by the names that hold their surname, not by their title.)
      const surname = 'pronoun' in thing ? thing.name.split(' ').at(-1) : undefined;
      const names = [...new Set([thing.name, ...thing.aliases])].filter(
        (n) => !surname || n.includes(surname),
      );
      const used = namesUsed(store.text, names);
      if (used.length === 0) return undefined;
      const sentences = store.sentences.filter((s) => used.some((u) => s.text.includes(u)));
      // ("what does the article call this engagement": what it calls it in so many words, the step it marks too.)
      const significance = 'significance' in thing ? thing.significance : undefined;
      const marked = significance ? ` It also calls it ${significance.text}.` : '';
      const cited = significance
        ? [...sentences, ...store.cite(significance.evidence).map((c) => ({ n: c.sentence, text: c.text }))]
        : sentences;
      return {
        answered: true,
        text: `The article calls ${'pronoun' in thing && thing.pronoun ? (thing.pronoun === 'he' ? 'him' : 'her') : 'it'} ${used.map((u) => `"${u}"`).join(' and ')}.${marked}`,
        citations: [...new Map(cited.map((s) => [s.n, s])).values()].map((s) => ({
          sentence: s.n,
          text: s.text,
        })),
        confidence: 0.85,
        focus: [thing.id],
      };
    }
    const which = end(q);
    if (!which) return undefined;
    const sentences = which === 'first' ? store.sentences : [...store.sentences].reverse();
    const first = sentences[0];
    if (!first) return undefined;
    // ("paragraph": all of it, in order.)
    const paragraph = q.normals.some((w) => w === 'paragraph' || w === 'para');
    const chosen = paragraph ? store.sentences.filter((s) => s.paragraph === first.paragraph) : [first];
    const verb = which === 'first' ? 'opens' : 'ends';
    return {
      answered: true,
      text: `The article ${verb}: ${chosen.map((s) => `"${s.text}"`).join(' ')}`,
      citations: chosen.map((s) => ({ sentence: s.n, text: s.text })),
      confidence: 0.9,
    };
  },
};
