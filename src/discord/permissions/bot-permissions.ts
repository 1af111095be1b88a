import { PermissionFlagsBits } from 'discord.js';

type PermissionName = keyof typeof PermissionFlagsBits;

/**
 * Every server permission the bot uses, with its name as Discord's settings show it and the features that
 * need it. The invite link, `npm run invite` and the missing-permission replies all read this one table.
 */
export const botPermissionTable = {
  ViewChannel: { label: 'View Channels', usedFor: 'seeing the channels where members ask' },
  SendMessages: { label: 'Send Messages', usedFor: 'answering mentions and posting to the mod log' },
  SendMessagesInThreads: {
    label: 'Send Messages in Threads',
    usedFor: 'answering in threads, including the ones /discuss opens',
  },
  CreatePublicThreads: {
    label: 'Create Public Threads',
    usedFor: '/discuss, which opens a thread per topic',
  },
  EmbedLinks: { label: 'Embed Links', usedFor: 'help, discussion summaries and mod-log entries (embeds)' },
  ReadMessageHistory: {
    label: 'Read Message History',
    usedFor: 'replying to the question asked and reacting to it',
  },
  AddReactions: {
    label: 'Add Reactions',
    usedFor: 'the ⏳ cooldown and 🚫 closed-DMs reactions on a question',
  },
} as const satisfies Partial<Record<PermissionName, { label: string; usedFor: string }>>;

export type BotPermission = keyof typeof botPermissionTable;

/** The names of the table's permissions, in its order. */
export const botPermissionNames = Object.keys(botPermissionTable) as BotPermission[];

/** The bitfield of everything in the table: the `permissions` of the invite link. */
export const botPermissions: bigint = botPermissionNames.reduce(
  (bits, name) => bits | PermissionFlagsBits[name],
  0n,
);

/** The permission's name as Discord's settings show it, e.g. "Create Public Threads". */
export function permissionLabel(name: BotPermission): string {
  return botPermissionTable[name].label;
}

/**
 * The OAuth2 URL that adds the bot to a server with its commands and exactly the permissions it uses.
 * @example inviteUrl('1234567890123456789') // 'https://discord.com/oauth2/authorize?client_id=…&permissions=…'
 */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: 'bot applications.commands',
    permissions: botPermissions.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString().replaceAll('%20', '+')}`;
}
