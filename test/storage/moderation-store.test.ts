import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ModerationStore, StoreLocation } from '../../src/storage/moderation-store.js';
import { normalizeQuestion } from '../../src/storage/normalize-question.js';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-repository.js';
import { STORAGE_ENGINES, storeEngine } from '../support/store-engines.js';

// Every behaviour of the store, on SQLite and on a real PostgreSQL server.
describe.each(STORAGE_ENGINES)('the store on %s', (engineName) => {
  const engine = storeEngine(engineName);
  let location: StoreLocation & { folder?: string };
  let clock: number;
  let store: ModerationStore;
  const now = () => clock;
  const reopen = async () => {
    await store.close();
    store = await engine.open(location, { now });
  };

  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    location = await engine.fresh();
    clock = Date.UTC(2024, 0, 10);
    store = await engine.open(location, { now });
  });
  afterEach(async () => {
    await store.close();
  });

  async function recordAnswer(question = 'Who met in Washington?') {
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
    it('gives the defaults to a server that never changed anything', async () => {
      expect(await store.settings.get('new')).toEqual({ guildId: 'new', ...DEFAULT_SETTINGS });
      expect(DEFAULT_SETTINGS.cooldownSeconds).toBe(5);
    });

    it('keeps changes and the allowlist across a restart, per server', async () => {
      await store.settings.update('g1', {
        answerMode: 'allowlist',
        cooldownSeconds: 12,
        modLogChannelId: 'log',
      });
      await store.settings.allowChannel('g1', 'c2');
      await store.settings.allowChannel('g1', 'c1');
      await store.settings.allowChannel('g1', 'c1');
      await store.settings.disallowChannel('g1', 'c2');
      await reopen();
      expect(await store.settings.get('g1')).toEqual({
        guildId: 'g1',
        answerMode: 'allowlist',
        allowedChannelIds: ['c1'],
        dmsEnabled: true,
        cooldownSeconds: 12,
        modLogChannelId: 'log',
      });
      expect((await store.settings.get('g2')).answerMode).toBe('everywhere');
    });

    it('rejects an out-of-range cooldown and leaves the settings as they were', async () => {
      await expect(store.settings.update('g1', { cooldownSeconds: -1 })).rejects.toThrow(RangeError);
      await expect(store.settings.update('g1', { cooldownSeconds: 1.5 })).rejects.toThrow(RangeError);
      expect((await store.settings.get('g1')).cooldownSeconds).toBe(5);
    });

    it('answers DMs unless a server the user shares turned them off', async () => {
      expect(await store.settings.areDmsAllowed()).toBe(true);
      await store.settings.update('g1', { dmsEnabled: false });
      expect(await store.settings.areDmsAllowed(['g2'])).toBe(true);
      expect(await store.settings.areDmsAllowed(['g1', 'g2'])).toBe(false);
      expect(await store.settings.areDmsAllowed()).toBe(false);
    });
  });

  describe('votes', () => {
    it('counts each user once per answer and lets them change their vote, across a restart', async () => {
      const { id } = await recordAnswer();
      expect(await store.answers.vote(id, 'u1', 'helpful')).toEqual({ helpful: 1, wrong: 0 });
      expect(await store.answers.vote(id, 'u1', 'helpful')).toEqual({ helpful: 1, wrong: 0 });
      expect(await store.answers.vote(id, 'u2', 'helpful')).toEqual({ helpful: 2, wrong: 0 });
      expect(await store.answers.vote(id, 'u1', 'wrong')).toEqual({ helpful: 1, wrong: 1 });
      await reopen();
      expect(await store.answers.tally(id)).toEqual({ helpful: 1, wrong: 1 });
      expect(await store.answers.voteOf(id, 'u1')).toBe('wrong');
      expect(await store.answers.voteOf(id, 'u3')).toBeUndefined();
    });

    it('links an answer to its message', async () => {
      const { id } = await recordAnswer();
      await store.answers.setMessageId(id, 'm1');
      expect((await store.answers.get(id))?.messageId).toBe('m1');
      expect(await store.answers.get(9999)).toBeUndefined();
    });
  });

  describe('review queue', () => {
    it('lists Wrong reports with question, answer, citations and comment until handled', async () => {
      const { id } = await recordAnswer();
      await store.answers.vote(id, 'u1', 'helpful');
      const report = await store.reports.reportWrongAnswer(id, 'u1', '  It was in January.  ');
      expect(await store.answers.voteOf(id, 'u1')).toBe('wrong');
      await reopen();
      expect(await store.review.pendingWrongAnswers({ guildId: 'g1' })).toEqual([
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
          articleId: null,
        },
      ]);
      expect(await store.reports.markWrongReportHandled(report.id, 'mod')).toBe(true);
      expect(await store.reports.markWrongReportHandled(report.id, 'mod')).toBe(false);
      await reopen();
      expect(await store.review.pendingWrongAnswers({ guildId: 'g1' })).toEqual([]);
      expect((await store.reports.getWrongReport(report.id))?.handledBy).toBe('mod');
      expect(await store.review.pendingWrongAnswers({ guildId: 'other' })).toEqual([]);
    });

    it('a second Wrong report from the same user replaces the comment and reopens it', async () => {
      const { id } = await recordAnswer();
      const first = await store.reports.reportWrongAnswer(id, 'u1', 'First');
      await store.reports.markWrongReportHandled(first.id, 'mod');
      const second = await store.reports.reportWrongAnswer(id, 'u1', 'Second');
      expect(second.id).toBe(first.id);
      expect((await store.review.pendingWrongAnswers({ guildId: 'g1' })).map((r) => r.comment)).toEqual([
        'Second',
      ]);
    });

    it('lists message reports until handled', async () => {
      const report = await store.reports.reportMessage({
        guildId: 'g1',
        channelId: 'c1',
        messageId: 'm5',
        targetAuthorId: 'troll',
        reporterId: 'u1',
        reason: 'Harassment',
      });
      expect(await store.review.pendingMessageReports({ guildId: 'g1' })).toMatchObject([
        { id: report.id, reason: 'Harassment' },
      ]);
      expect(await store.reports.markMessageReportHandled(report.id, 'mod')).toBe(true);
      expect(await store.review.pendingMessageReports({ guildId: 'g1' })).toEqual([]);
    });

    it('groups unanswered questions by wording, most asked first, and ignores answered ones', async () => {
      const ask = async (question: string, answered = false, userId = 'u1') =>
        store.questions.log({
          guildId: 'g1',
          channelId: 'c1',
          userId,
          question,
          intent: answered ? 'who-is' : 'not-covered',
          answered,
        });
      await ask('What did the talks cost?');
      clock += 1000;
      await ask('what did the talks COST');
      clock += 1000;
      await ask('What did the talks cost ?!', false, 'u2');
      await ask('Where was the balloon built?');
      await ask('Who led the talks?', true);
      expect(await store.review.knowledgeGaps({ guildId: 'g1' })).toEqual([
        {
          normalizedQuestion: 'what did the talks cost',
          example: 'What did the talks cost ?!',
          count: 3,
          lastAskedAt: clock,
          articleId: null,
        },
        {
          normalizedQuestion: 'where was the balloon built',
          example: 'Where was the balloon built?',
          count: 1,
          lastAskedAt: clock,
          articleId: null,
        },
      ]);
      expect(await store.review.knowledgeGaps({ guildId: 'g1', limit: 1 })).toHaveLength(1);
    });

    it('reports usage over a chosen period', async () => {
      const ask = async (intent: string, answered: boolean) =>
        store.questions.log({
          guildId: 'g1',
          channelId: 'c1',
          userId: 'u1',
          question: 'q?',
          intent,
          answered,
        });
      await ask('timeline', true); // day 0, outside the period below
      clock += 86_400_000;
      const since = clock;
      await ask('who-is', true);
      await ask('who-is', true);
      await ask('timeline', true);
      await ask('not-covered', false);
      await store.questions.log({
        guildId: 'g1',
        channelId: 'c1',
        userId: 'u1',
        question: 'bad',
        intent: null,
        answered: false,
        filtered: true,
      });
      expect(await store.review.usage({ guildId: 'g1', since })).toEqual({
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
      expect((await store.review.usage({ guildId: 'g1' })).asked).toBe(6);
      expect(await store.review.usage({ guildId: 'none' })).toMatchObject({ asked: 0, answeredShare: 0 });
    });

    // The bytes on disk can be read back only from SQLite's file; the repository code is the same on both.
    it.runIf(engineName === 'sqlite')(
      'never stores the text of a filtered question, nor of answered ones',
      async () => {
        const secret = 'zqxfilteredwordzqx';
        await store.questions.log({
          guildId: 'g1',
          channelId: 'c1',
          userId: 'u1',
          question: `you ${secret}`,
          intent: null,
          answered: false,
          filtered: true,
        });
        await store.questions.log({
          guildId: 'g1',
          channelId: 'c1',
          userId: 'u1',
          question: 'zqxansweredzqx?',
          intent: 'who-is',
          answered: true,
        });
        expect(await store.review.knowledgeGaps({ guildId: 'g1' })).toEqual([]);
        await store.close();
        for (const file of readdirSync(location.folder ?? '')) {
          const bytes = readFileSync(join(location.folder ?? '', file), 'latin1');
          expect(bytes).not.toContain(secret);
          expect(bytes).not.toContain('zqxansweredzqx');
        }
        store = await engine.open(location, { now });
      },
    );

    it('remembers the discussion threads it opened', async () => {
      await store.threads.record({
        threadId: 't1',
        guildId: 'g1',
        parentChannelId: 'c1',
        topicId: 'balloon',
        openedBy: 'u1',
      });
      await store.threads.record({
        threadId: 't1',
        guildId: 'g1',
        parentChannelId: 'c1',
        topicId: 'other',
        openedBy: 'u2',
      });
      await reopen();
      expect(await store.threads.get('t1')).toMatchObject({ topicId: 'balloon', parentChannelId: 'c1' });
      expect(await store.threads.get('c1')).toBeUndefined();
    });
  });
});

describe('normalizeQuestion', () => {
  it('folds case, accents, punctuation, spacing and mentions', () => {
    expect(normalizeQuestion('<@123> Who  shot down the Balloon?!')).toBe('who shot down the balloon');
    expect(normalizeQuestion('Où est Pékin ?')).toBe('ou est pekin');
    expect(normalizeQuestion('?!')).toBe('');
  });
});
