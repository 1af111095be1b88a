/**
 * The start-up snapshot's entry. `npm run build` (tools/build/build-snapshot.mjs) bundles this file and the
 * code it imports into one script and runs it under `node --build-snapshot`: the wink model is loaded and the
 * default article's engine created here once, at build time, and V8 saves the heap to
 * dist/snapshot/<entry>.blob. `npm run ask` and `npm start` run node through bin/node-snapshot.sh, which
 * starts node from that heap: the main function below runs with the engine already made, instead of loading
 * some 400 modules and the data and building the engine (about two thirds of `npm run ask`'s time).
 *
 * It never answers from stale data or code: before anything else it checks every file the snapshot was made
 * from (the bundled files under dist/ and node_modules/, everything under data/; snapshot-fingerprint.ts),
 * and when one changed, went or came, it says so on stderr and runs the entry the normal way from dist/.
 * Only the default article's engine is in the heap: `--article FILE` ingests and builds its engine as usual
 * (with the wink model already loaded), and the Discord bot starts the normal way. Another entry started from
 * it (the bench's child) runs from dist/ and may take the engine from it (startup-engine.ts).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { createEngine, type EngineOptions } from '../engine/create-engine.js';
import type { Engine } from '../engine/types.js';
import { runAsk } from './run-ask.js';
import { type Fingerprint, staleReason, takeFingerprint } from './snapshot-fingerprint.js';
import { startFactdesk } from './start-factdesk.js';
import { handStartupEngine } from './startup-engine.js';

// The bundle is dist/snapshot/startup-snapshot.cjs; inputs.json beside it lists the code files bundled into it.
const here = dirname(fileURLToPath(import.meta.url));
const root = realpathSync(resolve(here, '..', '..'));
const codeFiles = JSON.parse(readFileSync(join(here, 'inputs.json'), 'utf8')) as string[];
const fingerprint: Fingerprint = takeFingerprint(root, codeFiles, 'data');
const builtEngine = createEngine();

/** The engine in the heap for the default article; any other is built as usual. */
const engineFor = (options: EngineOptions): Engine =>
  Object.keys(options).length === 0 ? builtEngine : createEngine(options);

/** Runs the entry node was given (process.argv[1]) from dist/, as `node <entry>` would. */
function runFromDist(entry: string): void {
  // (node:module is loaded only now: node does not vouch for its state in a snapshot.)
  process.getBuiltinModule('node:module').createRequire(entry)(entry);
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // (Started from a snapshot, node leaves argv[1] as typed; started plainly, it resolves it.)
  const entry = resolve(process.argv[1] ?? '');
  process.argv[1] = entry;
  const blob = process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1] ?? '';
  const stale = staleReason(fingerprint, realpathSync(resolve(blob, '..', '..', '..')), 'data');
  const cli = join(root, 'dist', 'src', 'cli');
  if (stale) {
    process.stderr.write(`factdesk: not starting from ${blob} (${stale}); npm run build makes it again\n`);
    runFromDist(entry);
  } else if (entry === join(cli, 'ask.js')) {
    void runAsk(process.argv.slice(2), engineFor);
  } else if (entry === join(cli, 'main.js') && consoleChatConfigured()) {
    // As main.ts does.
    startFactdesk(engineFor).catch((error: unknown) => {
      process.stderr.write(`factdesk: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
  } else {
    // (Another entry, the bench's child: it may take the engine (startup-engine.ts); the Discord bot does not.)
    if (!entry.startsWith(cli)) handStartupEngine(builtEngine);
    runFromDist(entry);
  }
});

/** `npm start` without a DISCORD_TOKEN (and valid settings): the console chat, which the heap serves. */
function consoleChatConfigured(): boolean {
  try {
    return !loadConfig().discordToken;
  } catch (error) {
    if (error instanceof ConfigError) return false; // main.ts reports it
    throw error;
  }
}
