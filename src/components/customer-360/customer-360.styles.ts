import { css } from 'lit';
import { errorViewStyles } from '../../internal/error-view.styles.js';
import { tokens } from '../../styles/tokens.js';
import { srOnly } from '../../styles/utilities.js';
import { customer360Lists } from './customer-360-lists.styles.js';
import { customer360Parts } from './customer-360-parts.styles.js';

/**
 * The frame, sections and layouts. The element is its own container: one column by default, compact
 * at 320 px and below (a narrow sidebar), two columns from 40rem (a wide panel). Logical properties
 * only, so right-to-left works; every state has words or a sign besides its colour.
 */
export const customer360Styles = [
  tokens,
  srOnly,
  errorViewStyles,
  css`
    :host {
      --_cx-warning: var(--cx-color-warning, #8a4b00);
      --_cx-danger: var(--cx-color-danger, #a3161b);
      --_cx-success: var(--cx-color-success, #1d6b34);
      display: block;
      container: cx-customer-360 / inline-size;
      min-inline-size: 0;
      color: var(--_cx-fg);
      background: var(--_cx-bg);
    }
    :host([hidden]) {
      display: none;
    }
    * {
      box-sizing: border-box;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      padding: 0.75rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
      align-items: start;
    }
    .section {
      min-inline-size: 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25rem 0.5rem;
    }
    h2,
    h3,
    h4,
    p,
    ul,
    ol,
    dl,
    figure {
      margin: 0;
    }
    h3 {
      font-size: 1em;
      margin-block-end: 0.5rem;
    }
    h4 {
      font-size: 0.9em;
      margin-block: 0.75rem 0.25rem;
      color: var(--_cx-fg-muted);
    }
    ul,
    ol {
      padding: 0;
      list-style: none;
    }
    .rows > li {
      padding-block: 0.4rem;
      border-block-start: 1px solid var(--_cx-border);
    }
    .rows > li:first-child {
      border-block-start: none;
    }
    .row-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.5rem;
      min-inline-size: 0;
    }
    .row-head > * {
      min-inline-size: 0;
    }
    .meta,
    .evidence,
    .note,
    .reason,
    .muted,
    .missing {
      font-size: 0.9em;
      color: var(--_cx-fg-muted);
    }
    .missing {
      font-style: italic;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block: 0.4rem;
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
    }
    button {
      padding: 0.2rem 0.6rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg-raised);
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      opacity: 0.7;
    }
    button.linkish {
      padding: 0;
      border: none;
      background: none;
      color: var(--_cx-accent);
      text-decoration: underline;
    }
    a {
      color: var(--_cx-accent);
    }
    :focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 2px;
    }
    .sign {
      font-weight: 700;
    }
    .invalid {
      margin-block: 0.4rem;
      color: var(--_cx-danger);
    }
    [part~='error'] {
      margin-block: 0.4rem;
    }
    .skeleton {
      display: grid;
      gap: 0.4rem;
    }
    .skeleton .bar {
      display: block;
      block-size: 0.8rem;
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg-raised);
      inline-size: 90%;
      animation: pulse 1.4s ease-in-out infinite;
    }
    /* Shorter bar after bar, from the stylesheet: no style attribute, so a strict style-src allows it. */
    .skeleton .bar:nth-of-type(2) {
      inline-size: 73%;
    }
    .skeleton .bar:nth-of-type(3) {
      inline-size: 56%;
    }
    .skeleton .bar:nth-of-type(n + 4) {
      inline-size: 39%;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton .bar {
        animation: none;
      }
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block-start: 0.4rem;
    }
    .form {
      display: grid;
      gap: 0.25rem;
      margin-block: 0.4rem;
      padding: 0.5rem;
      border: 1px dashed var(--_cx-border);
      border-radius: var(--_cx-radius);
    }
    .form input,
    .form select,
    .form textarea {
      inline-size: 100%;
      padding: 0.2rem 0.4rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
    }
    .done {
      color: var(--_cx-success);
    }
    @container cx-customer-360 (min-width: 40rem) {
      .grid {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .grid > .cases,
      .grid > .history {
        grid-column: 1 / -1;
      }
    }
    @container cx-customer-360 (max-width: 320px) {
      .base {
        gap: 0.5rem;
        padding: 0.4rem;
      }
      .section {
        padding: 0.4rem 0.5rem 0.5rem;
      }
    }
  `,
  customer360Parts,
  customer360Lists,
];
