/**
 * Whether some bytes can be a library article: UTF-8 text, not empty, at most 200 KB, in English, of a
 * length ingestion handles. Returns the text, or why not in words a moderator can act on.
 */
import { loadFunctionWords } from '../engine/detect-language.js';
import { findDataDir } from '../facts/load-facts.js';

/** The largest article accepted, in bytes (about 30,000 words of English). */
export const MAX_ARTICLE_BYTES = 200 * 1024;
/** Ingestion reads every sentence: past this many words an article is refused rather than slow to add. */
export const MAX_ARTICLE_WORDS = 30_000;
/** Fewer words than this is not an article the engine can say anything useful about. */
export const MIN_ARTICLE_WORDS = 20;

export type ArticleTextProblem =
  | 'too-large'
  | 'empty'
  | 'not-text'
  | 'too-short'
  | 'too-long'
  | 'not-english';

/**
 * 30000 → "30,000". Not toLocaleString: formatting one number at start-up made the process map about 5 MB
 * more of node's locale data.
 */
function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** What each problem tells the moderator (the dispatcher shows it ephemerally). */
export const ARTICLE_TEXT_PROBLEMS: Record<ArticleTextProblem, string> = {
  'too-large': `That file is too large: an article can be at most ${MAX_ARTICLE_BYTES / 1024} KB of plain text.`,
  empty: 'That file is empty. Send a .txt file with the headline on the first line, then the article.',
  'not-text':
    'That file is not plain UTF-8 text. Save the article as a .txt file (UTF-8), headline on the first line.',
  'too-short': `That text is too short to be an article (fewer than ${MIN_ARTICLE_WORDS} words).`,
  'too-long': `That article is too long: at most ${withThousands(MAX_ARTICLE_WORDS)} words.`,
  'not-english': 'That article does not look like English; I can only read articles in English.',
};

export type ArticleTextCheck = { ok: true; text: string } | { ok: false; problem: ArticleTextProblem };

/** Mostly Latin letters, and more English function words than other languages' ones. */
function looksEnglish(words: readonly string[], dataDir: string): boolean {
  const letters = words.join('');
  const latin = letters.match(/[a-z]/g)?.length ?? 0;
  if (latin < letters.length / 2) return false;
  const { english, other } = loadFunctionWords(dataDir);
  const inEnglish = words.filter((w) => english.has(w)).length;
  const inOther = words.filter((w) => other.has(w)).length;
  return inEnglish >= words.length * 0.05 && inEnglish > inOther;
}

/** Any C0 control character but tab, line feed and carriage return, or DEL. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Checks bytes received as an article.
 * @example checkArticleText(Buffer.from('Headline\n\nBody ...')) // { ok: true, text: 'Headline\n\nBody ...' }
 */
export function checkArticleText(bytes: Uint8Array, dataDir: string = findDataDir()): ArticleTextCheck {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return { ok: false, problem: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not-text' };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  // Control characters other than tabs and line breaks mean a binary file that happens to decode.
  if (hasControlCharacters(text)) return { ok: false, problem: 'not-text' };
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < MIN_ARTICLE_WORDS) return { ok: false, problem: 'too-short' };
  if (words.length > MAX_ARTICLE_WORDS) return { ok: false, problem: 'too-long' };
  if (!looksEnglish(words, dataDir)) return { ok: false, problem: 'not-english' };
  return { ok: true, text: text.trim() };
}
