import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { srOnly } from '../../styles/utilities.js';
import { errorViewStyles } from '../../internal/error-view.styles.js';
import { unshownStyles } from './unshown-view.js';

export const conversationThreadStyles = [
  tokens,
  srOnly,
  errorViewStyles,
  unshownStyles,
  css`
    /* The host only sizes (whatever display a page gives it); the column lives inside, in the base. */
    :host {
      display: block;
      box-sizing: border-box;
      height: 100%;
      min-height: 16rem;
      min-width: 0;
      background: var(--_cx-bg);
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      overflow: hidden;
    }
    [part='base'] {
      display: flex;
      flex-direction: column;
      box-sizing: border-box;
      height: 100%;
      min-height: inherit;
    }
    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--_cx-border);
      background: var(--_cx-bg-raised);
    }
    .search {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      flex: 1 1 14rem;
      min-width: 0;
    }
    input[type='search'] {
      flex: 1 1 auto;
      min-width: 6rem;
    }
    input,
    select,
    button {
      font: inherit;
      color: inherit;
    }
    input[type='search'],
    select {
      padding: 0.2rem 0.4rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
    }
    button {
      padding: 0.2rem 0.6rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    :focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 1px;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    .count,
    .note {
      color: var(--_cx-fg-muted);
      font-size: 0.85em;
    }
    .note {
      flex-basis: 100%;
      margin: 0;
    }
    [part='presence'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0.35rem 0.75rem;
      list-style: none;
      border-block-end: 1px solid var(--_cx-border);
      font-size: 0.85em;
    }
    [part='presence'] .typing {
      font-weight: 600;
    }
    [part='presence'] .stale {
      color: var(--_cx-fg-muted);
      font-style: italic;
    }
    [part='status'] {
      padding: 0.75rem;
      color: var(--_cx-fg-muted);
    }
    [part~='error'] {
      margin: 0.5rem 0.75rem;
      overflow-wrap: anywhere;
    }
    [part='feed'] {
      flex: 1 1 auto;
      min-height: 8rem;
      overflow: auto;
      overscroll-behavior: contain;
    }
    [part='jump'] {
      display: flex;
      justify-content: center;
      gap: 0.5rem;
    }
    [part='jump']:not(:empty) {
      padding: 0.35rem;
      border-block-start: 1px solid var(--_cx-border);
    }
    .latest .count {
      color: inherit;
      font-weight: 600;
    }
    cx-composer {
      border-block-start: 1px solid var(--_cx-border);
    }
  `,
];
