/**
 * `cem analyze` reads each element's JSDoc header (`@event {CxClass} cx-name - what`). It also guesses
 * events from `dispatchEvent(new CxClass(x))` calls and takes the argument's variable name for the event's
 * name (`sent`, `message`), or leaves it nameless. Only the documented `cx-*` events are real: keep those.
 */
const documentedEventsOnly = {
  name: 'screenpop-documented-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.events) continue;
        const byName = new Map();
        for (const event of declaration.events) {
          if (!event.name || !/^cx-[a-z-]+$/.test(event.name)) continue;
          byName.set(event.name, { ...byName.get(event.name), ...event });
        }
        declaration.events = [...byName.values()];
        if (!declaration.events.length) delete declaration.events;
      }
    }
  },
};

export default {
  litelement: true,
  plugins: [documentedEventsOnly],
};
