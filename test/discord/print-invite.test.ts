import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { botPermissionTable, inviteUrl } from '../../src/discord/permissions/bot-permissions.js';

// `npm test` builds dist/ first; this runs what `npm run invite` runs, from a folder without a .env.
const script = fileURLToPath(new URL('../../dist/src/discord/print-invite.js', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'factdesk-invite-'));
const run = (env: Record<string, string>) => {
  const { DISCORD_TOKEN: _t, DISCORD_APPLICATION_ID: _a, ...rest } = process.env;
  return spawnSync(process.execPath, [script], { cwd, env: { ...rest, ...env }, encoding: 'utf8' });
};

describe('npm run invite', () => {
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('prints the invite URL for DISCORD_APPLICATION_ID first, then what each permission is for', () => {
    const out = run({ DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe(inviteUrl('123456789012345678'));
    for (const { label } of Object.values(botPermissionTable)) {
      expect(lines.some((l) => l.trimStart().startsWith(`${label}: `))).toBe(true);
    }
  });

  it('without an application id or a token, stops with one line naming the setting', () => {
    const out = run({});
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^invite: DISCORD_APPLICATION_ID is not set/);
  });
});
