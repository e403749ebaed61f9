// The agent turning the mouse wheel over an element: real input through Playwright (see scripts/wheel-plugin.js).
import { executeServerCommand } from '@web/test-runner-commands';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once `el` has not scrolled for five frames (or after two seconds): the virtualizer is done
 * correcting its size estimates. A scroll set by script stops a wheel's smooth scroll short, so the
 * agent's wheel is turned over a view that is at rest, as an agent would.
 */
async function atRest(el: Element): Promise<void> {
  let quiet = 0;
  const reset = () => (quiet = 0);
  el.addEventListener('scroll', reset);
  const until = performance.now() + 2000;
  while (quiet < 5 && performance.now() < until) {
    await frame();
    quiet += 1;
  }
  el.removeEventListener('scroll', reset);
}

/** Turns the wheel once over the middle of `el`, once it is at rest, by `deltaY` pixels (negative: up). */
export async function wheelOver(el: Element, deltaY: number): Promise<void> {
  await atRest(el);
  const box = el.getBoundingClientRect();
  await executeServerCommand('wheel', { x: box.left + box.width / 2, y: box.top + box.height / 2, deltaY });
}
