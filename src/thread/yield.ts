interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the browser a turn (input, rendering, other tasks) before going on: `scheduler.yield()` where
 * there is one (the rest of the work keeps its place ahead of other tasks), else a new macrotask.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}
