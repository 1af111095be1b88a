/**
 * Log lines to stderr, gathered and written once per turn of the event loop. Writing to a pipe is a system
 * call that wakes the reader (a log shipper, journald); one per line cost the bot about a fifth of a
 * millisecond each under load, as much as its reply. Lines still pending when the process exits (an error
 * that ends it, `process.exit`) are written then, synchronously, so none is lost short of SIGKILL.
 *
 * @example writeStderrLine(JSON.stringify({ level: 'info', msg: 'ready' }));
 */
export function writeStderrLine(line: string): void {
  pending.push(line);
  if (pending.length === 1) setImmediate(flush).unref();
}

let pending: string[] = [];

function flush(): void {
  if (pending.length === 0) return;
  const text = `${pending.join('\n')}\n`;
  pending = [];
  process.stderr.write(text);
}

process.on('exit', flush);
