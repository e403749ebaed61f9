import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composerChecks, loadChecks, type ComposerChecks } from '../compose/checks-loader.js';

/**
 * The download of the length counters and reply checks (../compose/checks-loader.ts) for an element that
 * needs them (`<cx-composer>`, `<cx-move-to-private>`), and what happens when that download fails.
 *
 * A failed download is kept (`error`) for the element to show in plain words with a Retry that downloads
 * again; it is not tried again on every render (a page that lost its network would ask for the chunk in a
 * loop). Developers are told once in the console, until a download works again.
 */
export class ChecksDownload implements ReactiveController {
  protected readonly host: ReactiveControllerHost;
  readonly #element: string;
  /** Why the last download failed, until Retry (or another download) works. */
  error?: unknown;

  /** `element` names the host in the console warning (`cx-composer`). */
  constructor(host: ReactiveControllerHost, element: string) {
    this.host = host;
    this.#element = element;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts the download when the checks are needed, unless it failed and waits for Retry. */
  request(): void {
    if (!composerChecks.value && this.error === undefined) void this.load();
  }

  /** Downloads the checks (once; shared with other elements). Resolves with them, or undefined after a failure, which is kept. */
  async load(): Promise<ComposerChecks | undefined> {
    try {
      const checks = await loadChecks();
      if (this.error !== undefined) this.error = undefined;
      return checks;
    } catch (error) {
      this.failed(error);
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** The download failed: kept for the agent's words and Retry, and told to developers in the console. */
  failed(error: unknown): void {
    if (this.error === undefined) console.warn(`[screenpop] <${this.#element}> could not download its length counter and reply checks; the agent is offered Retry.`, error);
    this.error = error;
    this.host.requestUpdate();
  }

  /** Retry: downloads again. */
  retry(): Promise<ComposerChecks | undefined> {
    this.error = undefined;
    this.host.requestUpdate();
    return this.load();
  }
}
