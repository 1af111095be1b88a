import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import type { Sentence } from '../engine/types.js';
import { asWritten, foldForWink } from './fold-letters.js';

export type Nlp = WinkMethods;

let shared: Nlp | undefined;
const PIPE = ['sbd', 'pos'];

/**
 * The one wink-nlp instance of the process, shared by every article's engine and by ingestion: loading the
 * model costs about 0.2 s and 9 MB, nothing the project does changes an instance (names are matched by the
 * lexicon, not taught to wink), and wink-eng-lite-web-model 1.8 corrupts its custom-entity model a little
 * more with every further instance built from it.
 * @example const nlp = createNlp(); nlp.readDoc('Who is <person>?')
 */
export function createNlp(): Nlp {
  if (!shared) {
    // Sentences and parts of speech are all the project reads: wink's entities, negation and sentiment would
    // cost a third of every parse (the tokens, normals, lemmas, stems and tags come out the same without them).
    shared = winkNLP(model, PIPE);
    // wink's tokenizer splits a word at a letter beyond Latin-1 ("Kamińska" -> "Kami" "ń" "ska"): it reads
    // every text with such letters as their base letters, one for one, so offsets into the text still hold.
    const read = shared.readDoc.bind(shared);
    shared.readDoc = (text: string) => read(foldForWink(text));
    // wink numbers the words of its model first and every other word after them, in the order met: the first
    // word it has never met marks where its vocabulary ends.
    vocabularySize = idOf(shared, 'qxzvqxzvq');
  }
  return shared;
}

let vocabularySize = 0;
const idOf = (nlp: Nlp, word: string): number =>
  Number(
    (
      nlp
        .readDoc(word)
        .tokens()
        .out(nlp.its.uniqueId as never) as unknown as number[]
    )[0] ?? -1,
  );

// Members type the same words again and again: each verdict is kept (bounded), not re-read with wink.
const verdicts = new Map<string, boolean>();
const VERDICTS = 10_000;

/** Whether wink's English model knows the word (lower case): a real word, not a typo of one. */
export function inVocabulary(nlp: Nlp, word: string): boolean {
  let known = verdicts.get(word);
  if (known === undefined) {
    const id = idOf(nlp, word);
    known = id >= 0 && id < vocabularySize;
    if (verdicts.size >= VERDICTS) verdicts.clear();
    verdicts.set(word, known);
  }
  return known;
}

/** A sentence cut after a title's abbreviation wink does not know: "St.", "Ss.", "Mt.", "Prof.". */
const TITLE_END =
  /\b(?:Ss|St|Sts|Mt|Ft|Pt|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Sen|Rep|Gov|Maj|Brig|Adm|Cmdr|Mr|Mrs|Ms|Dr)\.$/;

/**
 * Splits the article into numbered sentences with wink (it knows "<country>", "<month day>", "Dr." are not ends);
 * blank lines separate paragraphs.
 */
export function splitSentences(nlp: Nlp, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.trim();
    // (wink reads the text folded, foldForWink: each sentence is taken from the text as written, at its place.)
    const folded = foldForWink(text);
    let at = 0;
    let open: Sentence | undefined;
    nlp
      .readDoc(text)
      .sentences()
      .each((s: { out(): string }) => {
        const out = s.out();
        const found = asWritten(text, folded, out, at);
        if (found) at = found.start + out.length;
        const written = found?.written ?? out;
        // ("a geologist at Ss. | Cyril and Methodius University": a title's abbreviation ends no sentence.)
        if (open) open.text = `${open.text} ${written}`;
        else {
          open = { n: sentences.length + 1, paragraph: index + 1, text: written };
          sentences.push(open);
        }
        if (!TITLE_END.test(open.text)) open = undefined;
      });
  });
  return sentences;
}
