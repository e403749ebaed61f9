import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { moveAction } from './move-action.js';
import { popHeader } from './pop-header.js';
import type { Pop, PopSection } from './pop-stack.js';
import type { PopViewContext } from './pop-view-context.js';
import type { CxIdentityLinkedEvent } from '../../events/identity.js';

function section(pop: Pop, name: PopSection, title: string, body: TemplateResult, c: PopViewContext): TemplateResult {
  const open = !pop.folded.has(name);
  return html`<details
    part=${`section ${name}-section`}
    class=${`section ${name}`}
    ?open=${open}
    @toggle=${(event: Event) => {
      const now = (event.target as HTMLDetailsElement).open;
      if (now !== open) c.on.toggle(pop.id, name, now);
    }}
  >
    <summary part="summary">${title}</summary>
    ${body}
  </details>`;
}

/**
 * One pop: its header, the conversation thread (with its composer), the customer 360, the move to
 * private and the host's panels. Every pop kept is on the page; only the shown one is visible and
 * reachable, so switching back finds its draft, scroll position and folded sections as they were.
 */
export function popPane(pop: Pop, active: boolean, c: PopViewContext): TemplateResult {
  const { t } = c;
  const interaction = pop.interaction;
  const conversationId = interaction.conversationId;
  const customerId = pop.linked?.id ?? interaction.customerId ?? c.details(pop.id)?.details.conversation?.customerId;
  const conversations = customerId && c.conversationsOf ? c.conversationsOf(customerId) : undefined;
  const thread = conversationId
    ? html`<cx-conversation-thread
        part="thread"
        conversation-id=${conversationId}
        .adapter=${c.adapter}
        locale=${ifDefined(c.locale)}
      ></cx-conversation-thread>`
    : html`<p part="no-conversation" class="note">${t.noConversation}</p>`;
  const customer = html`<cx-customer-360
    part="customer"
    .interaction=${interaction}
    conversation-id=${ifDefined(conversationId)}
    .adapter=${c.adapter}
    .agent=${c.agent}
    .conversations=${conversations}
    .now=${c.now}
    locale=${ifDefined(c.locale)}
  ></cx-customer-360>`;
  return html`<section
    part=${active ? 'pop pop-shown' : 'pop'}
    class="pane"
    data-id=${pop.id}
    ?data-active=${active}
    ?inert=${!active}
    aria-hidden=${active ? 'false' : 'true'}
    aria-labelledby=${`pop-title-${pop.id}`}
    @cx-identity-linked=${(event: CxIdentityLinkedEvent) => c.on.linked(pop.id, event.customer)}
  >
    ${popHeader(pop, active, c)}
    <div class="body">
      ${section(pop, 'conversation', t.sections.conversation, thread, c)}
      <div class="side">
        ${section(pop, 'customer', t.sections.customer, customer, c)}
        ${moveAction(pop, active, c)}
        ${active ? html`<slot name="panel"></slot>` : nothing}
      </div>
    </div>
  </section>`;
}
