import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { botPermissions, inviteUrl } from '../../../src/discord/permissions/bot-permissions.js';
import { sharedEngine } from '../../engine/engine-fixture.js';
import { makeUser } from '../emulator/payloads.js';
import { type ModeratedBot, startModeratedBot } from '../moderation/start-moderated-bot.js';

const engine = sharedEngine();
const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the invite link asks for what the features use, and nothing else', () => {
  let t: ModeratedBot;
  // A fixed clock keeps the cooldown window open for the whole tour.
  const now = () => 1_700_000_000_000;

  beforeAll(async () => {
    t = await startModeratedBot({ engine, now });
    // The server grants exactly what the invite link asks for; the emulator applies Discord's rules.
    t.emulator.grantPermissions(botPermissions);
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  it('every feature works with exactly the invite permissions, and each permission is used by one', async () => {
    const modLog = t.addChannel('mod-log');
    await t.emulator.nextCallback(
      t.moderatorCommand('factdesk-settings', 'mod-log', [{ name: 'channel', type: 7, value: modLog }]),
    );
    // An answer is a reply to the question.
    t.say('Who is Michael Chase?');
    expect((await t.emulator.nextMessage()).body.content).toMatch(/deputy/i);
    // Asking again within the cooldown: a reaction.
    const again = t.say('Where were the talks held?');
    await t.emulator.nextRequest({ method: 'PUT', path: new RegExp(`/messages/${again.id}/reactions/`) });
    // A bare mention: the help embed.
    const helper = makeUser('helper');
    t.say('', { user: helper });
    expect((await t.emulator.nextMessage()).body.embeds[0].title).toBe('What I can answer');
    // A filtered question from a member whose DMs are closed: mod-log embed and a 🚫 reaction.
    t.emulator.refuseNext({ method: 'POST', path: `/channels/${t.world.dmChannelId}/messages` });
    const rude = t.say('why are those fucking generals meeting', { user: t.world.otherUser });
    expect((await t.emulator.nextMessage(modLog)).body.embeds).toHaveLength(1);
    await t.emulator.nextRequest({ method: 'PUT', path: new RegExp(`/messages/${rude.id}/reactions/`) });
    // /discuss: a thread, a summary embed in it, then an answer in the thread.
    const topic = engine.topics()[0]?.id as string;
    const discuss = t.interact(
      { kind: 'command', name: 'discuss', options: [{ name: 'topic', type: 3, value: topic }] },
      { user: makeUser('opener') },
    );
    const thread = (await t.emulator.nextRequest({ method: 'POST', path: /\/threads$/ })).response
      .id as string;
    expect((await t.emulator.nextMessage(thread)).body.embeds).toHaveLength(1);
    await t.emulator.nextCallback(discuss);
    t.say('Who is Song Yanchao?', { user: makeUser('threader'), channelId: thread });
    expect((await t.emulator.nextMessage(thread)).body.content).toMatch(/Major General/);

    expect(
      t.emulator.requests.filter((r) => r.status === 403 && !r.path.includes(t.world.dmChannelId)),
    ).toEqual([]);
    const names = (bits: bigint) =>
      Object.entries(PERMISSION_NAMES)
        .filter(([bit]) => (BigInt(bit) & bits) !== 0n)
        .map(([, name]) => name);
    expect(names(t.emulator.permissionsUsed)).toEqual(names(botPermissions));
    expect(t.emulator.permissionsUsed).toBe(botPermissions);
  });
});

describe('the invite link', () => {
  it('carries the application id, both scopes and the permission set, and the README shows the same set', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(botPermissions.toString());
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const shown = [...readme.matchAll(/permissions=(\d+)/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([botPermissions.toString()]));
  });
});

/** Readable names for a failure message (bit value → name). */
const PERMISSION_NAMES: Record<string, string> = {
  [String(1n << 6n)]: 'AddReactions',
  [String(1n << 10n)]: 'ViewChannel',
  [String(1n << 11n)]: 'SendMessages',
  [String(1n << 14n)]: 'EmbedLinks',
  [String(1n << 16n)]: 'ReadMessageHistory',
  [String(1n << 35n)]: 'CreatePublicThreads',
  [String(1n << 38n)]: 'SendMessagesInThreads',
};
