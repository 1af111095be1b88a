import {
  ApplicationCommandOptionType,
  ChannelType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { formatSettings } from '../../moderation/format-settings.js';
import { MAX_COOLDOWN_SECONDS, type SettingsPatch } from '../../storage/settings-repository.js';
import { moderatorOnly, moderatorScope } from '../preconditions/moderator-only.js';
import type { SlashCommand } from './slash-command.js';

const sub = ApplicationCommandOptionType.Subcommand;
const textChannels: (ChannelType.GuildText | ChannelType.GuildAnnouncement)[] = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
];

const data = {
  name: 'factdesk-settings',
  description: 'Show or change where and how factdesk answers (moderators)',
  default_member_permissions: '32',
  dm_permission: false,
  contexts: [0],
  options: [
    { type: sub, name: 'show', description: 'Show the current settings' },
    {
      type: sub,
      name: 'answer-mode',
      description: 'Answer in every channel, or only in allowed channels',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'mode',
          description: 'everywhere or allowlist',
          required: true,
          choices: [
            { name: 'everywhere', value: 'everywhere' },
            { name: 'allowlist', value: 'allowlist' },
          ],
        },
      ],
    },
    {
      type: sub,
      name: 'allow-channel',
      description: 'Add a channel to the allowlist',
      options: [
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'The channel',
          required: true,
          channel_types: textChannels,
        },
      ],
    },
    {
      type: sub,
      name: 'disallow-channel',
      description: 'Remove a channel from the allowlist',
      options: [
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'The channel',
          required: true,
          channel_types: textChannels,
        },
      ],
    },
    {
      type: sub,
      name: 'dms',
      description: 'Turn answering in direct messages on or off',
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'state',
          description: 'on or off',
          required: true,
          choices: [
            { name: 'on', value: 'on' },
            { name: 'off', value: 'off' },
          ],
        },
      ],
    },
    {
      type: sub,
      name: 'cooldown',
      description: 'Seconds between two questions from one member',
      options: [
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'seconds',
          description: `0 to ${MAX_COOLDOWN_SECONDS}`,
          required: true,
          min_value: 0,
          max_value: MAX_COOLDOWN_SECONDS,
        },
      ],
    },
    {
      type: sub,
      name: 'mod-log',
      description: 'The channel where reports and filtered questions are logged',
      options: [
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'The mod-log channel',
          required: true,
          channel_types: textChannels,
        },
      ],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/factdesk-settings <subcommand>`: moderators (Manage Server) show or change the server's settings. */
export const factdeskSettingsCommand: SlashCommand = {
  data,
  checks: [moderatorOnly],
  async execute(interaction, ctx) {
    const { moderation, guildId } = moderatorScope(interaction, ctx);
    const settings = moderation.store.settings;
    const options = interaction.options;
    const patch: SettingsPatch = {};
    switch (options.getSubcommand()) {
      case 'answer-mode':
        patch.answerMode = options.getString('mode', true) === 'allowlist' ? 'allowlist' : 'everywhere';
        break;
      case 'allow-channel':
        await settings.allowChannel(guildId, channelOption(options));
        break;
      case 'disallow-channel':
        await settings.disallowChannel(guildId, channelOption(options));
        break;
      case 'dms':
        patch.dmsEnabled = options.getString('state', true) === 'on';
        break;
      case 'cooldown': {
        const seconds = options.getInteger('seconds', true);
        if (seconds < 0 || seconds > MAX_COOLDOWN_SECONDS) {
          await interaction.reply({
            content: `The cooldown must be from 0 to ${MAX_COOLDOWN_SECONDS} seconds.`,
            flags: MessageFlags.Ephemeral,
          });
          return;
        }
        patch.cooldownSeconds = seconds;
        break;
      }
      case 'mod-log':
        patch.modLogChannelId = channelOption(options);
        break;
    }
    const current =
      Object.keys(patch).length > 0 ? await settings.update(guildId, patch) : await settings.get(guildId);
    await interaction.reply({
      embeds: [formatSettings(current)],
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  },
};

/** The chosen channel's id; read from the raw option so an uncached channel still works. */
function channelOption(options: { get(name: string, required: true): { value?: unknown } }): string {
  return String(options.get('channel', true).value);
}
