interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the browser a turn (input, other tasks) before going on: `scheduler.yield()` where there is one
 * (the rest of the work keeps its place ahead of other tasks), else a new macrotask.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return macrotask();
}

/**
 * Resolves after the next paint: a frame callback, then a macrotask (the frame is painted between).
 * `scheduler.yield()` continuations go ahead of rendering in Chromium, so long sliced work waits for
 * this now and then, or the page would not paint until it is done.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void macrotask().then(resolve)));
}

function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}
