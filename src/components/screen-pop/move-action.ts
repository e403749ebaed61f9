import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Pop } from './pop-stack.js';
import type { PopViewContext } from './pop-view-context.js';

/**
 * The one place the move to private goes in a pop: `<cx-move-to-private>` for the pop's conversation,
 * as the `move` slot's fallback, so a host that runs its own move puts its control in that slot instead.
 * Only the shown pop has it (the slot exists once).
 */
export function moveAction(pop: Pop, active: boolean, c: PopViewContext): TemplateResult | typeof nothing {
  const conversationId = pop.interaction.conversationId;
  if (!active || !conversationId) return nothing;
  return html`<slot name="move"
    ><cx-move-to-private
      part="move"
      conversation-id=${conversationId}
      .adapter=${c.adapter}
      agent-name=${ifDefined(c.agent?.displayName)}
      .now=${c.now}
      locale=${ifDefined(c.locale)}
    ></cx-move-to-private
  ></slot>`;
}
