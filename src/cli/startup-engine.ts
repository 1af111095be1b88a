import type { Engine } from '../engine/types.js';

// (A registered symbol: the snapshot's bundled copy of this module and dist/'s copy are two modules.)
const KEY = Symbol.for('factdesk.startupEngine');
const slot = globalThis as { [KEY]?: Engine };

/** Called by the start-up snapshot (startup-snapshot.ts) before it runs an entry that is not the CLI's own. */
export function handStartupEngine(engine: Engine): void {
  slot[KEY] = engine;
}

/**
 * The default article's engine from the start-up snapshot the process started from, for an entry the
 * snapshot does not know (the bench's child, started from `npm run ask`'s snapshot as `npm run ask` is);
 * undefined when the process did not start from an up-to-date snapshot. Only the first caller gets it.
 * @example const engine = takeStartupEngine() ?? createEngine();
 */
export function takeStartupEngine(): Engine | undefined {
  const engine = slot[KEY];
  delete slot[KEY];
  return engine;
}
