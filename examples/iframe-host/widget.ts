/**
 * The widget page of the iframe example: Screenpop on its own origin, connected to the host page's
 * adapter through the postMessage bridge. It trusts only the host origin it was given.
 */
import '../../src/define/index.js';
import { connectAdapter } from '../../src/adapters/post-message/index.js';

const status = document.querySelector<HTMLElement>('[data-region="status"]')!;
const desk = document.querySelector('cx-desk')!;

/** The host page's origin: ?host-origin=…, else the page that embeds this one (document.referrer). */
function hostOrigin(): string {
  const given = new URLSearchParams(location.search).get('host-origin');
  return given ?? new URL(document.referrer).origin;
}

try {
  const adapter = await connectAdapter({
    target: window.parent,
    allowedOrigins: [hostOrigin()],
    onRejected: (rejection) => console.warn('Screenpop bridge dropped a message:', rejection),
  });
  // The screen pop listens to the host's interactions itself; the status line follows what it pops.
  desk.addEventListener('cx-pop', (event) => {
    status.textContent = `Showing ${event.interaction.customerAddress} (${event.interaction.channel}).`;
  });
  desk.adapter = adapter;
  status.textContent = 'Connected: waiting for a customer.';
} catch (error) {
  status.textContent = `Could not connect to the desktop: ${error instanceof Error ? error.message : String(error)}`;
}
