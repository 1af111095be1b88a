import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotContext } from '../../../src/discord/bot-context.js';
import { type CheckRequest, runChecks } from '../../../src/discord/checks.js';
import { createModerationServices } from '../../../src/discord/moderation/moderation-services.js';
import { COOLDOWN_REACTION, questionChecks } from '../../../src/discord/preconditions/index.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import { NOTICES } from '../../../src/moderation/notices.js';
import { type ModerationStore, openModerationStore } from '../../../src/storage/moderation-store.js';
import { makeTempFolder } from '../../storage/temp-folder.js';

let folder: ReturnType<typeof makeTempFolder>;
let store: ModerationStore;
let ctx: BotContext;
let clock: number;
const now = () => clock;

beforeEach(() => {
  folder = makeTempFolder();
  clock = 1_700_000_000_000;
  store = openModerationStore(join(folder.path, 'bot.sqlite'), { now });
  const moderation = createModerationServices({ store, logger: createLogger({ write: () => {} }), now });
  // The checks read only these two parts of the bot's context.
  ctx = { checks: [], moderation } as Partial<BotContext> as BotContext;
});
afterEach(async () => {
  await store.close();
  folder.remove();
});

const message = (text: string, more: Partial<CheckRequest> = {}): CheckRequest => ({
  source: 'message',
  userId: 'u1',
  guildId: 'g1',
  channelId: 'general',
  text,
  ...more,
});
const check = (request: CheckRequest) => runChecks(questionChecks, request, ctx);

describe('the checks every question goes through, with settings from the database', () => {
  it('settings change who gets answers: allowlist (threads count as their channel), DMs off', async () => {
    expect((await check(message('Who met in Washington?'))).ok).toBe(true);
    await store.settings.update('g1', { answerMode: 'allowlist', cooldownSeconds: 0 });
    await store.settings.allowChannel('g1', 'questions');
    expect(await check(message('Who met?'))).toEqual({
      ok: false,
      notice: NOTICES.channelNotAllowed(['questions']),
      privately: true,
    });
    expect((await check(message('Who met?', { channelId: 'questions' }))).ok).toBe(true);
    expect((await check(message('Who met?', { channelId: 't1', parentChannelId: 'questions' }))).ok).toBe(
      true,
    );

    const dm = message('Who met?', { guildId: null, channelId: 'dm' });
    expect((await check(dm)).ok).toBe(true);
    await store.settings.update('g1', { dmsEnabled: false });
    expect(await check(dm)).toEqual({ ok: false, notice: NOTICES['dms-off'], privately: true });
  });

  it('a burst of 50 messages from one member: one answer, one ⏳, the rest silent; others still answered', async () => {
    const verdicts = [];
    for (let i = 0; i < 50; i++) {
      clock += 10;
      verdicts.push(await check(message(`Question number ${i}?`, { userId: 'spammer' })));
    }
    expect(verdicts.filter((v) => v.ok)).toHaveLength(1);
    expect(verdicts.filter((v) => !v.ok && v.reaction === COOLDOWN_REACTION)).toHaveLength(1);
    expect(verdicts.filter((v) => !v.ok && !v.reaction && !v.notice)).toHaveLength(48);
    expect((await check(message('Who met?', { userId: 'someone' }))).ok).toBe(true);
  });

  it('an interaction in the cooldown is always told (it must be answered), privately', async () => {
    const command = message('Who met?', { source: 'command' });
    expect((await check(command)).ok).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect(await check(command)).toEqual({
        ok: false,
        notice: expect.stringMatching(/^You’re asking quickly/),
      });
    }
  });

  it('a filtered question is stopped before the cooldown, counted without its text, and costs no answer', async () => {
    expect(await check(message('f u c k you'))).toEqual({
      ok: false,
      notice: NOTICES.profanity,
      privately: true,
    });
    expect((await check(message('Who met in Washington?'))).ok).toBe(true);
    expect(await store.review.usage({ guildId: 'g1' })).toMatchObject({ filtered: 1 });
    expect(await store.review.knowledgeGaps({ guildId: 'g1' })).toEqual([]);
  });
});

describe('what feeds the review queue', () => {
  it('recordReply and recordFiltered feed usage and knowledge gaps, without keeping filtered text', async () => {
    const asked = { guildId: 'g1', channelId: 'c', userId: 'u1' };
    const reply = await store.recordReply(
      { ...asked, question: 'Who met?' },
      { answered: true, text: 'Chase and Song.', intent: 'who-is', citations: [{ sentence: 3, text: 'S3' }] },
    );
    expect(await store.answers.get(reply.id)).toMatchObject({
      question: 'Who met?',
      answerText: 'Chase and Song.',
      askerId: 'u1',
    });
    await store.recordReply(
      { ...asked, question: 'What did it cost?' },
      { answered: false, text: 'The article does not say.', intent: 'not-covered', citations: [] },
    );
    await store.recordFiltered(asked);
    expect(await store.review.usage({ guildId: 'g1' })).toMatchObject({ asked: 3, answered: 1, filtered: 1 });
    expect((await store.review.knowledgeGaps({ guildId: 'g1' })).map((g) => g.example)).toEqual([
      'What did it cost?',
    ]);
  });
});
