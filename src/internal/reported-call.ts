/**
 * One port call whose failure is reported under its own operation name (`conversations.getConversation`,
 * `conversations.loadMessages`…), for elements that make several calls at once and must tell developers
 * which one failed. Plain TypeScript, no DOM.
 */

/**
 * `call`, with its failure handed to `report` as `operation` (an `AdapterProblems.failed`, which ignores
 * cancellations), then rejecting as before so the caller still shows the agent its error. Nothing is
 * reported once `signal` is aborted: the element moved on, whatever the call threw.
 *
 * ```ts
 * const [conversation, page] = await Promise.all([
 *   reportedAs('conversations.getConversation', port.getConversation(id, { signal }), report, signal),
 *   reportedAs('conversations.loadMessages', port.loadMessages(id, { signal }), report, signal),
 * ]);
 * ```
 */
export function reportedAs<T>(operation: string, call: Promise<T>, report: (operation: string, error: unknown) => unknown, signal?: AbortSignal): Promise<T> {
  return call.catch((error: unknown) => {
    if (!signal?.aborted) report(operation, error);
    throw error;
  });
}
