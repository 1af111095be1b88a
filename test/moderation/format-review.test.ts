import { describe, expect, it } from 'vitest';
import { formatReview } from '../../src/moderation/format-review.js';
import { formatSettings } from '../../src/moderation/format-settings.js';
import { resolveReviewPeriod } from '../../src/moderation/review-period.js';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-repository.js';

const emptyUsage = { asked: 0, answered: 0, answeredShare: 0, filtered: 0, topIntents: [] };

describe('review card', () => {
  it('shows usage, grouped gaps, pending reports and one handle button per report', () => {
    const view = formatReview({
      guildId: 'g1',
      periodLabel: 'the last 7 days',
      usage: {
        asked: 10,
        answered: 7,
        answeredShare: 0.7,
        filtered: 1,
        topIntents: [{ intent: 'who-is', count: 4 }],
      },
      gaps: [
        {
          normalizedQuestion: 'what did it cost',
          example: 'What did it cost?',
          count: 3,
          lastAskedAt: 1,
          articleId: null,
        },
      ],
      wrongAnswers: [
        {
          reportId: 5,
          answerId: 2,
          question: 'Who met?',
          answerText: 'x',
          citations: [],
          comment: 'Wrong names',
          reporterId: 'u',
          channelId: 'c',
          messageId: 'm',
          reportedAt: 1,
          articleId: null,
        },
      ],
      messageReports: [
        {
          id: 9,
          guildId: 'g1',
          channelId: 'c',
          messageId: 'm2',
          targetAuthorId: 't',
          reporterId: 'r',
          reason: 'Spam',
          createdAt: 1,
          handledAt: null,
          handledBy: null,
          articleId: null,
        },
      ],
    });
    expect(view.card.title).toBe('Review: the last 7 days');
    expect(view.card.fields.map((f) => f.value)).toEqual([
      '10 questions asked, 70% answered\n1 stopped by the filter\nTop intents: who-is (4)',
      '3× “What did it cost?”',
      '#5 “Who met?” → Wrong names (https://discord.com/channels/g1/c/m)',
      '#9 by <@r>: Spam (https://discord.com/channels/g1/c/m2)',
    ]);
    expect(view.items).toEqual([
      { kind: 'wrong-answer', id: 5, label: 'Handled: wrong #5' },
      { kind: 'message-report', id: 9, label: 'Handled: report #9' },
    ]);
  });

  it('says when there is nothing, and keeps long lists within the embed field limit', () => {
    const empty = formatReview({
      guildId: 'g',
      periodLabel: 'all time',
      usage: emptyUsage,
      gaps: [],
      wrongAnswers: [],
      messageReports: [],
    });
    expect(empty.card.fields.map((f) => f.value)).toEqual([
      '0 questions asked, 0% answered',
      'None',
      'None pending',
      'None pending',
    ]);
    const gaps = Array.from({ length: 40 }, (_, i) => ({
      normalizedQuestion: `q${i}`,
      example: `A fairly long unanswered question number ${i} about the talks and what followed them?`,
      count: 40 - i,
      lastAskedAt: 1,
      articleId: null,
    }));
    const view = formatReview({
      guildId: 'g',
      periodLabel: 'all time',
      usage: emptyUsage,
      gaps,
      wrongAnswers: [],
      messageReports: [],
    });
    const value = view.card.fields[1]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).toMatch(/…and \d+ more$/);
    expect(value.startsWith('40× “A fairly long unanswered question number 0')).toBe(true);
  });
});

describe('settings card', () => {
  it('shows the defaults and an allowlist', () => {
    expect(formatSettings({ guildId: 'g', ...DEFAULT_SETTINGS }).fields.map((f) => f.value)).toEqual([
      'Any channel where I am mentioned',
      'On',
      '5 s between questions per member',
      'Not set',
    ]);
    const custom = formatSettings({
      guildId: 'g',
      answerMode: 'allowlist',
      allowedChannelIds: ['a', 'b'],
      dmsEnabled: false,
      cooldownSeconds: 0,
      modLogChannelId: 'log',
    });
    expect(custom.fields.map((f) => f.value)).toEqual([
      'Only <#a>, <#b>, and their threads',
      'Off',
      'None',
      '<#log>',
    ]);
  });
});

describe('review period', () => {
  it('resolves named periods, defaulting to a week', () => {
    expect(resolveReviewPeriod('day', 100_000_000)).toEqual({
      since: 100_000_000 - 86_400_000,
      label: 'the last 24 hours',
    });
    expect(resolveReviewPeriod('all', 5)).toEqual({ since: 0, label: 'all time' });
    expect(resolveReviewPeriod(undefined, 1e12).label).toBe('the last 7 days');
    expect(resolveReviewPeriod('bogus', 1e12).label).toBe('the last 7 days');
  });
});
