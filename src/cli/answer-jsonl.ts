import { once } from 'node:events';
import type { Engine } from '../engine/types.js';
import { parseJsonlRequest } from './parse-jsonl-request.js';

/**
 * Answers JSON lines from `input` on `output`: exactly one line out per line in, in order. A usable request
 * gets `{"id","answered","text","intent","confidence","citations"}`; a bad one the same keys (not answered,
 * `intent` null) plus `"error"` saying what is wrong, and the run goes on. Output waits for a slow reader
 * (and readline then stops reading input), so memory stays flat however far the reader falls behind.
 * @throws the input stream's error, when reading fails.
 */
export async function answerJsonl(
  engine: Engine,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  // (node:readline is loaded when first used: the start-up snapshot holds this code, and node does not vouch
  // for readline's state in a snapshot.)
  const lines = process
    .getBuiltinModule('node:readline')
    .createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let inputError: unknown;
  // readline does not pass input errors to its iterator; remember them and stop.
  input.once('error', (error) => {
    inputError = error;
    lines.close();
  });
  for await (const line of lines) {
    const request = parseJsonlRequest(line);
    let reply: Record<string, unknown>;
    if ('error' in request) {
      reply = { id: request.id, answered: false, text: '', intent: null, confidence: 0, citations: [] };
      reply.error = request.error;
    } else {
      const a = engine.ask(request.question, request.conversation);
      reply = {
        id: request.id,
        answered: a.answered,
        text: a.text,
        intent: a.intent,
        confidence: a.confidence,
        citations: a.citations,
      };
    }
    if (!output.write(`${JSON.stringify(reply)}\n`)) await once(output, 'drain');
  }
  if (inputError !== undefined) throw inputError;
}
