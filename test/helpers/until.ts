/**
 * The one way tests wait: for a condition, never for time. The machines running the suite are slow and
 * shared, so the timeout is generous (20 s); it only bounds how long a broken test takes to fail, and the
 * message says what was awaited.
 */
export const UNTIL_TIMEOUT_MS = 20_000;

/**
 * Resolves with the first truthy value `check` returns, checking every 10 ms (a check that throws counts as
 * not yet). Rejects with "Timed out after N s waiting for <what>" when it never comes.
 */
export async function until<T>(
  check: () => T | null | undefined | false | 0 | '',
  what: string,
  options: { timeout?: number } = {},
): Promise<T> {
  const timeout = options.timeout ?? UNTIL_TIMEOUT_MS;
  const end = performance.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = check();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error; // the thing looked at may not exist yet
    }
    if (performance.now() > end) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${Math.round(timeout / 1000)} s waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
