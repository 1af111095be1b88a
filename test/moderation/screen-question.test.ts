import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCooldownTracker } from '../../src/moderation/cooldown-tracker.js';
import { NOTICES } from '../../src/moderation/notices.js';
import { screenQuestion } from '../../src/moderation/screen-question.js';
import { type ModerationStore, openModerationStore } from '../../src/storage/moderation-store.js';
import { makeTempFolder } from '../storage/temp-folder.js';

let folder: ReturnType<typeof makeTempFolder>;
let store: ModerationStore;
let clock: number;
const now = () => clock;

beforeEach(() => {
  folder = makeTempFolder();
  clock = 1_700_000_000_000;
  store = openModerationStore(join(folder.path, 'bot.sqlite'), { now });
});
afterEach(() => {
  store.close();
  folder.remove();
});

describe('screening a question with settings from the database', () => {
  it('settings change who gets answers: allowlist, DMs off, cooldown', () => {
    const cooldowns = createCooldownTracker({ now });
    const ask = (channelId: string, userId = 'u1', text = 'Who met in Washington?') =>
      screenQuestion(
        { text, userId, guildId: 'g1', place: { kind: 'guild', channelId } },
        store.settings.get('g1'),
        cooldowns,
      );

    expect(ask('general').ok).toBe(true);
    store.settings.update('g1', { answerMode: 'allowlist', cooldownSeconds: 0 });
    store.settings.allowChannel('g1', 'questions');
    expect(ask('general')).toMatchObject({
      ok: false,
      reason: 'channel-not-allowed',
      notice: NOTICES.channelNotAllowed(['questions']),
    });
    expect(ask('questions').ok).toBe(true);

    const dm = () =>
      screenQuestion(
        { text: 'Who met?', userId: 'u1', guildId: null, place: { kind: 'dm' } },
        { ...store.settings.get('g1'), dmsEnabled: store.settings.areDmsAllowed(['g1']) },
        cooldowns,
      );
    expect(dm().ok).toBe(true);
    store.settings.update('g1', { dmsEnabled: false });
    expect(dm()).toMatchObject({ ok: false, reason: 'dms-off' });
  });

  it('a burst of 50 from one user: one answer, then at most one notice; another user is still answered', () => {
    const cooldowns = createCooldownTracker({ now });
    const verdicts = Array.from({ length: 50 }, (_, i) => {
      clock += 10;
      return screenQuestion(
        {
          text: `Question number ${i}?`,
          userId: 'spammer',
          guildId: 'g1',
          place: { kind: 'guild', channelId: 'c' },
        },
        store.settings.get('g1'),
        cooldowns,
      );
    });
    expect(verdicts.filter((v) => v.ok)).toHaveLength(1);
    expect(verdicts.filter((v) => !v.ok && v.notify)).toHaveLength(1);
    const other = screenQuestion(
      { text: 'Who met?', userId: 'someone', guildId: 'g1', place: { kind: 'guild', channelId: 'c' } },
      store.settings.get('g1'),
      cooldowns,
    );
    expect(other.ok).toBe(true);
  });

  it('a filtered question is stopped before the cooldown and does not use up the next answer', () => {
    const cooldowns = createCooldownTracker({ now });
    const screen = (text: string) =>
      screenQuestion(
        { text, userId: 'u1', guildId: 'g1', place: { kind: 'guild', channelId: 'c' } },
        store.settings.get('g1'),
        cooldowns,
      );
    expect(screen('f u c k you')).toMatchObject({ ok: false, reason: 'profanity', logToModLog: true });
    expect(screen('Who met in Washington?').ok).toBe(true);
  });

  it('recordReply and recordFiltered feed usage and knowledge gaps, without keeping filtered text', () => {
    const asked = { guildId: 'g1', channelId: 'c', userId: 'u1' };
    const reply = store.recordReply(
      { ...asked, question: 'Who met?' },
      { answered: true, text: 'Chase and Song.', intent: 'who-is', citations: [{ sentence: 3, text: 'S3' }] },
    );
    expect(store.answers.get(reply.id)).toMatchObject({
      question: 'Who met?',
      answerText: 'Chase and Song.',
      askerId: 'u1',
    });
    store.recordReply(
      { ...asked, question: 'What did it cost?' },
      { answered: false, text: 'The article does not say.', intent: 'not-covered', citations: [] },
    );
    store.recordFiltered(asked);
    expect(store.review.usage({ guildId: 'g1' })).toMatchObject({ asked: 3, answered: 1, filtered: 1 });
    expect(store.review.knowledgeGaps({ guildId: 'g1' }).map((g) => g.example)).toEqual([
      'What did it cost?',
    ]);
  });
});
