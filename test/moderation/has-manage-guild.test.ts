import { describe, expect, it } from 'vitest';
import { hasManageGuild } from '../../src/moderation/has-manage-guild.js';

describe('hasManageGuild', () => {
  it('accepts Manage Server or Administrator, as a bigint or Discord’s decimal string', () => {
    expect(hasManageGuild(32n)).toBe(true);
    expect(hasManageGuild('32')).toBe(true);
    expect(hasManageGuild('8')).toBe(true); // Administrator
    expect(hasManageGuild((1n << 40n) | 32n)).toBe(true);
  });

  it('refuses members without it, and missing or malformed bitfields', () => {
    expect(hasManageGuild('0')).toBe(false);
    expect(hasManageGuild('2048')).toBe(false); // Send Messages
    expect(hasManageGuild(String((1n << 40n) | 16n))).toBe(false); // Manage Channels and more, not Manage Server
    expect(hasManageGuild(undefined)).toBe(false);
    expect(hasManageGuild(null)).toBe(false);
    expect(hasManageGuild('not a number')).toBe(false);
  });
});
