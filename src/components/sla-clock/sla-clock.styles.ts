import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { srOnly } from '../../styles/utilities.js';

export const slaClockStyles = [
  tokens,
  srOnly,
  css`
    :host {
      display: inline-block;
      --_cx-warning: var(--cx-color-warning, #8a4b00);
      --_cx-danger: var(--cx-color-danger, #a3161b);
      --_cx-success: var(--cx-color-success, #1d6b34);
    }
    [part~='base'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.15rem 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='clock'] {
      display: inline-flex;
      align-items: baseline;
      gap: 0.3em;
      white-space: nowrap;
    }
    [part~='sign'] {
      inline-size: 1.1em;
      text-align: center;
    }
    [part~='name'] {
      color: var(--_cx-fg-muted);
    }
    [data-state='soon'] {
      color: var(--_cx-warning);
    }
    [data-state='soon'] [part~='status'] {
      font-weight: 600;
    }
    [data-state='overdue'] {
      color: var(--_cx-danger);
    }
    [data-state='overdue'] [part~='status'] {
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    [data-state='overdue'] [part~='name'],
    [data-state='soon'] [part~='name'] {
      color: inherit;
    }
    [data-state='met'] [part~='sign'] {
      color: var(--_cx-success);
    }
    [data-state='paused'] [part~='status'] {
      font-style: italic;
    }
    .none {
      color: var(--_cx-fg-muted);
    }
  `,
];
