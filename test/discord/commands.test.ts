import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { timelineNotices } from '../../src/discord/commands/timeline-command.js';
import { createEngine } from '../../src/engine/create-engine.js';
import { startTestBot, type TestBot } from './start-test-bot.js';

const ephemeral = 64;
const stringOption = 3;

describe('slash commands', () => {
  let t: TestBot;
  let clock = Date.now();
  beforeAll(async () => {
    t = await startTestBot({ engine: createEngine(), now: () => clock });
  });
  afterEach(() => t.expectClean());
  afterAll(async () => {
    await t?.stop();
  });

  const run = async (name: string, options: { name: string; value: string }[] = [], user = t.world.user) => {
    const interaction = t.emulator.injectInteraction(
      { kind: 'command', name, options: options.map((o) => ({ ...o, type: stringOption })) },
      user,
    );
    return (await t.emulator.nextCallback(interaction)).body;
  };
  const press = async (customId: string, message: Record<string, unknown>, user = t.world.user) => {
    const interaction = t.emulator.injectInteraction({ kind: 'button', customId, message }, user);
    return (await t.emulator.nextCallback(interaction)).body;
  };
  const buttonsOf = (data: { components?: { components: { custom_id: string; label: string }[] }[] }) =>
    (data.components ?? []).flatMap((row) => row.components);

  it('/ask answers with an embed quoting the cited sentence', async () => {
    const body = await run('ask', [{ name: 'question', value: 'Who is Michael Chase?' }]);
    expect(body.type).toBe(4);
    const [embed] = body.data.embeds;
    expect(embed.title).toBe('Who is Michael Chase?');
    expect(embed.description).toMatch(/deputy assistant secretary of defense/i);
    expect(embed.fields[0].value).toMatch(/^> .*Michael Chase/);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('a follow-up button asks its question', async () => {
    const asked = await run('ask', [{ name: 'question', value: 'Who is Michael Chase?' }]);
    const [button] = buttonsOf(asked.data);
    expect(button?.custom_id).toMatch(/^ask:/);
    const body = await press(button?.custom_id ?? '', {
      ...buttonHostMessage(t),
      components: asked.data.components,
    });
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toBe(button?.custom_id.slice(4));
    expect(body.data.embeds[0].description.length).toBeGreaterThan(0);
  });

  it('/timeline lists events with both date forms and pages with Next/Previous for the asker only', async () => {
    const body = await run('timeline');
    const first = body.data.embeds[0];
    expect(first.fields[0].value).toMatch(/^Article says “.+” → .+/);
    expect(first.footer.text).toMatch(/^Page 1 of \d+$/);
    const next = buttonsOf(body.data).find((b) => b.label === 'Next');
    expect(next).toBeDefined();
    const message = { ...buttonHostMessage(t), embeds: body.data.embeds, components: body.data.components };

    const paged = await press(next?.custom_id ?? '', message);
    expect(paged.type).toBe(7); // UPDATE_MESSAGE
    expect(paged.data.embeds[0].footer.text).toMatch(/^Page 2 of/);
    expect(paged.data.embeds[0].fields[0].name).not.toBe(first.fields[0].name);

    const previous = buttonsOf(paged.data).find((b) => b.label === 'Previous');
    const back = await press(previous?.custom_id ?? '', message);
    expect(back.data.embeds[0]).toEqual(first);

    const stranger = await press(next?.custom_id ?? '', message, t.world.otherUser);
    expect(stranger.data).toMatchObject({ content: timelineNotices.notOwner, flags: ephemeral });

    clock += 60 * 60_000;
    const late = await press(next?.custom_id ?? '', message);
    expect(late.data).toMatchObject({ content: timelineNotices.expired, flags: ephemeral });
  });

  it('/timeline about autocompletes people, places and events', async () => {
    const interaction = t.emulator.injectInteraction({
      kind: 'autocomplete',
      name: 'timeline',
      options: [{ name: 'about', type: stringOption, value: 'tai', focused: true }],
    });
    const body = (await t.emulator.nextCallback(interaction)).body;
    expect(body.type).toBe(8);
    const choices = body.data.choices as { name: string; value: string }[];
    expect(choices.some((c) => /Taiwan/.test(c.name))).toBe(true);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('/who autocompletes names and shows a profile card', async () => {
    const interaction = t.emulator.injectInteraction({
      kind: 'autocomplete',
      name: 'who',
      options: [{ name: 'name', type: stringOption, value: 'song', focused: true }],
    });
    const choices = (await t.emulator.nextCallback(interaction)).body.data.choices as {
      name: string;
      value: string;
    }[];
    const song = choices.find((c) => /Song Yanchao/.test(c.name));
    expect(song).toBeDefined();
    const body = await run('who', [{ name: 'name', value: song?.value ?? '' }]);
    expect(body.data.embeds[0].title).toMatch(/Song Yanchao/);
    expect(JSON.stringify(body.data.embeds[0])).toMatch(/international military cooperation/i);
  });

  it('/who with an unknown name answers ephemerally, escaping the name', async () => {
    const body = await run('who', [{ name: 'name', value: '*Nobody*' }]);
    expect(body.data.flags).toBe(ephemeral);
    expect(body.data.content).toContain('\\*Nobody\\*');
  });

  it('/source shows the article with numbered sentences', async () => {
    const body = await run('source');
    const text = body.data.embeds.map((e: { description?: string }) => e.description ?? '').join('\n');
    expect(text).toMatch(/\*\*1\.\*\* The United States and China wrapped up/);
  });

  it('/help lists what the bot answers, with example questions', async () => {
    const body = await run('help');
    expect(body.data.embeds[0].title).toBe('What I can answer');
    expect(buttonsOf(body.data).length).toBeGreaterThan(0);
  });
});

/** The message a button sits on (discord.js needs one on every component interaction). */
function buttonHostMessage(t: TestBot) {
  return {
    id: '1100000000000000000',
    channel_id: t.world.channelId,
    guild_id: t.world.guildId,
    author: t.world.bot,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    type: 0,
    flags: 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
  };
}
