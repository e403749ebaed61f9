import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { mirror, srOnly } from '../../styles/utilities.js';

export const sentimentBadgeStyles = [
  tokens,
  srOnly,
  mirror,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
      --_cx-tone: var(--_cx-neutral);
    }
    :host([label='very-negative']) {
      --_cx-tone: var(--_cx-very-negative);
    }
    :host([label='negative']) {
      --_cx-tone: var(--_cx-negative);
    }
    :host([label='positive']) {
      --_cx-tone: var(--_cx-positive);
    }
    :host([label='very-positive']) {
      --_cx-tone: var(--_cx-very-positive);
    }
    [part~='base'] {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      margin: 0;
      padding: 0.1em 0.5em 0.1em 0.35em;
      border: 1px solid var(--_cx-tone);
      border-radius: 999px;
      color: var(--_cx-tone);
      background: var(--_cx-bg);
      font: inherit;
      font-size: 0.85em;
      line-height: 1.4;
      white-space: nowrap;
    }
    button[part~='base'] {
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 2px;
    }
    .loading,
    .failed {
      --_cx-tone: var(--_cx-fg-muted);
    }
    .loading {
      border-style: dashed;
    }
    [part='icon'] {
      font-size: 1.05em;
      line-height: 1;
      font-weight: 600;
    }
    [part='detail'] {
      color: var(--_cx-fg-muted);
    }
    /* The small buttons: Retry in the pill, and the explanation's override controls (once it is downloaded). */
    [part='retry'],
    [part='override'] button,
    [part='override'] select {
      font: inherit;
      font-size: 0.85em;
      color: var(--_cx-fg);
      background: var(--_cx-bg-raised);
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      padding: 0.1em 0.5em;
    }
    [part='retry'] {
      margin-inline-start: 0.3em;
      cursor: pointer;
    }
    [part='explanation'] {
      position: fixed;
      inset: auto;
      margin: 0;
      box-sizing: border-box;
      width: max-content;
      max-width: min(22rem, calc(100vw - 8px));
      padding: 0.6rem 0.75rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      color: var(--_cx-fg);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
      font-size: var(--_cx-font-size);
      line-height: 1.4;
      text-align: start;
    }
    .pending {
      margin: 0;
      color: var(--_cx-fg-muted);
    }
    .pending button {
      margin-inline-start: 0.4em;
      font: inherit;
    }
    @media (forced-colors: active) {
      [part~='base'] {
        border-color: CanvasText;
      }
      [part='explanation'] {
        border-color: CanvasText;
      }
    }
  `,
];
