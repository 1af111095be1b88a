import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/engine/question-terms.js';

describe('spanOf: the fewest tokens holding one position of every list', () => {
  it('picks the closest combination, whatever order the positions come in', () => {
    expect(spanOf([[2, 9], [4], []])).toBe(2);
    expect(spanOf([[30, 3], [12, 5], [7]])).toBe(4);
    expect(spanOf([[1], [1]])).toBe(0);
  });

  it('reads a position in the sentence leant on (-1) as the start of the sentence', () => {
    expect(spanOf([[-1], [3]])).toBe(3);
  });

  it('leaves out the list it is told to skip, and has no span without positions', () => {
    expect(spanOf([[0], [40], [2]], 1)).toBe(2);
    expect(spanOf([[], []])).toBe(Number.POSITIVE_INFINITY);
    expect(spanOf([[5]], 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('handles more positions than its scratch space starts with', () => {
    const many = Array.from({ length: 300 }, (_, i) => 1000 - i);
    expect(spanOf([many, [701, 5000]])).toBe(0);
    expect(spanOf([many, [5000]])).toBe(4000);
  });
});
