/** Cleans a raw message before parsing: Discord mentions, markdown and control characters go; junk is refused. */

export const MAX_QUESTION_CHARS = 600;

export type CleanInput =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' | 'too-long' | 'not-english' };

/**
 * @example sanitizeInput('<@123> **who** is `<person>`?') // { ok: true, text: 'who is <person>?' }
 */
export function sanitizeInput(raw: string, isForeign: (text: string) => boolean = () => false): CleanInput {
  const given = String(raw ?? '');
  // Plain printable ASCII with no markup, link or run of spaces (most questions) has nothing to clean.
  const text = PLAIN.test(given) && !MARKUP.test(given) ? given.trim() : clean(given);
  if (text.length > MAX_QUESTION_CHARS) return { ok: false, reason: 'too-long' };
  // (Plain ASCII, what nearly every question is, has only Latin letters: counted without a list of letters.)
  const ascii = !/[^\x20-\x7e]/.test(text);
  const letters = ascii ? (/[a-zA-Z]/.test(text) ? 1 : 0) : (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return { ok: false, reason: 'empty' };
  const latin = ascii ? letters : (text.match(/[a-zA-Z]/g) ?? []).length;
  if (latin / letters < 0.6 || isForeign(text)) return { ok: false, reason: 'not-english' };
  return { ok: true, text };
}

const PLAIN = /^[\x20-\x7e]*$/;
const MARKUP = /[<@*_~`|>#[\]()\\]|https?:\/\/|\s\s/;

function clean(given: string): string {
  return (
    given
      // Full-width and other compatibility letters ("ｗｈｏ") read as plain ones; zero-width characters inside a
      // word ("ta\u200blks") are dropped, not turned into a space.
      .normalize('NFKC')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/<a?:\w+:\d+>/g, ' ') // custom emoji
      .replace(/<(@[!&]?|#)\d+>/g, ' ') // user, role and channel mentions
      .replace(/@(everyone|here)\b/gi, ' ')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/[*_~`|>#[\]()\\]+/g, ' ') // markdown syntax
      .replace(/https?:\/\/\S+/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export const INPUT_REPLIES: Record<'empty' | 'too-long' | 'not-english', string> = {
  empty: 'Ask me a question about the article, or type "help".',
  'too-long': `That message is too long for me: please ask one short question (under ${MAX_QUESTION_CHARS} characters).`,
  'not-english': 'Sorry, I can only answer questions in English about the article.',
};
