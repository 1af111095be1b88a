/**
 * Letters with accents and other marks, read as plain ones: for wink, which splits a word at a letter beyond
 * Latin-1, one character for one so that offsets still hold; and for names, typed without their marks.
 */

/** Letters with no decomposition to a base letter. */
const BASE_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ø: 'o',
  Ø: 'O',
};
/** Letters written as two in plain letters. */
const LIGATURES: Readonly<Record<string, string>> = { æ: 'ae', Æ: 'Ae', ß: 'ss', œ: 'oe', þ: 'th' };
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/;

/**
 * A text with each letter beyond Latin-1 that has a plain base letter written as that letter, one character
 * for one ("Łódź" -> "Lódz"): what wink tokenizes as whole words. Other characters are kept.
 * @example foldForWink('Zieliński') // 'Zielinski'
 */
export function foldForWink(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x100 || code > 0x24f) && (code < 0x1e00 || code > 0x1eff)) {
      out += ch;
      continue;
    }
    const base = BASE_LETTERS[ch] ?? ch.normalize('NFD').charAt(0);
    out += /^[A-Za-z]$/.test(base) ? base : ch;
  }
  return out;
}

/**
 * A name without its marks, as members type it: "Élodie" -> "Elodie", "Sørgaard" -> "Sorgaard".
 * @example foldName('Magnús Örn') // 'Magnus Orn'
 */
export const foldName = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØæÆßłŁđĐœþıħĦŧŦ]/g, (c) => LIGATURES[c] ?? BASE_LETTERS[c] ?? c);

/**
 * Where `piece` (as wink gave it, folded) stands in `text` from `from` on, and its characters as written there; or
 * undefined when it is not found. `folded` is `foldForWink(text)`.
 */
export function asWritten(
  text: string,
  folded: string,
  piece: string,
  from: number,
): { start: number; written: string } | undefined {
  const start = folded.indexOf(piece, from);
  return start < 0 ? undefined : { start, written: text.slice(start, start + piece.length) };
}
