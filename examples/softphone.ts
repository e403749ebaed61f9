/**
 * The legacy softphone / CTI strip: the interaction the agent is on, interactions offered live
 * with Accept and Decline, and the queue state. Plain DOM; a Screenpop interaction bar replaces it.
 */
import type { DesktopAdapter } from './desktop.js';
import type { Interaction } from '../src/model/index.js';
import { errorBox, fill, formatDateTime, h, isAbort, loadingNote, words } from './dom.js';

export interface SoftphoneOptions {
  current: HTMLElement;
  offers: HTMLElement;
  queueState: HTMLElement;
  adapter: DesktopAdapter;
  signal: AbortSignal;
  /** The agent accepted (or was put on) an interaction for a conversation: pop it. */
  onPop: (conversationId: string, interaction: Interaction) => void;
  /** Something worth telling a screen reader user. */
  announce: (text: string) => void;
}

const CHANNEL_WORDS: Record<string, string> = {
  x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', forum: 'Forum', review: 'Review',
  email: 'Email', chat: 'Web chat', sms: 'SMS', whatsapp: 'WhatsApp', voice: 'Voice', note: 'Note',
};

export const channelWord = (kind: string) => CHANNEL_WORDS[kind] ?? words(kind);

/** Offers the strip lists at most (the latest). */
const MAX_OFFERS_SHOWN = 3;

/** "00:03:12" since `iso`, as a CTI shows handle time. */
function handleTime(iso: string): string {
  const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

export interface Softphone {
  /** Re-reads the current interaction (after an error or on start). */
  refresh(): void;
  /** Updates the "in queue" counts. */
  setQueueCounts(counts: { waiting: number; open: number; overdue: number }): void;
}

export function mountSoftphone(options: SoftphoneOptions): Softphone {
  const { adapter, signal, announce } = options;
  const offered = new Map<string, Interaction>();
  let current: Interaction | null = null;

  const subject = (interaction: Interaction) => interaction.attributes['subject'] || 'No subject';

  function renderCurrent(): void {
    if (!current) {
      fill(options.current, h('span', { class: 'cti-label' }, 'Line:'), ' ', h('span', { class: 'idle' }, 'Idle – no active interaction'));
      return;
    }
    const interaction = current;
    const priority = interaction.attributes['priority'];
    fill(
      options.current,
      h('span', { class: 'cti-label' }, 'On interaction:'),
      ' ',
      h('span', { class: 'cti-channel' }, `${channelWord(interaction.channel)} (${words(interaction.direction)})`),
      ' ',
      h('strong', { class: 'cti-address' }, interaction.customerAddress),
      ' – ',
      h('span', { class: 'cti-subject' }, subject(interaction)),
      priority ? h('span', { class: `prio prio-${priority}` }, `Priority: ${words(priority)}`) : null,
      h('span', { class: 'cti-time', title: `Received ${formatDateTime(interaction.receivedAt)}` }, 'Handle time ', h('span', { class: 'mono', 'data-since': interaction.receivedAt }, handleTime(interaction.receivedAt))),
      interaction.conversationId
        ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => options.onPop(interaction.conversationId!, interaction) }, 'Show record')
        : null,
      h('button', { type: 'button', class: 'btn btn-small', 'aria-label': `End interaction with ${interaction.customerAddress}`, onclick: () => adapter.demo.end(interaction.id) }, 'End'),
    );
  }

  function renderOffers(): void {
    if (offered.size === 0) {
      options.offers.replaceChildren();
      options.offers.hidden = true;
      return;
    }
    options.offers.hidden = false;
    const list = h('ul', { class: 'offer-list', 'aria-label': 'Incoming interactions' });
    // The old strip has room for a few; in a flood the rest wait in the screen pop's queue.
    const shown = [...offered.values()].slice(-MAX_OFFERS_SHOWN);
    for (const interaction of shown) {
      const who = interaction.customerAddress;
      list.append(
        h(
          'li',
          { class: 'offer' },
          h('span', { class: 'ring', 'aria-hidden': 'true' }, '☎'),
          h('strong', {}, `Incoming ${channelWord(interaction.channel)}:`),
          ' ',
          who,
          ' – ',
          subject(interaction),
          interaction.queue ? h('span', { class: 'muted' }, ` (${interaction.queue})`) : null,
          ' ',
          h('button', { type: 'button', class: 'btn btn-accept', 'aria-label': `Accept ${channelWord(interaction.channel)} interaction from ${who}`, onclick: () => adapter.demo.accept(interaction.id) }, 'Accept'),
          ' ',
          h('button', { type: 'button', class: 'btn btn-decline', 'aria-label': `Decline ${channelWord(interaction.channel)} interaction from ${who}`, onclick: () => adapter.demo.end(interaction.id) }, 'Decline'),
        ),
      );
    }
    const more = offered.size - shown.length;
    fill(options.offers, list, more > 0 ? h('p', { class: 'offer-more' }, `and ${more} more incoming – see the queue in the screen pop`) : null);
  }

  function refresh(): void {
    const port = adapter.interactions;
    if (!port?.current) {
      renderCurrent();
      return;
    }
    fill(options.current, loadingNote('Connecting to CTI…'));
    port.current({ signal }).then(
      (interaction) => {
        if (signal.aborted) return;
        current = interaction && interaction.state !== 'ended' ? interaction : null;
        renderCurrent();
        if (current?.conversationId) options.onPop(current.conversationId, current);
      },
      (error: unknown) => {
        if (signal.aborted || isAbort(error)) return;
        fill(options.current, errorBox('CTI did not report the current interaction', error, refresh));
      },
    );
  }

  adapter.interactions?.subscribe(
    (event) => {
      const interaction = event.interaction;
      if (event.type === 'offered') {
        offered.set(interaction.id, interaction);
        announce(`Incoming ${channelWord(interaction.channel)} interaction from ${interaction.customerAddress}.`);
      } else if (event.type === 'accepted') {
        offered.delete(interaction.id);
        current = interaction;
        renderCurrent();
        if (interaction.conversationId) options.onPop(interaction.conversationId, interaction);
      } else {
        offered.delete(interaction.id);
        if (current?.id === interaction.id) {
          current = null;
          renderCurrent();
          announce(`Interaction with ${interaction.customerAddress} ended.`);
        }
      }
      renderOffers();
    },
    { signal, onError: (error) => announce(`CTI sent an event that could not be read: ${error.message}`) },
  );

  renderOffers();
  refresh();
  // The handle-time clock (text only; not announced every second).
  const clock = setInterval(() => {
    const since = options.current.querySelector<HTMLElement>('[data-since]');
    if (since) since.textContent = handleTime(since.dataset['since']!);
  }, 1000);
  signal.addEventListener('abort', () => clearInterval(clock), { once: true });

  return {
    refresh,
    setQueueCounts({ waiting, open, overdue }) {
      fill(
        options.queueState,
        h('span', { class: 'cti-label' }, 'Queue:'),
        ` ${waiting} new · ${open} in progress · `,
        h('span', { class: overdue > 0 ? 'overdue' : '' }, `${overdue} past first-response SLA`),
      );
    },
  };
}
