import type { GuildSettings } from '../storage/settings-repository.js';
import type { ModLogEntry } from './format-mod-log.js';

/**
 * The "show settings" card, as plain embed-like data.
 *
 * @example
 * formatSettings(store.settings.get(guildId)).fields[0] // { name: 'Answers in', value: 'Any channel where I am mentioned' }
 */
export function formatSettings(settings: GuildSettings): Omit<ModLogEntry, 'url'> {
  const channels = settings.allowedChannelIds.map((id) => `<#${id}>`).join(', ');
  return {
    title: 'factdesk settings',
    color: 0x3498db,
    fields: [
      {
        name: 'Answers in',
        value:
          settings.answerMode === 'everywhere'
            ? 'Any channel where I am mentioned'
            : `Only ${channels === '' ? '(no channels listed yet)' : channels}, and their threads`,
      },
      { name: 'Direct messages', value: settings.dmsEnabled ? 'On' : 'Off', inline: true },
      {
        name: 'Cooldown',
        value:
          settings.cooldownSeconds === 0
            ? 'None'
            : `${settings.cooldownSeconds} s between questions per member`,
        inline: true,
      },
      {
        name: 'Mod log',
        value: settings.modLogChannelId === null ? 'Not set' : `<#${settings.modLogChannelId}>`,
        inline: true,
      },
    ],
  };
}
