import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/moderation/escape-user-text.js';

/** What Discord shows for escaped text: a backslash before a non-alphanumeric character is dropped. */
const shown = (escaped: string) => escaped.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');

describe('escapeUserText', () => {
  const hostile = [
    '[free nitro](https://evil.example/gift)',
    'ping <@&123456789012345678> and <@123456789012345678> in <#123456789012345678>',
    '```js\nbreak the layout',
    '**bold** __under__ ~~strike~~ ||spoiler|| `code` *it*',
    '# Heading\n-# subtext\n- item\n1. first\n> quote',
    '@everyone @here <:kek:123456789012345678> <t:1700000000:R>',
    'back\\slash',
  ];

  it('leaves no markdown, link or mention syntax unescaped', () => {
    for (const text of hostile) {
      const escaped = escapeUserText(text);
      expect(escaped).not.toMatch(/(?<!\\)[[\]<>`*_~|@#]/);
      expect(escaped).not.toMatch(/^\s*(?<!\\)(-|\d+\.)\s/m);
    }
  });

  it('still reads exactly as typed once Discord drops the backslashes', () => {
    for (const text of hostile) expect(shown(escapeUserText(text))).toBe(text);
  });

  it('leaves ordinary questions untouched', () => {
    expect(escapeUserText('Who is Michael Chase? He met Song Yanchao in 2024.')).toBe(
      'Who is Michael Chase? He met Song Yanchao in 2024.',
    );
  });
});
