/**
 * The widget page of the iframe example: Screenpop on its own origin, connected to the host page's
 * adapter through the postMessage bridge. It trusts only the host origin it was given.
 */
import '../../src/define/index.js';
import { connectAdapter } from '../../src/adapters/post-message/index.js';
import type { Interaction } from '../../src/model/index.js';

const status = document.querySelector<HTMLElement>('[data-region="status"]')!;
const desk = document.querySelector('cx-desk')!;

/** The host page's origin: ?host-origin=…, else the page that embeds this one (document.referrer). */
function hostOrigin(): string {
  const given = new URLSearchParams(location.search).get('host-origin');
  return given ?? new URL(document.referrer).origin;
}

/** Shows the popped interaction's conversation (and customer) in every element marked data-pop. */
function pop(interaction: Interaction): void {
  if (!interaction.conversationId) return;
  for (const element of desk.querySelectorAll('[data-pop]')) {
    element.setAttribute('conversation-id', interaction.conversationId);
    if (interaction.customerId) element.setAttribute('customer-id', interaction.customerId);
  }
  status.textContent = `Showing ${interaction.customerAddress} (${interaction.channel}).`;
}

try {
  const adapter = await connectAdapter({
    target: window.parent,
    allowedOrigins: [hostOrigin()],
    onRejected: (rejection) => console.warn('Screenpop bridge dropped a message:', rejection),
  });
  desk.adapter = adapter;
  status.textContent = 'Connected: waiting for a customer.';
  adapter.interactions?.subscribe((event) => {
    if (event.type !== 'ended') pop(event.interaction);
  });
  const current = await adapter.interactions?.current?.().catch(() => null);
  if (current) pop(current);
} catch (error) {
  status.textContent = `Could not connect to the desktop: ${error instanceof Error ? error.message : String(error)}`;
}
