import { describe, expect, it } from 'vitest';
import { checkChannelPolicy } from '../../src/moderation/check-channel-policy.js';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-repository.js';

const allowlist = { ...DEFAULT_SETTINGS, answerMode: 'allowlist' as const, allowedChannelIds: ['c1', 'c2'] };

describe('channel policy', () => {
  it('answers everywhere by default', () => {
    expect(checkChannelPolicy({ kind: 'guild', channelId: 'any' }, DEFAULT_SETTINGS).ok).toBe(true);
    expect(checkChannelPolicy({ kind: 'dm' }, DEFAULT_SETTINGS).ok).toBe(true);
  });

  it('with an allowlist, answers only in listed channels and their threads, and says where to ask', () => {
    expect(checkChannelPolicy({ kind: 'guild', channelId: 'c1' }, allowlist).ok).toBe(true);
    expect(
      checkChannelPolicy({ kind: 'guild', channelId: 'thread', parentChannelId: 'c2' }, allowlist).ok,
    ).toBe(true);
    expect(checkChannelPolicy({ kind: 'guild', channelId: 'c9' }, allowlist)).toEqual({
      ok: false,
      reason: 'channel-not-allowed',
      notice: 'I only answer questions in <#c1>, <#c2>.',
      notify: true,
      logToModLog: false,
    });
    expect(
      checkChannelPolicy({ kind: 'guild', channelId: 'thread', parentChannelId: 'c9' }, allowlist).ok,
    ).toBe(false);
  });

  it('an empty allowlist answers nowhere in the server', () => {
    const empty = { ...allowlist, allowedChannelIds: [] };
    expect(checkChannelPolicy({ kind: 'guild', channelId: 'c1' }, empty)).toMatchObject({
      ok: false,
      notice: 'I don’t answer questions in this channel.',
    });
  });

  it('refuses DMs when they are off', () => {
    expect(checkChannelPolicy({ kind: 'dm' }, { ...DEFAULT_SETTINGS, dmsEnabled: false })).toMatchObject({
      ok: false,
      reason: 'dms-off',
    });
  });
});
