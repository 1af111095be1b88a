/**
 * Runs at most `limit` tasks at once and starts the others in arrival order as places free up.
 *
 * Why: a question awaits the database several times, and every await queues behind the steps of all other
 * questions in flight. Started all at once, a burst of thousands advances in lockstep and none is answered
 * until nearly all are (a load run at 500 questions/s answered almost nothing within 30 s). With a bound,
 * questions are answered in the order they came, and the rest wait as cheap queued events.
 *
 * @example const gate = limitInFlight(64); client.on('messageCreate', (m) => void gate(() => handle(m)));
 */
export function limitInFlight(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  let queue: (() => void)[] = [];
  let head = 0;

  const next = () => {
    running -= 1;
    const start = queue[head];
    if (start === undefined) return;
    queue[head] = noop;
    head += 1;
    // Drop the started front now and then instead of shift(), which copies a long queue each time.
    if (head >= 1024 && head * 2 >= queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    start();
  };

  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        running += 1;
        task().then(resolve, reject).finally(next);
      };
      if (running < limit) start();
      else queue.push(start);
    });
}

const noop = () => {};
