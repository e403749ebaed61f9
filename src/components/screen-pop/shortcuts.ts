/** What the keyboard can do in `<cx-screen-pop>`. */
export type PopAction = 'accept' | 'next' | 'previous' | 'close';

/**
 * The keys, as "Alt+Shift+A": modifiers (Ctrl or Control, Alt, Shift, Meta) and a key, joined by "+".
 * Letters and digits match the physical key (so Alt+Shift+A works on a Mac, where Alt changes the
 * character), as do key codes ("KeyA", "Digit1"); other keys match `KeyboardEvent.key` ("ArrowDown",
 * "F6"). Null turns an action off.
 */
export type PopShortcuts = Record<PopAction, string | null>;

export const DEFAULT_SHORTCUTS: Readonly<PopShortcuts> = {
  accept: 'Alt+Shift+A',
  next: 'Alt+Shift+N',
  previous: 'Alt+Shift+P',
  close: 'Alt+Shift+W',
};

interface Chord {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  key: string;
}

function parse(spec: string): Chord | null {
  const parts = spec.split('+').map((part) => part.trim()).filter(Boolean);
  const key = parts.pop();
  if (!key) return null;
  const mods = new Set(parts.map((part) => part.toLowerCase()));
  return { ctrl: mods.has('ctrl') || mods.has('control'), alt: mods.has('alt') || mods.has('option'), shift: mods.has('shift'), meta: mods.has('meta') || mods.has('cmd'), key };
}

function matches(chord: Chord, event: KeyboardEvent): boolean {
  if (chord.ctrl !== event.ctrlKey || chord.alt !== event.altKey || chord.shift !== event.shiftKey || chord.meta !== event.metaKey) return false;
  if (/^[a-z]$/i.test(chord.key)) return event.code === `Key${chord.key.toUpperCase()}`;
  if (/^\d$/.test(chord.key)) return event.code === `Digit${chord.key}`;
  if (/^(Key[A-Z]|Digit\d)$/.test(chord.key)) return event.code === chord.key;
  return event.key.toLowerCase() === chord.key.toLowerCase();
}

/** The action a key press asks for, under the given shortcuts. */
export function actionFor(event: KeyboardEvent, shortcuts: PopShortcuts): PopAction | undefined {
  for (const [action, spec] of Object.entries(shortcuts) as [PopAction, string | null][]) {
    const chord = spec ? parse(spec) : null;
    if (chord && matches(chord, event)) return action;
  }
  return undefined;
}
