import { DataSet, englishDataset, englishRecommendedTransformers, pattern, RegExpMatcher } from 'obscenity';

/** Common words of the filter that are also given names; spared when followed by a capitalised surname. */
const NAME_WORDS = ['Dick', 'Willy'];
/** Words and phrases that contain a filtered word but are plain political vocabulary or names. */
const EXTRA_WHITELIST = [
  'tit for tat',
  'tit-for-tat',
  'shiite',
  'fukuyama',
  'pussy riot',
  'dickinson',
  'dickerson',
  'penistone',
];

let matcher: RegExpMatcher | undefined;

/** The obscenity matcher, built once: the English dataset plus a few abuse phrases it lacks. */
function getMatcher(): RegExpMatcher {
  if (matcher === undefined) {
    const dataset = new DataSet<{ originalWord: string }>()
      .addAll(englishDataset)
      .addPhrase((phrase) => phrase.setMetadata({ originalWord: 'kys' }).addPattern(pattern`|kys|`))
      .addPhrase((phrase) =>
        phrase
          .setMetadata({ originalWord: 'kill yourself' })
          .addPattern(pattern`kill yourself`)
          .addPattern(pattern`kill urself`),
      );
    const built = dataset.build();
    matcher = new RegExpMatcher({
      ...built,
      whitelistedTerms: [...(built.whitelistedTerms ?? []), ...EXTRA_WHITELIST],
      ...englishRecommendedTransformers,
    });
  }
  return matcher;
}

/**
 * True when the text contains profanity or abuse, including leetspeak ("sh1t"), look-alike letters,
 * repeated letters ("fuuuck") and spaced-out letters ("f u c k", "s.h.i.t").
 *
 * @example
 * containsProfanity('Who shot down the drone?') // false
 * containsProfanity('f u c k this') // true
 */
export function containsProfanity(text: string): boolean {
  const cleaned = spareNames(stripDiscordMarkup(text));
  const m = getMatcher();
  if (m.hasMatch(cleaned)) return true;
  // Most questions have no spaced-out letters: the same text need not be matched twice.
  const collapsed = collapseSpacedLetters(cleaned);
  return collapsed !== cleaned && m.hasMatch(collapsed);
}

/**
 * Mentions, channel links and custom emoji are ids, not words ("<:kek:123>" must not be read as text);
 * invisible format characters (zero-width spaces, joiners) are a trick to split words, so they go.
 */
function stripDiscordMarkup(text: string): string {
  return text.replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/g, ' ').replace(/\p{Cf}+/gu, '');
}

const NAME_BEFORE_SURNAME = new RegExp(`\\b(?:${NAME_WORDS.join('|')})(?=\\s+[A-Z][a-z])`, 'g');

function spareNames(text: string): string {
  return text.replace(NAME_BEFORE_SURNAME, ' ');
}

/**
 * Joins runs of three or more single characters separated by spaces or punctuation ("f u c k",
 * "f.u.c.k", "s-h-1-t"), which the matcher's transformers do not undo.
 */
export function collapseSpacedLetters(text: string): string {
  return text.replace(
    /(?<![\p{L}\p{N}$@])[\p{L}\p{N}$@](?:[\s._\-*,|/\\~+]+[\p{L}\p{N}$@](?![\p{L}\p{N}$@])){2,}/gu,
    (run) => run.replace(/[\s._\-*,|/\\~+]+/g, ''),
  );
}
