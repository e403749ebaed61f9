// A web-test-runner command that turns the mouse wheel in the page (Playwright's real input, not a
// synthetic event): `executeServerCommand('wheel', { x, y, deltaY })` from a test, see test/wheel.ts.
export function wheelPlugin() {
  return {
    name: 'wheel-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wheel') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('The wheel command needs the Playwright launcher.');
      const page = session.browser.getPage(session.id);
      await page.mouse.move(payload.x, payload.y);
      await page.mouse.wheel(payload.deltaX ?? 0, payload.deltaY ?? 0);
      return true;
    },
  };
}
