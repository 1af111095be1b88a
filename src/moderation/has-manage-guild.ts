/** Discord permission bits (https://discord.com/developers/docs/topics/permissions). */
export const ADMINISTRATOR = 1n << 3n;
export const MANAGE_GUILD = 1n << 5n;

/**
 * Whether a member's permission bitfield (as Discord sends it in `member.permissions`: a decimal string)
 * grants Manage Server; Administrator implies it. Moderator commands call this again when run, because a
 * command's default visibility can be changed by a server's admins.
 *
 * @example
 * hasManageGuild(interaction.member.permissions) // '32' -> true, '2048' -> false
 */
export function hasManageGuild(permissions: bigint | string | null | undefined): boolean {
  if (permissions === null || permissions === undefined) return false;
  let bits: bigint;
  try {
    bits = typeof permissions === 'bigint' ? permissions : BigInt(permissions);
  } catch {
    return false;
  }
  return (bits & (MANAGE_GUILD | ADMINISTRATOR)) !== 0n;
}
