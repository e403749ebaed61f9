import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html, type TemplateResult } from 'lit';
import type { CxAdapterErrorEvent } from '../../src/events/adapter-error.js';
import { AdapterProblems } from '../../src/internal/adapter-problems.js';
import { errorView } from '../../src/internal/error-view.js';
import { errorViewStyles } from '../../src/internal/error-view.styles.js';
import { tokens } from '../../src/styles/tokens.js';
import { createAdapter, InvalidDataError, RetryableError, AbortedError, type Adapter } from '../../src/ports/index.js';
import { threadMessage } from '../fixtures/thread-dataset.js';
import { catchAdapterErrors } from '../helpers/adapter-errors.js';
import { until } from '../helpers/until.js';

/** A small element that loads through the adapter and reports the way the thread will. */
class ProblemProbe extends LitElement {
  static override styles = [tokens, errorViewStyles];
  adapter?: Adapter;
  readonly problems = new AdapterProblems(this, { get value() { return undefined; } });
  error?: unknown;
  retries = 0;

  override render(): TemplateResult {
    return html`${this.error ? errorView(this.error, { subject: { thing: 'The conversation', action: 'load the conversation' }, onRetry: () => (this.retries += 1) }) : ''}`;
  }
}
customElements.define('problem-probe', ProblemProbe);

const { events, warnings } = catchAdapterErrors();

async function mount(): Promise<{ probe: ProblemProbe; events: CxAdapterErrorEvent[] }> {
  const wrapper = await fixture<HTMLDivElement>(testHtml`<div><problem-probe></problem-probe></div>`);
  return { probe: wrapper.querySelector('problem-probe')!, events };
}

describe('AdapterProblems', () => {
  it('fires one cx-adapter-error per rejected message, bubbling out of shadow roots, and warns once per kind', async () => {
    const messages: unknown[] = Array.from({ length: 50 }, (_, i) => threadMessage(49 - i));
    for (const i of [3, 17, 40]) messages[i] = { ...(messages[i] as object), createdAt: 1732963200000 + i };
    const adapter = createAdapter({ conversations: { getConversation: async () => ({}) as never, loadMessages: async () => ({ messages: messages as never, nextCursor: null }) } });
    const page = await adapter.conversations!.loadMessages('conv-t');
    const { probe, events } = await mount();
    probe.problems.rejected('conversations.loadMessages', page.rejected);
    expect(events.map((e) => [e.operation, e.path, e.bubbles, e.composed])).to.deep.equal([
      ['conversations.loadMessages', 'messages[3].createdAt', true, true],
      ['conversations.loadMessages', 'messages[17].createdAt', true, true],
      ['conversations.loadMessages', 'messages[40].createdAt', true, true],
    ]);
    expect(events[1]!.problem).to.contain('with a time zone, got the number 1732963200017');
    expect(events[1]!.value).to.equal(messages[17]);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<problem-probe> conversations.loadMessages: messages[3].createdAt must be an ISO 8601 date-time');
    expect(warnings[0]![1]).to.equal(messages[3]);
    probe.problems.rejected('conversations.loadMessages', [{ ...page.rejected[0]!, path: 'messages[9].id', problem: 'must be a non-empty string (or a number), got nothing' }]);
    expect(warnings).to.have.length(2);
  });

  it('reports a dropped live message with its raw message, a failed call without a path, and no cancellation', async () => {
    const { probe, events } = await mount();
    const rejected = { path: 'event.message.createdAt', problem: 'must be …, got the string "x"', issues: [], value: { id: 'live-1' } };
    probe.problems.failed('conversations.watch', new InvalidDataError('conversations.watch', rejected.path, rejected.problem, { value: { type: 'message-added' }, rejected }));
    const returned = probe.problems.failed('conversations.loadMessages', new RetryableError('conversations.loadMessages timed out after 15 s.'));
    probe.problems.failed('conversations.loadMessages', new AbortedError());
    expect(events.map((e) => [e.operation, e.path, e.value])).to.deep.equal([
      ['conversations.watch', 'event.message.createdAt', { id: 'live-1' }],
      ['conversations.loadMessages', '', undefined],
    ]);
    expect(events[1]!.error).to.equal(returned);
    expect(warnings).to.have.length(2);
  });

  it('warns about corrections in the console without an event', async () => {
    const { probe, events } = await mount();
    probe.problems.corrected('conversations.loadMessages', [{ path: 'messages', problem: 'must be newest first, got them oldest first', value: undefined }]);
    expect(events).to.have.length(0);
    expect(String(warnings[0]![0])).to.contain('(corrected)');
  });
});

describe('errorView', () => {
  it('shows plain words with Retry, and the technical detail behind a closed disclosure', async () => {
    const { probe } = await mount();
    probe.error = new RetryableError('conversations.loadMessages failed: <img src=x onerror=alert(1)>', { retryAfterMs: 2500 });
    probe.requestUpdate();
    await probe.updateComplete;
    const block = probe.shadowRoot!.querySelector('[part="error"]')!;
    expect(block.getAttribute('role')).to.equal('alert');
    expect(block.querySelector('p')!.textContent).to.equal("Couldn't load the conversation just now. Try again in 3 seconds.");
    const details = block.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('pre')!.textContent).to.contain('RetryableError (retryable): conversations.loadMessages failed: <img src=x onerror=alert(1)>');
    expect(block.querySelector('img')).to.equal(null);
    (block.querySelector('[part="error-retry"]') as HTMLButtonElement).click();
    await until(() => probe.retries === 1, 'the Retry button to call onRetry');
    await expect(probe).to.be.accessible();
  });

  it('says invalid data in plain words, never the developer message', async () => {
    const { probe } = await mount();
    probe.error = new InvalidDataError('conversations.getConversation', 'status', 'must be one of …, got the string "on-fire"');
    probe.requestUpdate();
    await probe.updateComplete;
    const words = probe.shadowRoot!.querySelector('[part="error"] p')!.textContent!;
    expect(words).to.contain("Couldn't load the conversation: the desktop sent it in a form Screenpop can't read.");
    expect(words).not.to.contain('on-fire');
    expect(probe.shadowRoot!.querySelector('pre')!.textContent).to.contain('status must be one of');
  });
});
