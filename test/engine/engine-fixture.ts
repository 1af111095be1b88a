import { createEngine } from '../../src/engine/create-engine.js';
import type { Engine } from '../../src/engine/types.js';

let shared: Engine | undefined;

/** One real engine (real wink model, real data/) per test file: loading it costs about 0.3 s. */
export function sharedEngine(): Engine {
  shared ??= createEngine();
  return shared;
}
