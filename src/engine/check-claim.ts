import type { FactStore } from '../facts/fact-store.js';
import { findDataDir } from '../facts/load-facts.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import type { TokenSentence } from '../ingest/sentence-tokens.js';
import { countIn } from '../nlp/number-words.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';
import { loadAntonyms } from './antonyms.js';
import { cueWords } from './cue-words.js';
import type { IntentReply } from './intent.js';
import { plannedAt } from './planned-acts.js';
import { hasPhrase, offersOrderChoice, verbOrAfterName } from './question-cues.js';
import type { Grounding, SentenceIndex, Term } from './sentence-index.js';
import { unstatedStanding } from './standing-claim.js';

/** What a slot check returns when the sentence neither confirms nor contradicts who is in the slot. */
const UNSURE = 'unsure';
/** Words that claim an order between two things. */
const ORDER_CLAIMED: ReadonlySet<string> = new Set([
  'before',
  'after',
  'earlier',
  'later',
  'prior',
  'preceded',
  'followed',
]);

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

export type ClaimChecker = (q: ParsedQuestion) => IntentReply | undefined;

/** Builds the checker over an article's sentence index. */
const LOCATIVE = new Set(['in', 'at']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/**
 * The "<M> of (the ...) <N>" a sentence gives for the whole <N> a claim names with "all" (or with no other
 * number), as "19 of 24"; undefined when the sentence gives the whole.
 */
/** Words that open a clause of what is only supposed ("if the ruling is upheld"). */
const CONDITION_WORDS = new Set(['if', 'unless', 'whether']);

/** Whether token p stands in a clause opened by a word of condition, with no stop between them. */
function insideCondition(tokens: readonly { normal: string }[], p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 8; k--) {
    const w = tokens[k]?.normal ?? '';
    if (CONDITION_WORDS.has(w)) return true;
    if (/^[,;:.!?]$/.test(w)) return false;
  }
  return false;
}

/** A share short of the whole a sentence gives ("34 percent"), if any. */
function shareIn(tokens: readonly { normal: string; raw: string }[]): string | undefined {
  const at = tokens.findIndex(
    (t, k) =>
      /^\d+(?:\.\d+)?$/.test(t.normal) &&
      Number(t.normal) < 100 &&
      /^(?:percent|per cent|%)$/.test(tokens[k + 1]?.normal ?? ''),
  );
  const n = tokens[at];
  return n ? `${n.raw} ${tokens[at + 1]?.raw === '%' ? 'percent' : (tokens[at + 1]?.raw ?? '')}` : undefined;
}

function partOfWhole(
  q: ParsedQuestion,
  tokens: readonly { normal: string; pos: string }[],
): string | undefined {
  const claimed = q.normals.filter((w) => /^\d[\d,.]*$/.test(w));
  if (claimed.length !== 1 || !q.normals.includes('all')) return undefined;
  const whole = claimed[0];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.normal !== whole) continue;
    // "<M> of the agreement's <N>": "of" within four words before the whole, a number just before "of".
    for (let j = k - 1; j >= Math.max(1, k - 4); j--)
      if (tokens[j]?.normal === 'of' && /^\d[\d,.]*$/.test(tokens[j - 1]?.normal ?? ''))
        return `${tokens[j - 1]?.normal} of ${whole}`;
  }
  return undefined;
}

/** Modals that, before "have", say what did not happen ("should have been", "could have gone"). */
const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['should', 'would', 'could', 'might', 'ought']);

/**
 * A figurative phrase of the sentence ("war of words") whose head alone holds a word the claim matched ("is there
 * a war"), when the claim does not say the phrase: the thing itself is not what the article reports.
 */
function figurativeOnly(
  q: ParsedQuestion,
  tokens: readonly { normal: string }[],
  matched: readonly number[],
): string | undefined {
  const asked = ` ${q.normals.join(' ')} `;
  for (const phrase of cueWords().lists.figurativePhrases) {
    const words = phrase.split(' ');
    const head = words.includes('of') ? 0 : words.length - 1;
    for (let k = 0; k + words.length <= tokens.length; k++) {
      if (!words.every((w, j) => tokens[k + j]?.normal === w)) continue;
      if (matched.includes(k + head) && !asked.includes(` ${phrase} `)) return phrase;
    }
  }
  return undefined;
}

