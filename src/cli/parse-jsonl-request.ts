/** One JSON-lines request: `{"id", "question", "conversation"?}`. */
export interface JsonlRequest {
  id: unknown;
  question: string;
  conversation?: string;
}

/** A line that is not a usable request: its id when one could be read (else null), and what is wrong. */
export interface JsonlProblem {
  id: unknown;
  error: string;
}

/**
 * Reads one input line of `npm run ask -- --jsonl`. Never throws: a bad line becomes a problem to report,
 * so the run answers every other line.
 * @example parseJsonlRequest('{"id":1,"question":"who?"}') // { id: 1, question: 'who?' }
 * @example parseJsonlRequest('null') // { id: null, error: 'the line is not a JSON object (got null)' }
 */
export function parseJsonlRequest(line: string): JsonlRequest | JsonlProblem {
  if (line.trim() === '') return { id: null, error: 'the line is empty' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'the line is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: `the line is not a JSON object (got ${describeType(value)})` };
  }
  const { id = null, question, conversation } = value as Record<string, unknown>;
  if (id === null) return { id: null, error: 'the request has no "id"' };
  if (question === undefined) return { id, error: 'the request has no "question"' };
  if (typeof question !== 'string') {
    return { id, error: `"question" must be a string (got ${describeType(question)})` };
  }
  if (conversation !== undefined && typeof conversation !== 'string') {
    return { id, error: `"conversation" must be a string when given (got ${describeType(conversation)})` };
  }
  return conversation === undefined ? { id, question } : { id, question, conversation };
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
