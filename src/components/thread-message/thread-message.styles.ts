import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { mirror } from '../../styles/utilities.js';

export const threadMessageStyles = [
  tokens,
  mirror,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      width: 100%;
      padding: 0.25rem 0.75rem;
      outline: none;
    }
    :host(:focus-visible) [part~='base'] {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 1px;
    }
    :host([selected]) [part~='base'] {
      box-shadow: inset 4px 0 0 var(--_cx-accent);
    }
    :host([selected]:dir(rtl)) [part~='base'] {
      box-shadow: inset -4px 0 0 var(--_cx-accent);
    }
    [part='day'] {
      margin: 0.75rem 0 0.5rem;
      text-align: center;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_cx-fg-muted);
    }
    [part~='base'] {
      min-width: 0;
      max-width: 100%;
      box-sizing: border-box;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      /* Nothing inside may paint outside the message (zalgo, huge images). */
      overflow: hidden;
      overflow-wrap: anywhere;
    }
    .message.internal {
      border-style: dashed;
      background: repeating-linear-gradient(-45deg, var(--_cx-bg-raised) 0 8px, var(--_cx-bg) 8px 16px);
    }
    .message.deleted {
      border-style: dotted;
    }
    .system {
      border-style: none;
      background: var(--_cx-bg-raised);
      color: var(--_cx-fg-muted);
      font-size: 0.9em;
    }
    [part='header'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.75rem;
      margin-block-end: 0.25rem;
      min-width: 0;
    }
    [part='author'] .name {
      font-weight: 600;
    }
    .role,
    [part='channel'],
    [part='time'],
    [part='reply-to'],
    [part='markers'] {
      color: var(--_cx-fg-muted);
      font-size: 0.85em;
    }
    .visibility {
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.8em;
      font-weight: 600;
      white-space: nowrap;
    }
    .visibility.internal {
      border-style: dashed;
    }
    /* Its place is kept while hidden: showing it must not change the row's height (the feed would
       shift under the pointer, and the shift would stop a wheel scroll short). */
    [part='time'] .exact {
      visibility: hidden;
    }
    :host(:hover) [part='time'] .exact,
    :host(:focus-within) [part='time'] .exact,
    :host(:focus) [part='time'] .exact {
      visibility: visible;
    }
    .text {
      /* Untrusted text: isolated for bidi, wrapped anywhere, marks clipped to the line box. */
      unicode-bidi: plaintext;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      word-break: break-word;
      line-height: 1.45;
      overflow: hidden;
    }
    .deleted .text {
      text-decoration: line-through;
      text-decoration-thickness: 1px;
    }
    mark {
      background: var(--cx-color-highlight, #ffe066);
      color: #1f2430;
      outline: 1px solid currentColor;
    }
    a {
      color: var(--_cx-accent);
    }
    [part='attachments'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
    }
    [part='attachments'] img {
      display: block;
      max-width: min(100%, 16rem);
      max-height: 12rem;
      border-radius: var(--_cx-radius);
    }
    .inert {
      font-size: 0.85em;
      color: var(--_cx-fg-muted);
      overflow-wrap: anywhere;
    }
    [part='markers'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 0.25rem;
    }
    .marker {
      font-weight: 600;
    }
    [part='retry'],
    [part='continuation'] {
      font: inherit;
      font-size: 0.85em;
      color: inherit;
      padding: 0 0.5rem;
      border: 1px solid var(--_cx-border);
      border-radius: var(--_cx-radius);
      background: var(--_cx-bg);
      cursor: pointer;
    }
    [part='retry']:focus-visible,
    [part='continuation']:focus-visible {
      outline: 2px solid var(--_cx-focus);
      outline-offset: 1px;
    }
    .permalink {
      font-size: 0.8em;
    }
    cx-sentiment-badge,
    .badge-space {
      margin-inline-start: auto;
    }
    /* Holds the height of the badge that is on its way (the badge's own font size, line height, padding and
       border), so rows do not grow when scores land: no shift under the agent's eyes, and no row resizing
       its neighbours while the virtualizer lays them out. */
    .badge-space {
      display: inline-block;
      vertical-align: middle;
      font-size: 0.85em;
      line-height: 1.4;
      padding-block: 0.1em;
      border-block: 1px solid transparent;
    }
  `,
];
