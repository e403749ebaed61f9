import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { srOnly } from '../../styles/utilities.js';
import { errorViewStyles } from '../../internal/error-view.styles.js';

export const composerStyles = [
  tokens,
  srOnly,
  errorViewStyles,
  css`
    :host {
      display: block;
      --_cx-warning: var(--cx-color-warning, #8a4b00);
      --_cx-note: var(--cx-color-note, #fff7d6);
    }
    [part='base'] {
      display: grid;
      gap: 0.5rem;
    }
    [part='channels'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0.25rem 0.5rem 0.5rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
    }
    .channel {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem;
    }
    .visibility,
    .why {
      color: var(--_cx-fg-muted);
    }
    .why {
      flex-basis: 100%;
      font-size: 0.9em;
      max-width: 40ch;
    }
    [part='textarea'] {
      box-sizing: border-box;
      width: 100%;
      font: inherit;
      color: inherit;
      background: var(--_cx-bg);
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      padding: 0.5rem;
      resize: vertical;
    }
    [part='textarea'][readonly] {
      background: var(--_cx-bg-raised);
    }
    /* An internal note looks unlike a reply in shape too, not by colour alone: a dashed frame and stripes. */
    [part='textarea'][data-audience='internal'] {
      border: 2px dashed var(--_cx-fg-muted);
      background: repeating-linear-gradient(-45deg, var(--_cx-note), var(--_cx-note) 12px, var(--_cx-bg) 12px, var(--_cx-bg) 24px);
      color: var(--_cx-fg);
    }
    [part='audience'] {
      margin: 0;
      font-weight: 600;
    }
    [part='audience'][data-audience='internal'] {
      padding: 0.25rem 0.5rem;
      border: 2px dashed var(--_cx-fg-muted);
      border-radius: var(--_cx-radius);
      background: var(--_cx-note);
      color: var(--_cx-fg);
    }
    [part='audience'][data-audience='public'] {
      text-decoration: underline;
      text-decoration-style: wavy;
      text-decoration-thickness: 1px;
      text-underline-offset: 3px;
    }
    :focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 2px;
    }
    .footer,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    [part='counter'] {
      color: var(--_cx-fg-muted);
      font-variant-numeric: tabular-nums;
    }
    [part='counter'][data-level='near'],
    [part='counter'][data-level='over'],
    [part='reason'],
    .problem {
      color: var(--_cx-warning);
    }
    [part='counter'][data-level='over'] {
      font-weight: 600;
    }
    [part='status'] {
      flex: 1;
    }
    [part='reason'],
    [part='note'] {
      margin: 0;
    }
    [part='warning'] {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_cx-warning);
      border-inline-start-width: 4px;
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg-raised);
    }
    [part='move'] {
      justify-self: start;
    }
    [part='checks-error'] {
      display: grid;
      gap: 0.25rem;
      justify-items: start;
    }
    [part='checks-error'] p.unchecked-note {
      margin: 0;
    }
    [part='snippet-note'] {
      margin: 0;
      padding-inline-start: 0.5rem;
      border-inline-start: 4px solid var(--_cx-warning);
    }
    h3 {
      margin: 0 0 0.25rem;
      font-size: 1em;
    }
    button {
      font: inherit;
      padding: 0.3rem 0.8rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      color: var(--_cx-fg);
      cursor: pointer;
    }
    [part='send'] {
      background: var(--_cx-accent);
      border-color: var(--_cx-accent);
      color: #fff;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
  `,
];
