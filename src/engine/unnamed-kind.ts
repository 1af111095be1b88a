/**
 * "which <things>" asks for the things by name. A sentence that has the word for them only as a kind ("three
 * language degrees", "hospitals in <a country>", "the island") names none of them, however well it holds the
 * rest of the question: quoting it would look like an answer.
 */
import type { Token, TokenSentence } from '../ingest/sentence-tokens.js';
import type { ParsedQuestion } from '../nlp/parse-question.js';

/** Words after the noun that place the kind, not name its members: "hospitals in <A> and <B>". */
const PLACING = new Set(['in', 'from', 'across', 'around', 'throughout', 'of']);
/** Words after the noun that introduce its members: "degrees such as ...", "hospitals including ...". */
const LISTING = new Set(['such', 'including', 'include', 'includes', 'like', 'namely', ':', '—', '–']);

/** The head noun of the phrase after "which", and whether it is plural, or undefined. */
function askedKind(q: ParsedQuestion): { lemma: string; plural: boolean } | undefined {
  const whichAt = q.normals.indexOf('which');
  if (whichAt < 0) return undefined;
  let head = -1;
  for (let k = whichAt + 1; k < q.normals.length && /^(NOUN|ADJ|NUM|PROPN)$/.test(q.pos[k] ?? ''); k++) {
    // ("which company sponsors the race": a verb wink tags a noun, its object after it, ends the kind.)
    if (head >= 0 && /^(?:DET|ADP|PRON)$/.test(q.pos[k + 1] ?? '')) break;
    if (q.pos[k] === 'NOUN') head = k;
  }
  const word = q.normals[head];
  const lemma = q.lemmas[head];
  if (!word || !lemma) return undefined;
  const plural = word !== lemma && word.endsWith('s');
  // ("which group's application": the owner asked of, which other readings answer.)
  if (!plural && q.normals[head + 1] === "'s") return undefined;
  return { lemma, plural };
}

/**
 * Whether the noun at `at` is one of a kind its own country or region qualifies, not a named one: "a French court".
 * (A bare "a barge that ran aground" may be the one another sentence names, "<Name>, a 110-metre barge".)
 */
function indefinite(tokens: readonly Token[], at: number): boolean {
  let qualified = false;
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const t = tokens[k];
    if (t?.normal === 'a' || t?.normal === 'an') return qualified;
    // (A place joined by a hyphen qualifies it too: "a <city>-based bank".)
    if (t?.raw === '-') continue;
    if (!/^(?:ADJ|NOUN|PROPN|VERB)$/.test(t?.pos ?? '')) return false;
    if (/^\p{Lu}/u.test(t?.raw ?? '')) qualified = true;
  }
  return false;
}

/** Whether a name stands near the token at `at`, other than one that only places it. */
function namedNear(tokens: readonly Token[], at: number, asked: ReadonlySet<string>): boolean {
  const isName = (t: Token | undefined) => t?.pos === 'PROPN' && !asked.has(t.normal.slice(0, 4));
  if (tokens.slice(Math.max(0, at - 2), at).some(isName)) return true;
  // (Members listed a few words on: "the programmes to be closed include ...".)
  if (tokens.slice(at + 1, at + 6).some((t) => LISTING.has(t.normal))) return true;
  // ("the villages of <A>, <B> and <C>": "of" and a list of names names them; "of <A>" alone may only place them.)
  if (tokens[at + 1]?.normal === 'of' && isName(tokens[at + 2])) {
    let k = at + 2;
    let names = 0;
    while (k < tokens.length) {
      if (!isName(tokens[k])) break;
      names++;
      while (isName(tokens[k]) || /^(?:de|da|do|del|la|le|van|von)$/.test(tokens[k]?.normal ?? '')) k++;
      if (!/^(?:,|and)$/.test(tokens[k]?.normal ?? '')) break;
      k++;
    }
    if (names >= 2) return true;
  }
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || PLACING.has(t.normal)) return false;
    if (isName(t)) return true;
  }
  return false;
}

export function namesNoneOfKind(
  q: ParsedQuestion,
  sentences: readonly TokenSentence[],
  headline?: TokenSentence,
): boolean {
  const kind = askedKind(q);
  if (!kind) return false;
  const stem = kind.lemma.slice(0, 5);
  const asked = new Set(q.normals.map((w) => w.slice(0, 4)));
  let seen = false;
  for (const s of sentences)
    for (let j = 0; j < s.tokens.length; j++) {
      const t = s.tokens[j];
      if (t?.pos !== 'NOUN' || t.lemma.slice(0, 5) !== stem) continue;
      if (namedNear(s.tokens, j, asked)) return false;
      // ("which court" of "a French court approved it": one of a kind names none; "the court" may be one named.)
      // (Nor do several of the kind, unnamed: "which funicular" of "the operator's other three funiculars".)
      // (Not "one of the six <kinds>": one of them, which the reader says it does not name, as such.)
      const oneOf = s.tokens
        .slice(Math.max(0, j - 4), j)
        .some((x, n, all) => x.normal === 'one' && all[n + 1]?.normal === 'of');
      const several = t.normal !== t.lemma && t.normal.endsWith('s') && !oneOf;
      // (A headline drops its articles: "<City> shuts century-old funicular" names none either.)
      if (!kind.plural && !several && s !== headline && !indefinite(s.tokens, j)) return false;
      seen = true;
    }
  return seen;
}

/** Whether the sentences have the kind a "which <kind>" question asks for at all (as a noun). */
export function holdsKind(q: ParsedQuestion, sentences: readonly TokenSentence[]): boolean {
  const kind = askedKind(q);
  if (!kind) return true;
  const stem = kind.lemma.slice(0, 5);
  return sentences.some((s) => s.tokens.some((t) => t.pos === 'NOUN' && t.lemma.slice(0, 5) === stem));
}
