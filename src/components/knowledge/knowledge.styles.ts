import { css } from 'lit';
import { errorViewStyles } from '../../internal/error-view.styles.js';
import { tokens } from '../../styles/tokens.js';
import { srOnly } from '../../styles/utilities.js';

export const knowledgeStyles = [
  tokens,
  srOnly,
  errorViewStyles,
  css`
    :host {
      display: block;
      --_cx-warning: var(--cx-color-warning, #8a4b00);
    }
    .base {
      display: grid;
      gap: 0.75rem;
    }
    [part~='search'] {
      box-sizing: border-box;
      inline-size: 100%;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      color: var(--_cx-fg);
      font: inherit;
    }
    :focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 2px;
    }
    h3 {
      margin: 0 0 0.375rem;
      font-size: 1em;
    }
    ul {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='result'],
    [part~='answer'] {
      display: grid;
      gap: 0.125rem;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--_cx-border);
      border-inline-start-width: 4px;
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    [part~='answer'] {
      cursor: auto;
    }
    [part~='result-active'] {
      border-inline-start-color: var(--_cx-accent);
      background: var(--_cx-bg-raised);
      outline: 2px solid var(--_cx-focus);
      outline-offset: -2px;
    }
    .title {
      font-weight: 600;
    }
    .snippet,
    .meta,
    .muted {
      color: var(--_cx-fg-muted);
    }
    .meta {
      font-size: 0.85em;
    }
    p {
      margin: 0;
    }
    [part~='preview'] {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg-raised);
      overflow-wrap: anywhere;
    }
    .body,
    .answer-text {
      white-space: pre-wrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    a {
      color: var(--_cx-accent);
    }
    .notice {
      padding-inline-start: 0.5rem;
      border-inline-start: 4px solid var(--_cx-accent);
    }
    .notice.warn {
      border-inline-start-color: var(--_cx-warning);
    }
  `,
];
