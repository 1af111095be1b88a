import { describe, expect, it } from 'vitest';
import { makeAskCustomId, parseCustomId } from '../../../src/discord/custom-ids.js';
import { extractQuestion } from '../../../src/discord/extract-question.js';
import {
  buildAnswerComponents,
  buildSuggestionButtons,
} from '../../../src/discord/format/answer-components.js';
import { limits, truncateText } from '../../../src/discord/format/discord-limits.js';
import { fitEmbed, measureEmbed } from '../../../src/discord/format/fit-embed.js';
import { formatAnswerBlocks, formatAnswerEmbed } from '../../../src/discord/format/format-answer.js';
import { formatSourceEmbeds } from '../../../src/discord/format/format-source.js';
import { buildTimelineButtons, formatTimelinePage } from '../../../src/discord/format/format-timeline.js';
import { splitContent } from '../../../src/discord/format/split-content.js';
import type { Answer, ArticleInfo, TimelineResult } from '../../../src/engine/types.js';

// Hand-written answers (plain data, not an engine) to reach sizes and characters the real article lacks.
const answer = (over: Partial<Answer> = {}): Answer => ({
  answered: true,
  text: 'The talks were led by *Michael Chase*.',
  intent: 'who-is',
  confidence: 0.9,
  citations: [
    { sentence: 3, text: 'Michael Chase, the deputy assistant secretary, engaged in discussions.' },
  ],
  suggestions: ['Who is Song Yanchao?'],
  ...over,
});

describe('splitContent', () => {
  it('keeps everything in one message when it fits', () => {
    expect(splitContent(['a', 'b'])).toEqual(['a\n\nb']);
  });

  it('never cuts a citation when an answer needs several messages', () => {
    const citations = Array.from(
      { length: 12 },
      (_, i) => `> **[${i + 1}]** ${'word '.repeat(60).trim()} end${i}`,
    );
    const messages = splitContent(['Answer text.', ...citations]);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(limits.content);
    for (const citation of citations) expect(messages.some((m) => m.includes(citation))).toBe(true);
  });

  it('splits a single oversize block between words', () => {
    const block = 'lorem '.repeat(700).trim();
    const messages = splitContent([block]);
    expect(messages.length).toBe(3);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(limits.content);
      expect(message).toMatch(/^lorem( lorem)*$/);
    }
  });
});

describe('formatting answers', () => {
  it('escapes markdown in answer and citation text and quotes the citation', () => {
    const [text, quote] = formatAnswerBlocks(answer());
    expect(text).toBe('The talks were led by \\*Michael Chase\\*.');
    expect(quote).toBe('> **[3]** Michael Chase, the deputy assistant secretary, engaged in discussions.');
  });

  it('builds an embed with the question escaped as title and one field per citation', () => {
    const embed = formatAnswerEmbed(answer(), 'who __led__ it?');
    expect(embed.title).toBe('who \\_\\_led\\_\\_ it?');
    expect(embed.fields).toEqual([{ name: 'Sentence 3', value: expect.stringContaining('> Michael Chase') }]);
  });

  it('drops whole citations, never halves, to stay within embed limits', () => {
    const citations = Array.from({ length: 30 }, (_, i) => ({
      sentence: i + 1,
      text: `${'x'.repeat(400)} ${i}`,
    }));
    const embed = formatAnswerEmbed(answer({ citations }), 'q');
    expect(measureEmbed(embed)).toBeLessThanOrEqual(limits.embedTotal);
    expect(embed.fields?.length).toBeLessThan(30);
    for (const field of embed.fields ?? []) expect(field.value.endsWith('…')).toBe(false);
    expect(embed.footer?.text).toMatch(/more not shown/);
  });

  it('fitEmbed caps the field count at 25', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    expect(fitEmbed({ fields }).fields).toHaveLength(25);
  });

  it('truncates at a word boundary', () => {
    expect(truncateText('one two three', 8)).toBe('one two…');
  });
});

