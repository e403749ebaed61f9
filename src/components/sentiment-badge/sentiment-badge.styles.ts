import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const sentimentBadgeStyles = [
  tokens,
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
    [part='base'] {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      padding: 0.1em 0.5em 0.1em 0.35em;
      border: 1px solid var(--_cx-tone);
      border-radius: 999px;
      color: var(--_cx-tone);
      background: var(--_cx-bg);
      font-size: 0.85em;
      line-height: 1.4;
      white-space: nowrap;
    }
    [part='icon'] {
      font-size: 1.05em;
      line-height: 1;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    [part='detail'] {
      color: var(--_cx-fg-muted);
    }
  `,
];
