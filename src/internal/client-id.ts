/** A fresh client id for an idempotent send: `crypto.randomUUID()` where available (secure pages). */
export function newClientId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
