/** Question words, including the ways people mistype them in chat. */

export type WhWord = 'who' | 'whom' | 'whose' | 'what' | 'which' | 'when' | 'where' | 'why' | 'how';

const WH = new Set<string>(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);

// Question words as people mistype them in chat.
// (A Map: a plain object would answer "constructor" with a function.)
export const MISSPELT_WH: ReadonlyMap<string, WhWord> = new Map<string, WhWord>([
  ['wher', 'where'],
  ['whre', 'where'],
  ['whr', 'where'],
  ['wen', 'when'],
  ['whn', 'when'],
  ['wat', 'what'],
  ['wht', 'what'],
  ['wut', 'what'],
  ['waht', 'what'],
  ['hw', 'how'],
  ['wy', 'why'],
  ['whi', 'why'],
  ['woh', 'who'],
  ['hwo', 'who'],
  ['whcih', 'which'],
  ['wich', 'which'],
]);

/** The question word a token is, if any: "whos" is who, "wher" is where. */
export const whOf = (t: string): WhWord | undefined => {
  if (WH.has(t)) return t as WhWord;
  if (t === 'whos' || t === 'whose') return t === 'whos' ? 'who' : 'whose';
  if (t === 'wheres' || t === 'whens' || t === 'whats') return t.slice(0, -1) as WhWord;
  return MISSPELT_WH.get(t);
};
