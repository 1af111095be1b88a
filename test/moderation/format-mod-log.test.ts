import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/moderation/check-content.js';
import { formatModLogEntry, messageLink } from '../../src/moderation/format-mod-log.js';

describe('mod log entries', () => {
  it('describes a filtered question by reason, member and link, never by its text', () => {
    const text = 'f u c k this bot';
    const result = checkContent(text);
    if (result.ok) throw new Error('expected a denial');
    const entry = formatModLogEntry({
      kind: 'filtered',
      reason: result.reason,
      userId: 'u1',
      guildId: 'g1',
      channelId: 'c1',
      messageId: 'm1',
    });
    expect(entry.url).toBe('https://discord.com/channels/g1/c1/m1');
    expect(entry.title).toBe('Question not answered: profanity or abuse');
    expect(entry.fields).toEqual([
      { name: 'Member', value: '<@u1>', inline: true },
      { name: 'Channel', value: '<#c1>', inline: true },
      { name: 'Reason', value: 'Profanity or abuse', inline: true },
      { name: 'Message', value: 'https://discord.com/channels/g1/c1/m1' },
    ]);
    expect(JSON.stringify(entry)).not.toMatch(/f u c k|bot/);
  });

  it('shows a Wrong report with the question, answer, citations and comment, within embed limits', () => {
    const entry = formatModLogEntry({
      kind: 'wrong-answer',
      reportId: 7,
      reporterId: 'u2',
      comment: 'x'.repeat(5000),
      question: 'Who met?',
      answerText: 'Chase and Song met.',
      citations: [
        { sentence: 3, text: 'Michael Chase engaged in discussions.' },
        { sentence: 4, text: 'This meeting marked the 17th round.' },
      ],
      guildId: 'g1',
      channelId: 'c1',
      messageId: 'm2',
    });
    expect(entry.title).toBe('Answer marked wrong (report #7)');
    const field = (name: string) => entry.fields.find((f) => f.name === name)?.value;
    expect(field('Question')).toBe('Who met?');
    expect(field('Answer')).toBe('Chase and Song met.');
    expect(field('Citations')).toBe(
      '[3] Michael Chase engaged in discussions.\n[4] This meeting marked the 17th round.',
    );
    expect(field('Comment')).toHaveLength(1024);
    expect(entry.url).toBe(messageLink('g1', 'c1', 'm2'));
  });

  it('shows a message report with reporter, author, reason and link', () => {
    const entry = formatModLogEntry({
      kind: 'message-report',
      reportId: 3,
      reporterId: 'u3',
      targetAuthorId: 'u4',
      reason: 'Spreading a fake quote',
      guildId: 'g1',
      channelId: 'c1',
      messageId: 'm3',
    });
    expect(entry.fields.map((f) => `${f.name}: ${f.value}`)).toEqual([
      'Reported by: <@u3>',
      'Author: <@u4>',
      'Channel: <#c1>',
      'Reason: Spreading a fake quote',
      'Message: https://discord.com/channels/g1/c1/m3',
    ]);
  });

  it('links DM messages with @me and omits the link when there is no message', () => {
    expect(messageLink(null, 'c', 'm')).toBe('https://discord.com/channels/@me/c/m');
    const entry = formatModLogEntry({
      kind: 'filtered',
      reason: 'invite',
      userId: 'u',
      guildId: 'g',
      channelId: 'c',
      messageId: null,
    });
    expect(entry.url).toBeUndefined();
    expect(entry.fields.some((f) => f.name === 'Message')).toBe(false);
  });
});
