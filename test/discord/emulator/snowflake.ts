const discordEpoch = 1420070400000n;
let sequence = 0n;

/** A real-looking, increasing Discord snowflake (discord.js reads timestamps out of ids). */
export function makeSnowflake(): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - discordEpoch) << 22n) | sequence).toString();
}
