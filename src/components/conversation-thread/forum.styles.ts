import { css } from 'lit';

/** Styles of a forum thread's posts: nesting, marks, the pinned solution and the actions (see `forum-view.ts`). */
export const forumStyles = css`
  cx-thread-message[data-depth='1'] {
    --_cx-forum-depth: 1;
  }
  cx-thread-message[data-depth='2'] {
    --_cx-forum-depth: 2;
  }
  cx-thread-message[data-depth='3'] {
    --_cx-forum-depth: 3;
  }
  cx-thread-message[data-depth='4'] {
    --_cx-forum-depth: 4;
  }
  cx-thread-message[data-depth='5'] {
    --_cx-forum-depth: 5;
  }
  cx-thread-message[data-depth='6'] {
    --_cx-forum-depth: 6;
  }
  cx-thread-message[data-forum] {
    padding-inline-start: calc(0.75rem + var(--_cx-forum-depth, 0) * 1.25rem);
  }
  cx-thread-message[data-forum][data-depth]:not([data-depth='0']) {
    background-image: linear-gradient(var(--_cx-border), var(--_cx-border));
    background-size: 2px 100%;
    background-repeat: no-repeat;
    background-position: calc(0.25rem + var(--_cx-forum-depth, 0) * 1.25rem) 0;
  }
  :host(:dir(rtl)) cx-thread-message[data-forum][data-depth]:not([data-depth='0']) {
    background-position: calc(100% - 0.25rem - var(--_cx-forum-depth, 0) * 1.25rem) 0;
  }
  .forum-byline,
  .forum-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-block: 0.25rem;
    font-size: 0.85em;
  }
  .forum-footer:empty {
    display: none;
  }
  .forum-tag {
    display: inline-flex;
    gap: 0.25rem;
    align-items: baseline;
    padding: 0 0.375rem;
    border: 1px solid var(--_cx-border);
    border-radius: var(--_cx-radius);
    color: var(--_cx-fg);
    background: var(--_cx-bg);
  }
  .forum-tag.accepted,
  .forum-tag.endorsed {
    border-color: var(--_cx-positive);
    color: var(--_cx-positive);
  }
  .forum-tag.official {
    border-color: var(--_cx-accent);
    color: var(--_cx-accent);
  }
  .forum-tag.hidden {
    border-style: dashed;
    color: var(--_cx-fg-muted);
  }
  .forum-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    flex-basis: 100%;
  }
  .forum-actions button,
  .forum-pinned button,
  .forum-hide button {
    font: inherit;
  }
  .forum-actions button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .forum-hide {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.25rem 0.5rem;
    flex-basis: 100%;
  }
  .forum-hide label {
    display: grid;
    gap: 0.125rem;
  }
  .forum-status {
    flex-basis: 100%;
    margin: 0;
    color: var(--_cx-fg-muted);
  }
  .forum-unanswered {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  .forum-unanswered[data-stale] {
    color: var(--_cx-negative);
  }
  .forum-pinned {
    flex-basis: 100%;
    display: grid;
    gap: 0.25rem;
    justify-items: start;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_cx-positive);
    border-inline-start-width: 4px;
    border-radius: var(--_cx-radius);
    background: var(--_cx-bg-raised);
  }
  .forum-pinned p {
    margin: 0;
  }
  .forum-pinned-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }
  [part~='forum-error'] {
    flex-basis: 100%;
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_cx-border);
    border-inline-start: 4px solid var(--_cx-very-negative);
    border-radius: var(--_cx-radius);
  }
  [part~='forum-error'] p {
    margin: 0;
  }
  [part~='forum-error'] pre {
    margin: 0;
    font-size: 0.8em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .forum-footer button:focus-visible,
  .forum-footer input:focus-visible,
  .forum-footer summary:focus-visible {
    outline: 2px solid var(--_cx-focus);
    outline-offset: 2px;
  }
`;
