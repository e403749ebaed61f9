// The code `npm run bench:boundary` runs, in Node and in Chromium: one `loadMessages` answer holding
// N messages goes through the real validating port boundary (`createAdapter`).
import { createAdapter } from '../src/ports/adapter.js';
import type { Message } from '../src/model/index.js';
import { threadMessage } from '../test/fixtures/thread-dataset.js';

/** N messages, newest first, as a host would send them (optional fields mostly absent). */
export function hostPage(count: number): { messages: Message[]; nextCursor: string | null } {
  const messages: Message[] = [];
  for (let n = count - 1; n >= 0; n -= 1) {
    const m = threadMessage(n, {}, 'bench');
    if (n % 9 === 0) m.sentiment = { score: -0.4, label: 'negative', confidence: 0.8, source: 'adapter', drivers: [{ text: 'slow', weight: -2, kind: 'word' }] };
    if (n % 13 === 5) m.editedAt = new Date(Date.parse(m.createdAt) + 120_000).toISOString();
    messages.push(m);
  }
  return { messages, nextCursor: null };
}

/** Validates one answer of `count` messages at the boundary; resolves with the time it took. */
export async function validateOnce(page: { messages: Message[]; nextCursor: string | null }): Promise<{ ms: number; accepted: number }> {
  const adapter = createAdapter({
    conversations: {
      getConversation: async () => {
        throw new Error('unused');
      },
      loadMessages: async () => page,
    },
  });
  const start = performance.now();
  const result = await adapter.conversations!.loadMessages('bench');
  return { ms: performance.now() - start, accepted: result.messages.length };
}
