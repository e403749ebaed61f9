import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PopTerms } from '../../i18n/pop-terms.js';

/** How `<cx-screen-pop>` tells the agent something arrived; each can be turned off. */
export interface PopNotifications {
  /** An alert at the top of the element naming the latest arrival. Default on. */
  alert: boolean;
  /** The number waiting in front of the document title, "(3) …", restored when none wait. Default on. */
  title: boolean;
  /** A polite live-region announcement when a pop is shown, once per interaction. Default on. */
  announce: boolean;
  /** A browser notification (after the agent grants permission). Default off. */
  browser: boolean;
  /** A short tone. Default off. */
  sound: boolean;
}

export const DEFAULT_NOTIFICATIONS: Readonly<PopNotifications> = { alert: true, title: true, announce: true, browser: false, sound: false };

/** At most one browser notification and one tone in this long. */
const QUIET_MS = 4000;

export interface NotifierHost {
  settings(): PopNotifications;
  /** The words in the element's language. */
  terms(): PopTerms;
}

/**
 * The element's notifications: the alert it shows, the document title, the announcement, the browser
 * notification and the tone. The title is restored when nothing waits and when the element leaves
 * the page; a title the host changed meanwhile is kept as the new base.
 */
export class Notifier implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: NotifierHost;
  readonly #announced = new Set<string>();
  #base?: string;
  #set?: string;
  #lastNotice = -Infinity;
  #lastTone = -Infinity;
  #audio?: AudioContext;
  /** The alert shown: the latest arrival's id, words and who it is from. */
  alert?: { id: string; text: string; who: string };
  /** The live region's text. */
  announcement = '';

  constructor(host: ReactiveControllerHost, options: NotifierHost) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#restoreTitle();
    void this.#audio?.close();
    this.#audio = undefined;
  }

  /** The number of interactions waiting changed. */
  waiting(count: number): void {
    if (!this.#options.settings().title || count === 0) {
      this.#restoreTitle();
      return;
    }
    if (this.#base === undefined || document.title !== this.#set) this.#base = document.title;
    this.#set = this.#options.terms().title(count, this.#base);
    document.title = this.#set;
  }

  /** Something new arrived: the alert, the browser notification and the tone, as configured. */
  arrived(id: string, who: string, alert: string, notice: { title: string; body: string }): void {
    const settings = this.#options.settings();
    if (settings.alert) this.alert = { id, text: alert, who };
    const now = performance.now();
    if (settings.browser && typeof Notification === 'function' && Notification.permission === 'granted' && now - this.#lastNotice > QUIET_MS) {
      this.#lastNotice = now;
      try {
        new Notification(notice.title, { body: notice.body, tag: 'screenpop-offered' });
      } catch {
        // Some browsers allow notifications only from a service worker: the in-page alert remains.
      }
    }
    if (settings.sound && now - this.#lastTone > QUIET_MS) {
      this.#lastTone = now;
      this.#tone();
    }
    this.#host.requestUpdate();
  }

  /** Hides the alert (all of it, or only when it is about `id`). */
  clearAlert(id?: string): void {
    if (!this.alert || (id !== undefined && this.alert.id !== id)) return;
    this.alert = undefined;
    this.#host.requestUpdate();
  }

  /** Announces a pop once per interaction id; false when it was announced before or announcing is off. */
  announce(id: string, text: string): boolean {
    if (!this.#options.settings().announce || this.#announced.has(id)) return false;
    this.#announced.add(id);
    if (this.#announced.size > 500) this.#announced.delete(this.#announced.values().next().value!);
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
    return true;
  }

  /** Whether to offer the agent to turn browser notifications on (needs a click). */
  get canAskPermission(): boolean {
    return this.#options.settings().browser && typeof Notification === 'function' && Notification.permission === 'default';
  }

  async askPermission(): Promise<void> {
    if (typeof Notification === 'function') await Notification.requestPermission();
    this.#host.requestUpdate();
  }

  #restoreTitle(): void {
    if (this.#base !== undefined && document.title === this.#set) document.title = this.#base;
    this.#base = undefined;
    this.#set = undefined;
  }

  #tone(): void {
    try {
      this.#audio ??= new AudioContext();
      const oscillator = this.#audio.createOscillator();
      const gain = this.#audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.08, this.#audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.0001, this.#audio.currentTime + 0.25);
      oscillator.connect(gain).connect(this.#audio.destination);
      oscillator.start();
      oscillator.stop(this.#audio.currentTime + 0.25);
    } catch {
      // No audio on this page (policy or no device): the other notifications remain.
    }
  }
}
