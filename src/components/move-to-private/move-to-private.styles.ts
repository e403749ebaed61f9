import { css } from 'lit';
import { errorViewStyles } from '../../internal/error-view.styles.js';
import { tokens } from '../../styles/tokens.js';
import { srOnly } from '../../styles/utilities.js';

export const moveToPrivateStyles = [
  tokens,
  srOnly,
  errorViewStyles,
  css`
    :host {
      display: inline-block;
      --_cx-warning: var(--cx-color-warning, #8a4b00);
    }
    [part~='dialog'] {
      box-sizing: border-box;
      inline-size: min(40rem, calc(100vw - 2rem));
      max-block-size: calc(100vh - 2rem);
      padding: 1rem 1.25rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      color: var(--_cx-fg);
      font: inherit;
    }
    [part~='dialog']::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .body {
      display: grid;
      gap: 0.75rem;
    }
    h2,
    h3 {
      margin: 0;
      font-size: 1.1em;
    }
    h3 {
      font-size: 1em;
    }
    p {
      margin: 0;
    }
    [part~='summary'],
    .detail,
    .note,
    .audience,
    .label,
    .retry-note,
    .no-opening {
      color: var(--_cx-fg-muted);
    }
    [part~='routes'] {
      display: grid;
      gap: 0.35rem;
      margin: 0;
      padding: 0.4rem 0.75rem 0.6rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
    }
    .route .note {
      display: block;
      padding-inline-start: 1.6rem;
      font-size: 0.9em;
    }
    [part~='unavailable'] ul,
    [part~='problems'],
    [part~='findings'] ul,
    [part~='steps'] {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .text {
      display: grid;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    textarea {
      box-sizing: border-box;
      inline-size: 100%;
      font: inherit;
      color: inherit;
      background: var(--_cx-bg);
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      padding: 0.5rem;
      resize: vertical;
    }
    textarea[readonly] {
      background: var(--_cx-bg-raised);
    }
    /* Who reads each text is said in words, and in shape: the public one has a heavier, wavy-underlined label. */
    .text[data-audience='public'] .audience {
      font-weight: 600;
      text-decoration: underline wavy;
      text-underline-offset: 3px;
    }
    .text[data-audience='public'] textarea {
      border-inline-start-width: 4px;
    }
    [part~='preview'] q {
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    [part~='counter'] {
      font-variant-numeric: tabular-nums;
      color: var(--_cx-fg-muted);
    }
    [part~='counter'][data-level='near'],
    [part~='counter'][data-level='over'],
    [part~='problems'],
    .blocked,
    [part~='no-route'] {
      color: var(--_cx-warning);
    }
    [part~='findings'] {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_cx-warning);
      border-inline-start-width: 4px;
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg-raised);
    }
    [part~='steps'] [data-status='failed'] {
      font-weight: 600;
    }
    .variables code {
      font-size: 0.9em;
    }
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: flex-end;
    }
    button,
    a[part~='call'] {
      font: inherit;
      padding: 0.3rem 0.8rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      color: var(--_cx-fg);
      cursor: pointer;
    }
    [part~='confirm'] {
      background: var(--_cx-accent);
      border-color: var(--_cx-accent);
      color: var(--_cx-bg);
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    :focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 2px;
    }
  `,
];
