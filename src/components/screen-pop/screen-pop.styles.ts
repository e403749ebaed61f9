import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { srOnly } from '../../styles/utilities.js';
import { queueStyles } from './queue.styles.js';

/**
 * The element is its own container: one column of foldable sections below 48rem (a side panel, the
 * queue after the pop; the alert at the top names what arrives); the thread beside the customer from
 * 48rem (a full pane); the queue in a column of its own from 72rem.
 * Pops that are kept but not shown stay laid out under the shown one, invisible and inert, so each
 * keeps its scroll position.
 */
export const screenPopStyles = [
  tokens,
  srOnly,
  css`
    :host {
      display: block;
      container: cx-screen-pop / inline-size;
      --_cx-warning: var(--cx-color-warning, #8a4b00);
      --_cx-danger: var(--cx-color-danger, #a3161b);
      color: var(--_cx-fg);
    }
    .base {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'alert' 'main' 'queue';
      gap: 0.75rem;
    }
    .alert {
      grid-area: alert;
    }
    .main {
      grid-area: main;
      min-width: 0;
    }
    [part~='queue'] {
      grid-area: queue;
    }
    @container cx-screen-pop (min-width: 72rem) {
      .base[data-queue] {
        grid-template-columns: 20rem minmax(0, 1fr);
        grid-template-areas: 'alert alert' 'queue main';
        align-items: start;
      }
    }
    button {
      font: inherit;
      color: inherit;
      padding: 0.2rem 0.6rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      cursor: pointer;
    }
    button.primary {
      background: var(--_cx-accent);
      border-color: var(--_cx-accent);
      color: var(--_cx-bg);
      font-weight: 600;
    }
    button:focus-visible,
    summary:focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 2px;
    }
    .linkish {
      border: none;
      background: none;
      padding: 0;
      text-decoration: underline;
      color: inherit;
      font-weight: 600;
      text-align: start;
    }
    .muted {
      color: var(--_cx-fg-muted);
    }
    .alert {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.4rem 0.75rem;
      border: 1px solid var(--_cx-accent);
      border-inline-start-width: 0.35rem;
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg-raised);
    }
    .alert-text {
      flex: 1 1 12rem;
      font-weight: 600;
    }
    .tabs {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      margin-block-end: 0.5rem;
    }
    .tabs ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
      min-width: 0;
    }
    .tabs [aria-current='true'] {
      border-color: var(--_cx-accent);
      box-shadow: inset 0 -3px 0 var(--_cx-accent);
      font-weight: 600;
    }
    .tabs [data-state='ended'] {
      border-style: dashed;
    }
    .stack {
      position: relative;
    }
    .pane {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
    }
    .pane:not([data-active]) {
      position: absolute;
      inset: 0;
      visibility: hidden;
      overflow: hidden;
    }
    .header {
      display: grid;
      gap: 0.35rem;
    }
    .who,
    .facts,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.35rem 0.75rem;
    }
    .title {
      margin: 0;
      font-size: 1.15em;
      overflow-wrap: anywhere;
    }
    .channel {
      font-weight: 600;
      padding: 0 0.4rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
    }
    .state {
      font-weight: 600;
    }
    .state[data-state='ended'] {
      text-decoration: line-through;
    }
    .ended,
    .problem,
    .note {
      margin: 0;
      padding: 0.35rem 0.5rem;
      border-inline-start: 0.25rem solid var(--_cx-border);
      background: var(--_cx-bg-raised);
    }
    .problem {
      border-color: var(--_cx-warning);
    }
    .reasons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.9em;
    }
    .reasons li {
      padding: 0 0.4rem;
      border: 1px solid var(--_cx-border);
      border-radius: 999px;
    }
    .reasons [data-kind='flood'],
    .reasons [data-kind='sla'] {
      border-color: var(--_cx-danger);
      color: var(--_cx-danger);
      font-weight: 600;
    }
    .reasons .mark {
      margin-inline-end: 0.25rem;
    }
    .body {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
    }
    @container cx-screen-pop (min-width: 48rem) {
      .body {
        grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
        align-items: start;
      }
    }
    .side {
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    .section > summary {
      cursor: pointer;
      font-weight: 600;
      padding-block: 0.25rem;
    }
    cx-conversation-thread {
      display: flex;
      height: var(--cx-screen-pop-thread-height, 32rem);
    }
    .idle {
      padding: 1rem;
      border: 1px dashed var(--_cx-border);
      border-radius: var(--_cx-radius);
      color: var(--_cx-fg-muted);
    }
    .idle p {
      margin: 0;
    }
  `,
  queueStyles,
];
