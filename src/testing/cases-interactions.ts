/** The contract's cases about the agent's interactions beyond announcing them: accepting one. */
import type { InteractionEvent } from '../model/index.js';
import type { ContractCase } from './contract.js';
import { collect, expectEqual, until } from './tools.js';
import { lacks } from './twin.js';

export const interactionCases: ContractCase[] = [
  {
    id: 'interactions/accept',
    group: 'live',
    name: 'accepts an offered interaction: it comes back accepted, subscribers hear of it, and accepting again changes nothing',
    needs: (f) => lacks(f, 'interactions.accept') ?? (f.offerInteraction ? undefined : 'no offerInteraction given'),
    async run(f) {
      const port = f.adapter.interactions!;
      const sub = collect<InteractionEvent>((l) => port.subscribe(l));
      try {
        const id = await f.offerInteraction!();
        await until(() => sub.events.some((e) => e.type === 'offered' && e.interaction.id === id), 'the offered interaction', f.waitMs ?? 5_000);
        const accepted = await port.accept!(id);
        expectEqual([accepted.id, accepted.state], [id, 'accepted'], 'the accepted interaction');
        await until(() => sub.events.some((e) => e.type === 'accepted' && e.interaction.id === id), 'an accepted event', f.waitMs ?? 5_000);
        const again = await port.accept!(id);
        expectEqual([again.id, again.state], [id, 'accepted'], 'accepting again');
        if (port.current) expectEqual((await port.current())?.id, id, 'the current interaction after accepting');
      } finally {
        sub.stop();
      }
    },
  },
];
