import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '?',
    '\u0000\u0001\u0002',
    '@everyone who is Chase',
    '<@123456789012345678> hi',
    '**who** is `Chase`?',
    '```js\nalert(1)\n```',
    '谁是迈克尔·蔡斯?',
    'Кто такой Чейс?',
    '😀😀😀',
    'a'.repeat(10_000),
    '||spoiler|| <@&1> @here',
  ),
  fc
    .array(
      fc.constantFrom(
        'who',
        'is',
        'Chase',
        'did',
        'he',
        'meet',
        '?',
        'the',
        'talks',
        'when',
        'and',
        '@everyone',
        'Xi',
        '2023',
        'not',
      ),
      { maxLength: 30 },
    )
    .map((w) => w.join(' ')),
);

describe('hostile and random input', () => {
  it('always gets an answer object, never an exception', () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.string({ maxLength: 10 })), (text, conversation) => {
        const answer = engine.ask(text, conversation ?? undefined);
        expect(typeof answer.answered).toBe('boolean');
        expect(answer.text.length).toBeGreaterThan(0);
        expect(answer.text.length).toBeLessThan(2000);
        expect(answer.intent).not.toBe('error');
        expect(answer.text).not.toMatch(/@everyone|@here|<@/);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers empty, huge and foreign input with a short clear reply', () => {
    expect(engine.ask('   ').answered).toBe(false);
    expect(engine.ask('x'.repeat(10_000)).text).toMatch(/too long/);
    expect(engine.ask('台湾的选举是什么时候?').text).toMatch(/English/);
    expect(engine.ask('@everyone who is Chase?').text).toMatch(/deputy assistant secretary/);
  });
});
