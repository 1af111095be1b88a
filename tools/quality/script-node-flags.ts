import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The node flags an npm script passes before its entry file, e.g. `["--max-semi-space-size=2"]` for
 * `node --max-semi-space-size=2 dist/src/cli/ask.js`. The bench runs its children with the same flags as the
 * scripts users run, so what it measures is what they get.
 * @example readScriptNodeFlags('/repo', 'ask') // ['--max-semi-space-size=4', '--heap-growing-percent=30']
 */
export function readScriptNodeFlags(root: string, script: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const command = pkg.scripts?.[script];
  if (!command) throw new Error(`package.json has no "${script}" script`);
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`"${script}" does not start with node: ${command}`);
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('-')) break;
    flags.push(word);
  }
  return flags;
}
