import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ModerationStore, openModerationStore } from '../../src/storage/moderation-store.js';
import { normalizeQuestion } from '../../src/storage/normalize-question.js';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-repository.js';
import { makeTempFolder } from './temp-folder.js';

let folder: ReturnType<typeof makeTempFolder>;
let path: string;
let clock: number;
let store: ModerationStore;
const now = () => clock;
const reopen = () => {
  store.close();
  store = openModerationStore(path, { now });
};

beforeEach(() => {
  folder = makeTempFolder();
  path = join(folder.path, 'bot.sqlite');
  clock = Date.UTC(2024, 0, 10);
  store = openModerationStore(path, { now });
});
afterEach(() => {
  store.close();
  folder.remove();
});

function recordAnswer(question = 'Who met in Washington?') {
  return store.answers.record({
    guildId: 'g1',
    channelId: 'c1',
    askerId: 'asker',
    question,
    answerText: 'Defense officials met in Washington.',
    intent: 'who-is',
    answered: true,
    citations: [{ sentence: 2, text: 'Officials met in Washington.' }],
  });
}

describe('server settings', () => {
  it('gives the defaults to a server that never changed anything', () => {
    expect(store.settings.get('new')).toEqual({ guildId: 'new', ...DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS.cooldownSeconds).toBe(5);
  });

  it('keeps changes and the allowlist across a restart, per server', () => {
    store.settings.update('g1', { answerMode: 'allowlist', cooldownSeconds: 12, modLogChannelId: 'log' });
    store.settings.allowChannel('g1', 'c2');
    store.settings.allowChannel('g1', 'c1');
    store.settings.allowChannel('g1', 'c1');
    store.settings.disallowChannel('g1', 'c2');
    reopen();
    expect(store.settings.get('g1')).toEqual({
      guildId: 'g1',
      answerMode: 'allowlist',
      allowedChannelIds: ['c1'],
      dmsEnabled: true,
      cooldownSeconds: 12,
      modLogChannelId: 'log',
    });
    expect(store.settings.get('g2').answerMode).toBe('everywhere');
  });

  it('rejects an out-of-range cooldown and leaves the settings as they were', () => {
    expect(() => store.settings.update('g1', { cooldownSeconds: -1 })).toThrow(RangeError);
    expect(() => store.settings.update('g1', { cooldownSeconds: 1.5 })).toThrow(RangeError);
    expect(store.settings.get('g1').cooldownSeconds).toBe(5);
  });

  it('answers DMs unless a server the user shares turned them off', () => {
    expect(store.settings.areDmsAllowed()).toBe(true);
    store.settings.update('g1', { dmsEnabled: false });
    expect(store.settings.areDmsAllowed(['g2'])).toBe(true);
    expect(store.settings.areDmsAllowed(['g1', 'g2'])).toBe(false);
    expect(store.settings.areDmsAllowed()).toBe(false);
  });
});

describe('votes', () => {
  it('counts each user once per answer and lets them change their vote, across a restart', () => {
    const { id } = recordAnswer();
    expect(store.answers.vote(id, 'u1', 'helpful')).toEqual({ helpful: 1, wrong: 0 });
    expect(store.answers.vote(id, 'u1', 'helpful')).toEqual({ helpful: 1, wrong: 0 });
    expect(store.answers.vote(id, 'u2', 'helpful')).toEqual({ helpful: 2, wrong: 0 });
    expect(store.answers.vote(id, 'u1', 'wrong')).toEqual({ helpful: 1, wrong: 1 });
    reopen();
    expect(store.answers.tally(id)).toEqual({ helpful: 1, wrong: 1 });
    expect(store.answers.voteOf(id, 'u1')).toBe('wrong');
    expect(store.answers.voteOf(id, 'u3')).toBeUndefined();
  });

  it('links an answer to its message', () => {
    const { id } = recordAnswer();
    store.answers.setMessageId(id, 'm1');
    expect(store.answers.get(id)?.messageId).toBe('m1');
    expect(store.answers.get(9999)).toBeUndefined();
  });
});

describe('review queue', () => {
  it('lists Wrong reports with question, answer, citations and comment until handled', () => {
    const { id } = recordAnswer();
    store.answers.vote(id, 'u1', 'helpful');
    const report = store.reports.reportWrongAnswer(id, 'u1', '  It was in January.  ');
    expect(store.answers.voteOf(id, 'u1')).toBe('wrong');
    reopen();
    expect(store.review.pendingWrongAnswers({ guildId: 'g1' })).toEqual([
      {
        reportId: report.id,
        answerId: id,
        question: 'Who met in Washington?',
        answerText: 'Defense officials met in Washington.',
        citations: [{ sentence: 2, text: 'Officials met in Washington.' }],
        comment: 'It was in January.',
        reporterId: 'u1',
        channelId: 'c1',
        messageId: null,
        reportedAt: clock,
      },
    ]);
    expect(store.reports.markWrongReportHandled(report.id, 'mod')).toBe(true);
    expect(store.reports.markWrongReportHandled(report.id, 'mod')).toBe(false);
    reopen();
    expect(store.review.pendingWrongAnswers({ guildId: 'g1' })).toEqual([]);
    expect(store.reports.getWrongReport(report.id)?.handledBy).toBe('mod');
    expect(store.review.pendingWrongAnswers({ guildId: 'other' })).toEqual([]);
  });

  it('a second Wrong report from the same user replaces the comment and reopens it', () => {
    const { id } = recordAnswer();
    const first = store.reports.reportWrongAnswer(id, 'u1', 'First');
    store.reports.markWrongReportHandled(first.id, 'mod');
    const second = store.reports.reportWrongAnswer(id, 'u1', 'Second');
    expect(second.id).toBe(first.id);
    expect(store.review.pendingWrongAnswers({ guildId: 'g1' }).map((r) => r.comment)).toEqual(['Second']);
  });

  it('lists message reports until handled', () => {
    const report = store.reports.reportMessage({
      guildId: 'g1',
      channelId: 'c1',
      messageId: 'm5',
      targetAuthorId: 'troll',
      reporterId: 'u1',
      reason: 'Harassment',
    });
    expect(store.review.pendingMessageReports({ guildId: 'g1' })).toMatchObject([
      { id: report.id, reason: 'Harassment' },
    ]);
    expect(store.reports.markMessageReportHandled(report.id, 'mod')).toBe(true);
    expect(store.review.pendingMessageReports({ guildId: 'g1' })).toEqual([]);
  });

  it('groups unanswered questions by wording, most asked first, and ignores answered ones', () => {
    const ask = (question: string, answered = false, userId = 'u1') =>
      store.questions.log({
        guildId: 'g1',
        channelId: 'c1',
        userId,
        question,
        intent: answered ? 'who-is' : 'not-covered',
        answered,
      });
    ask('What did the talks cost?');
    clock += 1000;
    ask('what did the talks COST');
    clock += 1000;
    ask('What did the talks cost ?!', false, 'u2');
    ask('Where was the balloon built?');
    ask('Who led the talks?', true);
    expect(store.review.knowledgeGaps({ guildId: 'g1' })).toEqual([
      {
        normalizedQuestion: 'what did the talks cost',
        example: 'What did the talks cost ?!',
        count: 3,
        lastAskedAt: clock,
      },
      {
        normalizedQuestion: 'where was the balloon built',
        example: 'Where was the balloon built?',
        count: 1,
        lastAskedAt: clock,
      },
    ]);
    expect(store.review.knowledgeGaps({ guildId: 'g1', limit: 1 })).toHaveLength(1);
  });

  it('reports usage over a chosen period', () => {
    const ask = (intent: string, answered: boolean) =>
      store.questions.log({ guildId: 'g1', channelId: 'c1', userId: 'u1', question: 'q?', intent, answered });
    ask('timeline', true); // day 0, outside the period below
    clock += 86_400_000;
    const since = clock;
    ask('who-is', true);
    ask('who-is', true);
    ask('timeline', true);
    ask('not-covered', false);
    store.questions.log({
      guildId: 'g1',
      channelId: 'c1',
      userId: 'u1',
      question: 'bad',
      intent: null,
      answered: false,
      filtered: true,
    });
    expect(store.review.usage({ guildId: 'g1', since })).toEqual({
      asked: 5,
      answered: 3,
      answeredShare: 0.6,
      filtered: 1,
      topIntents: [
        { intent: 'who-is', count: 2 },
        { intent: 'not-covered', count: 1 },
        { intent: 'timeline', count: 1 },
      ],
    });
    expect(store.review.usage({ guildId: 'g1' }).asked).toBe(6);
    expect(store.review.usage({ guildId: 'none' })).toMatchObject({ asked: 0, answeredShare: 0 });
  });

  it('never stores the text of a filtered question, nor of answered ones', () => {
    const secret = 'zqxfilteredwordzqx';
    store.questions.log({
      guildId: 'g1',
      channelId: 'c1',
      userId: 'u1',
      question: `you ${secret}`,
      intent: null,
      answered: false,
      filtered: true,
    });
    store.questions.log({
      guildId: 'g1',
      channelId: 'c1',
      userId: 'u1',
      question: 'zqxansweredzqx?',
      intent: 'who-is',
      answered: true,
    });
    expect(store.review.knowledgeGaps({ guildId: 'g1' })).toEqual([]);
    store.close();
    for (const file of readdirSync(folder.path)) {
      const bytes = readFileSync(join(folder.path, file), 'latin1');
      expect(bytes).not.toContain(secret);
      expect(bytes).not.toContain('zqxansweredzqx');
    }
    store = openModerationStore(path, { now });
  });

  it('remembers the discussion threads it opened', () => {
    store.threads.record({
      threadId: 't1',
      guildId: 'g1',
      parentChannelId: 'c1',
      topicId: 'balloon',
      openedBy: 'u1',
    });
    store.threads.record({
      threadId: 't1',
      guildId: 'g1',
      parentChannelId: 'c1',
      topicId: 'other',
      openedBy: 'u2',
    });
    reopen();
    expect(store.threads.get('t1')).toMatchObject({ topicId: 'balloon', parentChannelId: 'c1' });
    expect(store.threads.get('c1')).toBeUndefined();
  });
});

describe('normalizeQuestion', () => {
  it('folds case, accents, punctuation, spacing and mentions', () => {
    expect(normalizeQuestion('<@123> Who  shot down the Balloon?!')).toBe('who shot down the balloon');
    expect(normalizeQuestion('Où est Pékin ?')).toBe('ou est pekin');
    expect(normalizeQuestion('?!')).toBe('');
  });
});
