/** Turns the quantities found in sentences into the store's `quantities`, each citing its sentence. */
import type { Quantity } from '../facts/schema.js';
import { AUTO, slug } from './drafted.js';
import type { FoundQuantity } from './find-quantities.js';
import type { TokenSentence } from './sentence-tokens.js';

/**
 * The quantities of every sentence, in article order, with ids from what they count.
 * @example buildQuantities([{ ts, quantities: findQuantities(ts, gazetteer) }])[0]?.id // 'quantity:couriers-1'
 */
export function buildQuantities(
  found: readonly { ts: TokenSentence; quantities: readonly FoundQuantity[] }[],
): Quantity[] {
  return found
    .flatMap(({ ts, quantities }) => quantities.map((q) => ({ ts, q })))
    .map(({ ts, q }, n) => ({
      id: `quantity:${slug(q.noun).split('-').slice(0, 4).join('-')}-${n + 1}`,
      text: q.text,
      value: q.value,
      ...(q.unit ? { unit: q.unit } : {}),
      noun: q.noun,
      evidence: [ts.sentence.text],
      provenance: AUTO,
    }));
}
