/**
 * One wink model for every article's engine. Each engine needs its own wink instance (it teaches the instance
 * its article's names as custom entities), but the model module is loaded once. wink-eng-lite-web-model 1.8
 * re-stringifies its custom-entity meta model on every instance it builds (so the second instance gets a
 * broken one, and about the twentieth runs out of string length): the instances made here get the first,
 * correct copy every time.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Nlp } from '../nlp/create-nlp.js';

type Model = Parameters<typeof winkNLP>[0];
let shared: Model | undefined;

/** The model with a stable custom-entity meta model, whatever other code asked of it before. */
function sharedModel(): Model {
  if (shared) return shared;
  const meta = (model as unknown as { metaCER(): { machines: unknown; transformers: unknown } }).metaCER();
  let machines = meta.machines;
  // Already stringified once per instance built before this one: undo the extra layers.
  while (typeof machines === 'string' && typeof JSON.parse(machines) === 'string') {
    machines = JSON.parse(machines);
  }
  if (typeof machines !== 'string') machines = JSON.stringify(machines);
  const metaCER = () => ({ machines, transformers: meta.transformers });
  shared = { ...(model as unknown as Record<string, unknown>), metaCER } as unknown as Model;
  return shared;
}

/**
 * A new wink instance over the shared model (about 80 ms and 9 MB each here).
 * @example createEngine({ article, nlp: createArticleNlp() })
 */
export function createArticleNlp(): Nlp {
  return winkNLP(sharedModel());
}
