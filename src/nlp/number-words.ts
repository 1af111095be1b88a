/** Numbers written as words, as people and articles write them ("two days", "the fifth round"). */
const CARDINALS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
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
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

// (Maps, not objects: a word such as "constructor" must not find Object's own properties.)
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map(CARDINALS.map((w, i) => [w, i + 1]));
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(ORDINALS.map((w, i) => [w, i + 1]));

/** A count typed in words ("two") or figures ("2"), else undefined. */
export const countIn = (word: string): number | undefined =>
  CARDINAL_WORDS.get(word) ?? (/^\d+$/.test(word) ? Number(word) : undefined);