export function createClaimChecker(index: SentenceIndex, store: FactStore): ClaimChecker {
  const opposite = new Map<string, Set<string>>();
  for (const [a, b] of loadAntonyms(findDataDir())) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const k = index.key(x);
      opposite.set(k, new Set([...(opposite.get(k) ?? []), index.key(y)]));
    }
  }
  // The opposites a question's own words have: a word of a pair as typed, or its lemma, but not a plural noun
  // whose stem a pair shares ("officials" is no "official", the opposite of "alleged").
  const antonymWords = new Set(loadAntonyms(findDataDir()).flat());
  const NONE: ReadonlyMap<string, ReadonlySet<string>> = new Map();
  const oppositesFor = (q: ParsedQuestion): ReadonlyMap<string, ReadonlySet<string>> => {
    const found = new Map<string, ReadonlySet<string>>();
    q.normals.forEach((w, i) => {
      const lemma = q.lemmas[i] ?? '';
      const word = antonymWords.has(w)
        ? w
        : antonymWords.has(lemma) && !(q.pos[i] === 'NOUN' && w !== lemma)
          ? lemma
          : undefined;
      const set = word && opposite.get(index.key(word));
      if (word && set) found.set(index.key(word), set);
    });
    return found.size > 0 ? found : NONE;
  };
  const quote = (sentences: TokenSentence[]) => sentences.map((s) => s.sentence.text).join(' ');
  const verdict = (word: 'Yes' | 'No', g: Grounding, why = ''): IntentReply => {
    const sentences = index.unitSentences(g);
    // "Not everyone on <the body> backed it." is followed by who did not: that sentence is the rest of the answer.
    const [only] = sentences;
    const next =
      word === 'No' &&
      sentences.length === 1 &&
      only &&
      /^Not (everyone|everybody|all|every)\b/i.test(only.sentence.text)
        ? index.sentences[only.sentence.n]
        : undefined;
    if (next) sentences.push(next);
    return {
      answered: true,
      text: `${word}${why ? `, ${why}` : ''}. The article: "${quote(sentences)}"`,
      verdict: word === 'Yes' ? 'yes' : 'no',
      citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
      confidence: word === 'Yes' ? 0.6 : 0.7,
    };
  };

  const kindClass = (id: string) => {
    const kind = store.entities.get(id)?.kind;
    return kind === 'place' || kind === 'country' ? 'place' : kind;
  };
  /**
   * The entity next to the claim's verb in the sentence, where the claim puts another one: "Did <A> visit
   * <B>?" against "a visit to <C> by <A>", or "Did <A> down a <B> drone?" against "the <B> downing of a
   * <A> drone". Sides are compared as the voices say: "by <X>" after a verb names who did it.
   */
  const slotConflict = (q: ParsedQuestion, terms: readonly Term[], g: Grounding): string | undefined => {
    // The claim's verb, or the word right after its subject ("Did <A> visit <B>?", read as a noun at times).
    const subjectEnd = q.mentions[0]?.end ?? -2;
    const verbIndex = terms.findIndex((t) => t.verb);
    const verbAt = verbIndex >= 0 ? verbIndex : terms.findIndex((t) => t.at === subjectEnd + 1);
    const verb = terms[verbAt];
    if (!verb) return undefined;
    const units = g.units.map((u) => index.sentences[u]).filter((s) => s !== undefined);
    const tokens = units.flatMap((s) => s.tokens);
    const at = (g.lists[verbAt] ?? []).filter((p) => p >= 0);
    if (at.length !== 1) return undefined;
    const p = at[0] ?? 0;
    // Where each entity stands in the grounding sentences.
    // (Every entity a word names: a capital is its own place and the country it stands for.)
    const entityAt = new Map<number, string[]>();
    let offset = 0;
    for (const ts of units) {
      for (const e of store.facts.entities)
        for (const k of index.names(e.id, ts))
          entityAt.set(offset + k, [...(entityAt.get(offset + k) ?? []), e.id]);
      offset += ts.tokens.length;
    }
    // (Not "by": what follows it is who did it, another slot.)
    // (A comma for an appositive: "<title>, <name>, said".)
    const SKIP = /^(the|a|an|to|in|at|of|for|with|from|into|'s|alleged|then|former|,)$/;
    // The stretch next to the verb: articles, prepositions and names ("to <place>", "of an alleged <A>").
    const near = (from: number, step: 1 | -1) => {
      let k = from + step;
      for (let n = 0; n < 5 && k >= 0 && k < tokens.length; k += step, n++) {
        const t = tokens[k];
        if (!t || !(SKIP.test(t.normal) || /^\p{Lu}/u.test(t.raw) || entityAt.has(k))) break;
      }
      return k - step;
    };
    const passive = (list: readonly string[], v: number) => list[v + 1] === 'by' || list[v + 2] === 'by';
    const qWords = q.normals;
    const claimedAfter = q.mentions.find((m) => m.start > verb.at && m.start <= verb.at + 4)?.id;
    const claimedBefore = q.mentions.filter((m) => m.end < verb.at && m.end >= verb.at - 4).at(-1)?.id;
    const sWords = tokens.map((t) => t.normal);
    const flip = passive(qWords, verb.at) !== passive(sWords, p);
    // Nearest to the verb first.
    const found = (lo: number, hi: number) =>
      [...entityAt]
        .filter(([k]) => k >= lo && k <= hi)
        .sort(([a], [b]) => Math.abs(a - p) - Math.abs(b - p))
        .flatMap(([, ids]) => ids);
    const after = found(p + 1, near(p, 1));
    const before = found(near(p, -1), p - 1);
    // A person stands for their side: "did <country A> say X" against "<a person of country B> said X".
    const sideOf = (id: string) => store.entities.get(id)?.side ?? id;
    const check = (claimed: string | undefined, there: string[]) => {
      const standsFor = store.entities.get(claimed ?? '')?.standsFor;
      if (
        !claimed ||
        there.length === 0 ||
        there.some((id) => id === claimed || sideOf(id) === claimed || id === standsFor)
      )
        return undefined;
      const person = there.find((id) => kindClass(id) === 'person');
      // (Someone whose side the article does not give may or may not be of the claimed country.)
      if (person && kindClass(claimed) === 'place' && store.entities.get(claimed)?.kind === 'country')
        return sideOf(person) === person ? UNSURE : person;
      return there.find((id) => kindClass(id) === kindClass(claimed));
    };
    const name = (id: string | undefined) => {
      const e = store.entities.get(id ?? '');
      const side = e?.kind === 'person' && e.side ? store.entities.get(e.side)?.name : undefined;
      return `${e?.name ?? ''}${side ? ` (${side})` : ''}`;
    };
    const afterOther = check(claimedAfter, flip ? before : after);
    const beforeOther = check(claimedBefore, flip ? after : before);
    if (afterOther === UNSURE || beforeOther === UNSURE) return UNSURE;
    if (afterOther && afterOther === claimedBefore) return 'it was the other way round';
    if (afterOther) return `the article says ${name(afterOther)}, not ${name(claimedAfter)}`;
    if (beforeOther === claimedAfter && beforeOther) return 'it was the other way round';
    if (beforeOther) return `the article says ${name(beforeOther)}, not ${name(claimedBefore)}`;
    return undefined;
  };

  /**
   * "was it an advert for sunscreen?" of "an advertisement for an electric car": the one word of the claim the
   * sentence lacks is the object of a preposition whose noun before it the sentence has, with another object.
   * That object as the sentence gives it, and the word claimed; undefined when the sentence has none.
   */
  const otherObject = (
    q: ParsedQuestion,
    terms: readonly Term[],
    g: Grounding,
  ): { said: string; claimed: string } | undefined => {
    const [missing] = g.missingTerms;
    if (!missing || missing.verb || q.pos[missing.at] !== 'NOUN') return undefined;
    // ("for sunscreen", "for a bank": the preposition, maybe a determiner, then the noun.)
    let prep = missing.at - 1;
    while (/^(?:DET|ADJ)$/.test(q.pos[prep] ?? '')) prep--;
    if (!cueWords().objectPrepositions.has(q.normals[prep] ?? '')) return undefined;
    const head = terms.findIndex((t) => t.at === prep - 1 && !t.verb);
    const tokens = g.units.flatMap((u) => index.sentences[u]?.tokens ?? []);
    for (const p of (g.lists[head] ?? []).filter((x) => x >= 0)) {
      if (tokens[p + 1]?.normal !== q.normals[prep]) continue;
      let end = p + 2;
      while (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[end]?.pos ?? '') && end < p + 7) end++;
      const phrase = tokens.slice(p + 2, end);
      if (!phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
      const said = [tokens[p], tokens[p + 1], ...phrase].map((t) => t?.raw ?? '').join(' ');
      return { said, claimed: q.normals[missing.at] ?? '' };
    }
    return undefined;
  };

  /**
   * For a "Yes" from a sentence and the next, the claim's names stand in the sentence of its verb: "did <A>
   * say X" is not confirmed by "<A> did Y. <B> said X."
   */
  const namedWithVerb = (terms: readonly Term[], names: readonly string[], g: Grounding): boolean => {
    const [first, second] = g.units;
    const verbAt = terms.findIndex((t) => t.verb);
    // ("<A> met <B>. This meeting ...": the second sentence carries on the first; "Her counterpart ..." is
    // someone else.)
    const carriesOn = /^(this|that|these|those|it)$/.test(
      index.sentences[second ?? -1]?.tokens[0]?.normal ?? '',
    );
    if (second === undefined || first === undefined || carriesOn) return true;
    const shift = index.sentences[first]?.tokens.length ?? 0;
    const sentenceOf = (p: number) => (p >= shift ? 1 : 0);
    // ("the <body>'s <title> is <A>": with no verb, what is said of a name must be in its sentence, not in the
    // one beside it.)
    if (verbAt < 0) {
      const heldIn = (list: readonly number[] | undefined) =>
        new Set<number>((list ?? []).filter((p) => p >= 0).map(sentenceOf));
      const needed = [
        ...terms.flatMap((t, k) => (t.optional ? [] : [heldIn(g.lists[k])])),
        ...names.map((_id, k) => heldIn(g.lists[terms.length + k])),
      ];
      return [0, 1].some((unit) => needed.every((held) => held.size === 0 || held.has(unit)));
    }
    const verbIn = new Set((g.lists[verbAt] ?? []).filter((p) => p >= 0).map(sentenceOf));
    return names.every((_id, k) =>
      (g.lists[terms.length + k] ?? []).some((p) => p < 0 || verbIn.has(sentenceOf(p))),
    );
  };

  /**
   * "is <A> going to appeal?": a sentence with every word of the claim, its verb after "would", "will" or "plans
   * to", reports the act as planned, which is all the article can say of it. The claim's "will" is no word to find.
   */
  const plannedAct = (q: ParsedQuestion): IntentReply | undefined => {
    const { terms, ranked } = index.ground(q, { missingNames: 0, missingVerbs: 1, claim: true });
    // ("going to <verb>": "going" is how the claim looks ahead, no act of its own.)
    const going = (t: Term) => q.normals[t.at] === 'going' && q.normals[t.at + 1] === 'to';
    const best = ranked.find((c) => c.missingTerms.every(going));
    if (!best || best.missingNames.length > 0) return undefined;
    const sentences = index.unitSentences(best);
    const tokens = sentences.flatMap((s) => s.tokens);
    // (The act is the word found as a verb there: "will <A> appeal" may be read with "appeal" a noun.)
    const acts = terms.flatMap((t, k) => (t.optional || going(t) ? [] : (best.lists[k] ?? [])));
    const planned = acts.some((p) => tokens[p]?.pos === 'VERB' && plannedAt(tokens, p));
    if (!planned) return undefined;
    return {
      answered: true,
      text: `The article reports it as planned, not done: "${quote(sentences)}"`,
      citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
      confidence: 0.6,
    };
  };

  return (q) => {
    // ("does <A> speak <demonym>?": a language, which no sentence's word for the country or its talks settles.)
    if (
      q.lemmas.some(
        (l, i) =>
          cueWords().languageVerbs.has(l) &&
          q.mentions.some((m) => m.start === i + 1 && store.entities.get(m.id)?.kind === 'country'),
      )
    )
      return undefined;
    // A claim about what will happen is not settled by what the article reports ("will <A> meet <B> soon?"),
    // unless the article reports it as planned: "is <A> going to appeal" of "<A> would appeal to <a court>".
    if (
      q.normals.some(
        (w, i) =>
          w === 'will' ||
          w === 'gonna' ||
          (w === 'going' && q.normals[i + 1] === 'to' && q.pos[i + 2] === 'VERB'),
      )
    )
      return plannedAct(q);
    // "was <A> before or after <B>?" asks which came first: no sentence holding both says "yes" to it.
    if (offersOrderChoice(q)) return undefined;
    const { terms, names, ranked } = index.ground(q, {
      pairs: true,
      missingNames: 1,
      missingVerbs: 1,
      opposites: oppositesFor(q),
      claim: true,
    });
    // "Is this the first round of the <wording the article does not use> talks?": an ordinal claim is about
    // the ordinal, so one other word of it may be missing when the sentence gives another.
    const claimedOrdinal = q.normals.find((w) => ORDINALS.includes(w));
    const loose =
      claimedOrdinal && (ranked[0]?.missingTerms.length ?? 1) > 0
        ? index.ground(q, { pairs: true, missingNames: 0, missingOthers: 1, claim: true }).ranked[0]
        : undefined;
    // Of equally grounded sentences, one that gives an ordinal answers an ordinal claim.
    const fewest = ranked[0]?.missingTerms.length ?? 0;
    // (The ordinal of the same thing: "the fourth round" for "the first round", not "the third attempt".)
    const counted = index.key(q.lemmas[q.normals.indexOf(claimedOrdinal ?? '') + 1] ?? '');
    const ordinalOf = (tokens: readonly { normal: string; lemma: string }[]) =>
      tokens.find((t, k) => ORDINALS.includes(t.normal) && index.key(tokens[k + 1]?.lemma ?? '') === counted)
        ?.normal;
    // "Is this the ... round": "this" is what the article reports, which a news article states first.
    const first = (a: Grounding, b: Grounding) =>
      q.normals.includes('this') ? (a.units[0] ?? 0) - (b.units[0] ?? 0) : 0;
    // (Looked for only when an ordinal is claimed: most claims have none.)
    const withOrdinal = () =>
      ranked
        .filter((g) => g.missingTerms.length === fewest)
        .filter((g) => ordinalOf(index.unitSentences(g).flatMap((s) => s.tokens)))
        .sort(first)[0];
    const best = loose?.missingTerms.every((t) => !ORDINALS.includes(q.normals[t.at] ?? ''))
      ? loose
      : ((claimedOrdinal ? withOrdinal() : undefined) ?? ranked[0]);
    // ("was anyone hurt?": one word of act, of anyone at all, which only "nobody was hurt" settles, with a "No".)
    const anyoneAsked =
      !q.negated &&
      q.normals.some((w) => /^(?:anyone|anybody|someone|somebody)$/.test(w)) &&
      terms.length === 1;
    // ("was it an advert for sunscreen": one noun of the claim missing where the sentence has another.)
    if (!q.negated && terms.length >= 3 && (!best || best.missingTerms.length > 0)) {
      const near = index
        .ground(q, { pairs: true, missingNames: 0, missingOthers: 1, claim: true })
        .ranked.find((g) => g.missingTerms.length === 1 && g.missingNames.length === 0);
      const other = near ? otherObject(q, terms, near) : undefined;
      if (near && other)
        return { ...verdict('No', near, `the article says "${other.said}"`), workedOut: [other.claimed] };
    }
    if (!best || (terms.length + names.length < 2 && !anyoneAsked)) return undefined;
    const sentences = index.unitSentences(best);
    // (An event named in the claim must be one the sentence reports: "were the <city> talks between <A> and <B>"
    // is not settled by another sentence that has <A>, <B> and "between".)
    const quoted = sentences.map((s) => s.sentence.text).join(' ');
    const namedEvents = q.mentions.flatMap((m) => (m.via === 'name' ? (store.events.get(m.id) ?? []) : []));
    if (namedEvents.some((e) => !e.evidence.some((ev) => quoted.includes(ev)))) return undefined;
    const tokens = sentences.flatMap((s) => s.tokens);
    // Another ordinal than the one claimed: "the first round" of an article's "fourth round".
    const statedOrdinal = claimedOrdinal ? ordinalOf(tokens) : undefined;
    if (claimedOrdinal && statedOrdinal && claimedOrdinal !== statedOrdinal && best.missingNames.length === 0)
      return verdict('No', best, `the article says ${statedOrdinal}`);
    // An ordinal or number claimed must be in the sentence for a "Yes".
    const unstated = terms.some(
      (t) =>
        t.optional &&
        (ORDINALS.includes(q.normals[t.at] ?? '') || /^\d/.test(q.normals[t.at] ?? '')) &&
        best.lists[terms.indexOf(t)]?.length === 0,
    );
    // The tokens of the grounding's own sentences, which its positions count in.
    const unitTokens = best.units.flatMap((u) => index.sentences[u]?.tokens ?? []);
    // The opposite of a word of the claim: "grant" against "rejected", "unanimous" against a 2-1 split.
    // (Of what someone said, only where they are named in their own right: "<A>-<B> relations" names no one
    // who said anything.)
    if (best.opposed.length > 0 && best.missingNames.length === 0 && best.missingTerms.length === 0) {
      const sayer = q.lemmas.some((l) => cueWords().claimSayingVerbs.has(l));
      const inCompound = (p: number) => unitTokens[p - 1]?.raw === '-' || unitTokens[p + 1]?.raw === '-';
      const namedAlone = names.every((_id, k) =>
        (best.lists[terms.length + k] ?? []).some((p) => p >= 0 && !inCompound(p)),
      );
      return !sayer || namedAlone ? verdict('No', best) : undefined;
    }
    // Someone else in the place of the one named: "Did <A> build it?" where the article says <B> did.
    // (Of an act, or of a place: "is <A> a dr?" is not answered by "<B>" being one.)
    const actFound = terms.some((_t, k) =>
      (best.lists[k] ?? []).some((p) => p >= 0 && unitTokens[p]?.pos === 'VERB'),
    );
    const missingKind = store.entities.get(best.missingNames[0] ?? '')?.kind;
    // ("did it happen at the <a body's building>": a body named where a place goes is no one in another's place.)
    const missingAt = q.mentions.find((m) => m.id === best.missingNames[0])?.start ?? -1;
    const asPlace =
      missingKind !== 'place' &&
      ['at', 'in', 'inside'].includes(q.normals[missingAt - (q.pos[missingAt - 1] === 'DET' ? 2 : 1)] ?? '');
    if (asPlace) return undefined;
    if (
      best.missingNames.length === 1 &&
      best.missingTerms.length === 0 &&
      (actFound || missingKind === 'place')
    ) {
      const kind = store.entities.get(best.missingNames[0] ?? '')?.kind;
      const text = quote(sentences);
      const other = store.facts.entities.find(
        (e) =>
          e.id !== best.missingNames[0] &&
          (e.kind === kind || (kind !== 'place' && e.kind === 'person')) &&
          !names.includes(e.id) &&
          [e.name, ...e.aliases].some((a) => a.length > 2 && text.includes(a)),
      );
      return other ? verdict('No', best, `the article names ${other.name}`) : undefined;
    }
    if (best.missingNames.length > 0 || best.missingTerms.length > 0) return undefined;
    // A negation in the sentence near the claim's words, and none in the claim.
    const matched = best.lists.flat().filter((p) => p >= 0);
    // (Positions count in the grounding's own sentences, not in the one a "Her counterpart ..." sentence
    // leans on and is quoted with.)
    const possessive = (p: number) =>
      POSSESSIVES.has(unitTokens[p]?.normal ?? '') && /^(NOUN|ADJ|PROPN)$/.test(unitTokens[p + 1]?.pos ?? '');
    const negated = unitTokens.some(
      (t, k) => cueWords().negators.has(t.normal) && matched.some((p) => p > k && p - k <= 4),
    );
    // A verdict is about the claim's names only where the sentence of its verb names them, and not as a
    // possessive: "..., she said. Her counterpart, <B>, left without speaking" says nothing of whether she spoke.
    const namedOwn =
      names.every((_id, k) => (best.lists[terms.length + k] ?? []).some((p) => p >= 0 && !possessive(p))) &&
      namedWithVerb(terms, names, best);
    // (Of anyone, only a negation of anyone: "nobody was hurt", not "no dead fish were found".)
    const nobody = unitTokens.some(
      (t, k) =>
        (t.normal === 'nobody' || (t.normal === 'no' && unitTokens[k + 1]?.normal === 'one')) &&
        // ("nobody else was hurt": someone was.)
        unitTokens[k + (t.normal === 'nobody' ? 1 : 2)]?.normal !== 'else' &&
        matched.some((p) => p > k && p - k <= 4),
    );
    if (anyoneAsked) return nobody ? verdict('No', best) : undefined;
    if (negated !== q.negated) return q.negated || !namedOwn ? undefined : verdict('No', best);
    // ("did <A> appeal?" of "<A> has two months to decide whether to appeal": a choice still open, not made.)
    const undecided = terms.some((t, k) => {
      const at = (best.lists[k] ?? []).filter((p) => p > 1);
      return (
        !t.optional &&
        at.length > 0 &&
        at.every((p) => unitTokens[p - 1]?.normal === 'to' && unitTokens[p - 2]?.normal === 'whether')
      );
    });
    if (undecided && !q.negated)
      return {
        answered: true,
        text: `No, not as of the article: it reports that still to be decided. The article: "${quote(sentences)}"`,
        verdict: 'no',
        citations: sentences.map((x) => ({ sentence: x.sentence.n, text: x.sentence.text })),
        confidence: 0.6,
      };
    // "to prevent conflict" says what was meant, not what happened: a claimed verb the sentence has only as an
    // infinitive ("did the talks prevent conflict?") is not confirmed by it.
    const intendedOnly = terms.some((t, k) => {
      const at = (best.lists[k] ?? []).filter((p) => p > 0);
      return (
        t.verb &&
        q.normals[t.at - 1] !== 'to' &&
        // ("a step towards resuming <X>", "part of resuming <X>": the claim too is of an aim, not a deed.)
        !(/ing$/.test(q.normals[t.at] ?? '') && /^(?:towards?|of|in|for)$/.test(q.normals[t.at - 1] ?? '')) &&
        at.length > 0 &&
        at.every((p) => unitTokens[p - 1]?.normal === 'to')
      );
    });
    if (intendedOnly) {
      // ("are <ties> being resumed?" of "a step in the ongoing effort to resume <ties>": sought, not yet done, which
      // is what the article can say of it.)
      const sought = terms.some((t, k) =>
        (best.lists[k] ?? []).some(
          (p) =>
            t.verb &&
            unitTokens[p - 1]?.normal === 'to' &&
            [unitTokens[p - 2], unitTokens[p - 3]].some((x) => cueWords().effortNouns.has(x?.normal ?? '')),
        ),
      );
      return sought && !q.negated
        ? {
            answered: true,
            text: `The article reports it as an effort under way, not as done: "${quote(sentences)}"`,
            citations: sentences.map((s) => ({ sentence: s.sentence.n, text: s.sentence.text })),
            confidence: 0.55,
          }
        : undefined;
    }
    const swapped = slotConflict(q, terms, best);
    if (swapped === UNSURE) return undefined;
    if (swapped) return verdict('No', best, swapped);
    // "were the talks in <a country>?": a sentence naming that country as a party does not put them there; nor
    // does "<a body>'s officials said" put them "at the <body>".
    const misplaced = names.some((id, k) => {
      const m = q.mentions.find((x) => x.id === id);
      const kind = store.entities.get(id)?.kind;
      const before = q.normals[m ? m.start - (q.pos[m.start - 1] === 'DET' ? 2 : 1) : -1] ?? '';
      if (!m || !LOCATIVE.has(before) || kind === 'person') return false;
      const at = (best.lists[terms.length + k] ?? []).filter((p) => p >= 0);
      return !at.some((p) =>
        LOCATIVE.has(unitTokens[p - (unitTokens[p - 1]?.pos === 'DET' ? 2 : 1)]?.normal ?? ''),
      );
    });
    if (misplaced) return undefined;
    // ("has <A> been to <a country>?": a visit, which a sentence naming both without going anywhere does not make.)
    const beenTo = q.normals.some((w, i) => w === 'been' && q.normals[i + 1] === 'to');
    if (beenTo && !unitTokens.some((t) => cueWords().motionWords.has(t.lemma))) return undefined;
    // "did <A> say <X>?": a sentence that reports <X> without anyone saying it does not confirm the saying.
    const { claimSayingVerbs, lists } = cueWords();
    // (The word as typed too: a synonym table may have made "comment" a "statement".)
    // (Or right after whoever is named, whatever wink tags it: "does <A> claim <B>".)
    const claimsSaying = q.lemmas.some(
      (l, i) =>
        verbOrAfterName(q, i) && (claimSayingVerbs.has(l) || claimSayingVerbs.has(q.normals[i] ?? '')),
    );
    // (A verb of saying or thinking: "territorial claims" says nothing.)
    // (Or a word of claiming straight after a name, whatever wink tags it: "<A capital> claims ...".)
    const saying = (t: { normal: string; lemma: string; pos: string; raw: string }, k: number) =>
      t.pos === 'VERB'
        ? claimSayingVerbs.has(t.lemma) ||
          lists.sayWords.includes(t.lemma) ||
          lists.sayWords.includes(t.normal)
        : /^\p{Lu}/u.test(unitTokens[k - 1]?.raw ?? '') &&
          /^(?:DET|PROPN)$/.test(unitTokens[k + 1]?.pos ?? '') &&
          claimSayingVerbs.has(t.normal.replace(/s$/, ''));
    if (claimsSaying && !unitTokens.some(saying)) return undefined;
    // "did they close all 24 chapters?" of "closed 19 of the agreement's 24 chapters": a part, not the whole.
    const part = partOfWhole(q, unitTokens);
    if (part) return verdict('No', best, `the article says ${part}`);
    // ("is <A> fully owned by <B>?" of "<B> owns 34 percent of <A>": a share, not the whole; "does <B> own <A>"
    // is so only in part.)
    const share = q.lemmas.some((l) => l === 'own' || l === 'owner') ? shareIn(unitTokens) : undefined;
    if (share && q.normals.some((w) => cueWords().wholeWords.has(w)))
      return verdict('No', best, `the article says ${share}`);
    if (share) return verdict('Yes', best, `${share}`);
    // ("did all the parties join?": a sentence about one of them, or about joining at all, is no "Yes".)
    const { universalWords } = cueWords();
    // ("postponed three times?" of "two postponements": a count claimed must be in the sentence, in figures or words.)
    const otherAmount = namedOwn ? amountInstead(q, unitTokens) : undefined;
    if (otherAmount) return verdict('No', best, `the article says ${otherAmount}`);
    const counts = q.normals.map(countIn).filter((v): v is number => v !== undefined && v > 1);
    const given = new Set(unitTokens.map((t) => countIn(t.normal)));
    if (counts.some((v) => !given.has(v))) return undefined;
    // (Not "at all": "did <A> mention <X> at all".)
    const universal = q.normals.some((w, i) => universalWords.has(w) && q.normals[i - 1] !== 'at');
    if (universal && !unitTokens.some((t) => universalWords.has(t.normal))) return undefined;
    // ("are <A> and <B> ok?": how they get on, which a sentence of what they did does not say.)
    if (unstatedStanding(q, unitTokens.map((t) => t.normal).join(' '))) return undefined;
    // ("was the meeting in person?" of "in a video call, <A> met <B>": a meeting at a distance is no "Yes".)
    const remote = unitTokens.find((t) => cueWords().remoteWords.has(t.normal));
    if (remote && cueWords().lists.inPersonPhrases.some((p) => hasPhrase(q, p)))
      return verdict(
        'No',
        best,
        `the article speaks of a ${remote.normal} ${unitTokens[unitTokens.indexOf(remote) + 1]?.normal ?? ''}`.trimEnd(),
      );
    const figure = figurativeOnly(q, unitTokens, matched);
    if (figure) return verdict('No', best, `the article speaks of a "${figure}"`);
    // ("was the second <X> found before the first one?": an order claimed, which sentences holding the rest but no
    // word of order do not bear out either way.)
    const ordered = q.normals.some((w) => ORDER_CLAIMED.has(w));
    if (ordered && !unitTokens.some((t) => ORDER_CLAIMED.has(t.normal))) return undefined;
    // ("is <X> only for <A>?" of "<someone> said only <A> should have been <X>": what should have been was not,
    // and what someone wishes is no fact either way.)
    const counterfactual = (words: readonly string[]) =>
      words.some((w, k) => COUNTERFACTUAL_MODALS.has(w) && words[k + 1] === 'have');
    if (counterfactual(unitTokens.map((t) => t.normal)) && !counterfactual(q.normals)) return undefined;
    if (outsideOwnStretch(terms, names, best)) return undefined;
    // ("was the ruling upheld?" of "if the ruling is upheld, ...": an act supposed, which has not happened.)
    const actAt = terms.findIndex((t) => t.verb && !t.optional);
    const supposed = (best.lists[actAt] ?? []).some((p) => p >= 0 && insideCondition(unitTokens, p));
    if (actAt >= 0 && supposed && !q.normals.some((w) => CONDITION_WORDS.has(w))) return undefined;
    if (objectPastClause(q, terms, best, unitTokens)) return undefined;
    return unstated || !namedOwn ? undefined : verdict('Yes', best);
  };

  /**
   * "was <A> ordered to pay 5 million euros?" of "... to pay 3 million euros": the sentence's own amount of the unit
   * claimed (the word after the figure and any scale word), when it gives another figure of it or another currency.
   */
  function amountInstead(
    q: ParsedQuestion,
    unitTokens: readonly { normal: string; pos: string }[],
  ): string | undefined {
    const { currencies, numberScales } = loadGazetteer();
    const unitAfter = (words: readonly string[], at: number) => {
      let k = at + 1;
      // (Past a word that scales the figure: "3 million euros".)
      while (numberScales.has(words[k] ?? '')) k++;
      return { unit: words[k], end: k };
    };
    // (A count in words too, "three <things>" of "two <things>"; not "one", which is as often no count.)
    const figure = (w: string) => /^\d/.test(w) || (countIn(w) ?? 0) > 1;
    // (The nouns just after a count, past describing words: "three warning letters" counts letters.)
    const nounsAfter = (words: readonly string[], pos: readonly string[], at: number) =>
      words.slice(at + 1, at + 4).filter((_w, k) => pos[at + 1 + k] === 'NOUN');
    const words = unitTokens.map((t) => t.normal);
    const tags = unitTokens.map((t) => t.pos);
    for (const [i, w] of q.normals.entries()) {
      if (!figure(w)) continue;
      const claimed = unitAfter(q.normals, i);
      if (!claimed.unit || !/^\p{L}{3,}$/u.test(claimed.unit)) continue;
      const claimedPhrase = q.normals.slice(i, claimed.end + 1).join(' ');
      // (Not where the sentence gives the figure claimed too: "rose to <B> from <A>" bears out <A>, and "19 of its
      // 24 chapters" gives 19 of them.)
      if (words.join(' ').includes(claimedPhrase)) continue;
      const value = countIn(w);
      const figureGiven =
        words.includes(w) || (value !== undefined && words.some((x) => countIn(x) === value));
      const counted = /^\d/.test(w) ? [] : nounsAfter(q.normals, q.pos, i);
      for (const [k, x] of words.entries()) {
        if (!figure(x)) continue;
        const given = unitAfter(words, k);
        // (A count in words is shown to the noun it counts: "two private hospitals".)
        const nounAt = tags.findIndex((t, j) => j > k && j <= k + 3 && t === 'NOUN');
        const phrase = words.slice(k, (/^\d/.test(x) || nounAt < 0 ? given.end : nounAt) + 1).join(' ');
        // (Or the same figure in another currency: "3 million dollars" of "3 million euros".)
        const otherCurrency =
          given.unit !== claimed.unit &&
          currencies.has(given.unit ?? '') &&
          currencies.has(claimed.unit) &&
          currencies.get(given.unit ?? '') !== currencies.get(claimed.unit);
        if ((given.unit === claimed.unit && phrase !== claimedPhrase && !figureGiven) || otherCurrency)
          return phrase;
        // (A count in words of the same things: "three private hospitals" of "two private hospitals".)
        const things = nounsAfter(words, tags, k);
        if (!/^\d/.test(x) && !figureGiven && counted.some((n) => things.includes(n))) return phrase;
      }
    }
    return undefined;
  }

  /**
   * "did <A> stop the <X> stuff?" of "<A> halted the dialogue after a <X> was seized": what the claim's verb acts
   * on is found only past a word opening another clause, where it is no object of that verb.
   */
  function objectPastClause(
    q: ParsedQuestion,
    terms: readonly Term[],
    g: Grounding,
    unitTokens: readonly { normal: string }[],
  ): boolean {
    const vk = terms.findIndex((t) => t.verb && !t.optional);
    const verb = terms[vk];
    if (!verb) return false;
    const ok = terms.findIndex(
      (t, k) =>
        k > vk &&
        !t.optional &&
        !t.verb &&
        t.at <= verb.at + 4 &&
        /^(?:NOUN|PROPN|ADJ)$/.test(q.pos[t.at] ?? ''),
    );
    const verbAt = (g.lists[vk] ?? []).filter((p) => p >= 0);
    const objectAt = (g.lists[ok] ?? []).filter((p) => p >= 0);
    if (ok < 0 || verbAt.length === 0 || objectAt.length === 0) return false;
    const { subordinators } = cueWords();
    return objectAt.every((o) =>
      verbAt.every((v) => o > v && unitTokens.slice(v + 1, o).some((t) => subordinators.has(t.normal))),
    );
  }

  /**
   * "is <A> the head of <X>?" of "<B>, the deputy head of <X>, met <A>, who heads <Y>": what a claim says of the one
   * person it names must be said in that person's stretch of the sentence, from the comma or name before theirs to
   * the next person named, not of someone beside them.
   */
  function outsideOwnStretch(terms: readonly Term[], names: readonly string[], g: Grounding): boolean {
    const people = names.filter((id) => store.entities.get(id)?.kind === 'person');
    if (people.length !== 1 || names.length !== 1 || g.units.length !== 1) return false;
    const ts = index.sentences[g.units[0] ?? -1];
    if (!ts) return false;
    const own = (g.lists[terms.length] ?? []).filter((p) => p >= 0);
    if (own.length === 0) return false;
    // Where anyone else is named.
    const others = store.facts.entities
      .filter((e) => e.kind === 'person' && e.id !== people[0])
      .flatMap((e) => index.names(e.id, ts));
    if (others.length === 0) return false;
    const inStretch = (p: number) =>
      own.some((n) => {
        const lo = Math.min(n, p);
        const hi = Math.max(n, p);
        // (Before the name, only as far as a comma: "<title> <A>" is theirs, "<B>, ..., held talks with <A>" is not.)
        if (p < n && ts.tokens.slice(lo, hi).some((t) => t.normal === ',')) return false;
        return !others.some((o) => o > lo && o < hi);
      });
    return terms.some((t, k) => !t.optional && !(g.lists[k] ?? []).some((p) => p < 0 || inStretch(p)));
  }
}
