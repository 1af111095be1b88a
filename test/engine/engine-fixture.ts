import { createEngine } from '../../src/engine/create-engine.js';
import type { Engine } from '../../src/engine/types.js';

let shared: Engine | undefined;

/** One real engine (real wink model, real data/) per test file: loading it costs about 0.3 s. */
export function sharedEngine(): Engine {
  shared ??= createEngine();
  return shared;
}

/** Asks turns of one new conversation each call (ids `<prefix>-1`, ...) and returns the last answer. */
export function conversations(
  engine: Engine,
  prefix: string,
): (...turns: string[]) => ReturnType<Engine['ask']> {
  let n = 0;
  return (...turns) => {
    const id = `${prefix}-${++n}`;
    return turns.map((t) => engine.ask(t, id)).at(-1) ?? engine.ask('', id);
  };
}
