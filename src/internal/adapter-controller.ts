import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { adapterContext } from '../context.js';
import type { Adapter } from '../ports/ports.js';

type Host = ReactiveElement & { adapter?: Adapter | undefined };

/**
 * The adapter a component uses: its own `adapter` property when set, otherwise the one the nearest
 * `<cx-desk>` provides. The host re-renders when the provided adapter changes.
 */
export class AdapterController implements ReactiveController {
  readonly #host: Host;
  #provided?: Adapter;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: (value) => {
        const old = this.value;
        this.#provided = value;
        if (this.value !== old) host.requestUpdate();
      },
    });
  }

  get value(): Adapter | undefined {
    return this.#host.adapter ?? this.#provided;
  }

  hostConnected(): void {}
}