describe('answer components', () => {
  it('turns suggestions into follow-up buttons whose custom ids fit 100 characters', () => {
    const long = `Why ${'really '.repeat(20)}?`;
    const buttons = buildSuggestionButtons(['Who is Song Yanchao?', long, 'a', 'b', 'c', 'd', 'e']);
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'ask:Who is Song Yanchao?',
      'ask:a',
      'ask:b',
      'ask:c',
      'ask:d',
    ]);
  });

  it('appends contributed buttons on their own row after the suggestions', async () => {
    const rows = await buildAnswerComponents(
      { answer: answer(), question: 'q', source: 'message', userId: '1' },
      [() => [{ type: 2, style: 3, label: 'Helpful', custom_id: 'vote:up' }]],
    );
    expect(rows.map((r) => r.components.map((c) => ('label' in c ? c.label : '')))).toEqual([
      ['Who is Song Yanchao?'],
      ['Helpful'],
    ]);
  });

  it('round-trips custom ids', () => {
    expect(parseCustomId(makeAskCustomId('a: b') ?? '')).toEqual({ prefix: 'ask', payload: 'a: b' });
    expect(makeAskCustomId('x'.repeat(97))).toBeUndefined();
  });
});

describe('timeline pages', () => {
  const result: TimelineResult = {
    entries: Array.from({ length: 7 }, (_, i) => ({
      eventId: `e${i}`,
      label: `Event ${i}`,
      dateText: 'last month',
      resolved: `December 202${i}`,
      start: '2023-12-01',
      end: '2023-12-31',
      summary: 'Something happened.',
      citations: [{ sentence: i + 1, text: 's' }],
    })),
  };

  it('shows five events per page with both date forms and a page footer', () => {
    const embed = formatTimelinePage(result, { about: '*Taiwan*' }, 1);
    expect(embed.fields?.map((f) => f.name)).toEqual(['December 2025 — Event 5', 'December 2026 — Event 6']);
    expect(embed.fields?.[0]?.value).toContain('Article says “last month” → December 2025');
    expect(embed.description).toContain('about \\*Taiwan\\*');
    expect(embed.footer?.text).toBe('Page 2 of 2');
  });

  it('disables Previous on the first page and Next on the last', () => {
    const [first] = buildTimelineButtons('s1', 0, 2);
    const [last] = buildTimelineButtons('s1', 1, 2);
    const state = (row: typeof first) =>
      row?.components.map((b) => [('custom_id' in b && b.custom_id) || '', b.disabled]);
    expect(state(first)).toEqual([
      ['tl:s1:-1', true],
      ['tl:s1:1', false],
    ]);
    expect(state(last)).toEqual([
      ['tl:s1:0', false],
      ['tl:s1:2', true],
    ]);
    expect(buildTimelineButtons('s1', 0, 1)).toEqual([]);
  });
});

describe('source', () => {
  it('numbers every sentence and stays within the 6,000-character message total', () => {
    const article: ArticleInfo = {
      title: 'Title',
      summary: 'Summary',
      referenceDate: '2024-01-10',
      referenceDateNote: 'note',
      sentences: Array.from({ length: 60 }, (_, i) => ({ n: i + 1, paragraph: 1, text: 'y'.repeat(150) })),
    };
    const embeds = formatSourceEmbeds(article);
    expect(embeds.reduce((sum, e) => sum + measureEmbed(e), 0)).toBeLessThanOrEqual(limits.embedTotal);
    expect(embeds[1]?.description).toMatch(/^\*\*1\.\*\* y+/);
    expect(embeds.at(-1)?.footer?.text).toMatch(/more sentences not shown/);
  });
});

describe('extractQuestion', () => {
  const base = { content: '', authorIsBot: false, inGuild: true, mentionsBot: false, repliesToBot: false };
  it('answers mentions (without the mention), DMs and replies to the bot', () => {
    expect(extractQuestion({ ...base, content: '<@42> who led the talks?', mentionsBot: true }, '42')).toBe(
      'who led the talks?',
    );
    expect(extractQuestion({ ...base, content: 'hi', inGuild: false }, '42')).toBe('hi');
    expect(extractQuestion({ ...base, content: 'and him?', repliesToBot: true }, '42')).toBe('and him?');
  });
  it('returns an empty question (help) for a bare mention', () => {
    expect(extractQuestion({ ...base, content: '<@!42>', mentionsBot: true }, '42')).toBe('');
  });
  it('ignores bots, unaddressed messages and content-less replies', () => {
    expect(
      extractQuestion({ ...base, content: '<@42> x', mentionsBot: true, authorIsBot: true }, '42'),
    ).toBeUndefined();
    expect(extractQuestion({ ...base, content: 'chatter' }, '42')).toBeUndefined();
    expect(extractQuestion({ ...base, repliesToBot: true }, '42')).toBeUndefined();
  });
});
