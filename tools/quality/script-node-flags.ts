import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What npm start and npm run ask run node through: node from the start-up snapshot when there is one. */
export const SNAPSHOT_LAUNCHER = 'sh bin/node-snapshot.sh';

/** How an npm script runs node: the environment it sets before `node`, and the flags before the entry file. */
export interface ScriptCommand {
  env: Record<string, string>;
  flags: string[];
}

/**
 * The environment and node flags of an npm script, e.g. `{ env: { MALLOC_MMAP_THRESHOLD_: '131072' }, flags:
 * ['--max-semi-space-size=4'] }` for `MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4 dist/a.js`
 * (or `... sh bin/node-snapshot.sh --max-semi-space-size=4 dist/a.js`, node started from a snapshot).
 * The benches run their children as the scripts users run, so what they measure is what users get.
 * @example readScriptCommand('/repo', 'start').flags // ['--max-semi-space-size=4', ...]
 */
export function readScriptCommand(root: string, script: string): ScriptCommand {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const command = pkg.scripts?.[script];
  if (!command) throw new Error(`package.json has no "${script}" script`);
  const words = command.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let at = 0;
  for (; at < words.length; at++) {
    const assignment = words[at]?.match(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/);
    if (!assignment) break;
    env[assignment[1] as string] = assignment[2] as string;
  }
  // (`sh bin/node-snapshot.sh <flags> <entry>` takes node's own arguments: node, started from a snapshot.)
  const launcher = SNAPSHOT_LAUNCHER.split(' ');
  const launched = launcher.every((word, i) => words[at + i] === word);
  if (words[at] !== 'node' && !launched) throw new Error(`"${script}" does not start with node: ${command}`);
  const flags: string[] = [];
  for (const word of words.slice(at + (launched ? launcher.length : 1))) {
    if (!word.startsWith('-')) break;
    flags.push(word);
  }
  return { env, flags };
}

/**
 * The node flags an npm script passes before its entry file, e.g. `["--max-semi-space-size=2"]` for
 * `node --max-semi-space-size=2 dist/src/cli/ask.js` (see `readScriptCommand` for its environment too).
 * @example readScriptNodeFlags('/repo', 'ask') // ['--max-semi-space-size=4', '--heap-growing-percent=30']
 */
export function readScriptNodeFlags(root: string, script: string): string[] {
  return readScriptCommand(root, script).flags;
}

/**
 * `['--snapshot-blob', <blob>]` when the build made a start-up snapshot for `entry` (e.g. `ask`) that node
 * can start from with these flags, as bin/node-snapshot.sh checks; else `[]`.
 * @example spawn(process.execPath, [...snapshotArgs(root, 'ask', flags), ...flags, 'child.js'])
 */
export function snapshotArgs(root: string, entry: string, flags: readonly string[]): string[] {
  const blob = join(root, 'dist', 'snapshot', `${entry}.blob`);
  const stamp = join(root, 'dist', 'snapshot', `${entry}.node`);
  if (!existsSync(blob) || !existsSync(stamp)) return [];
  const builtFor = readFileSync(stamp, 'utf8').trim();
  return builtFor === [process.version, ...flags].join(' ') ? ['--snapshot-blob', blob] : [];
}
