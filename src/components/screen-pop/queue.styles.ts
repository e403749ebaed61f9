import { css } from 'lit';

/** The queue: one card per item, urgent ones marked by a heavy edge and a word, never by colour alone. */
export const queueStyles = css`
  .queue {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .queue-title {
    margin: 0;
    font-size: 1em;
  }
  .list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: 0.3rem;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--_cx-border);
    border-radius: var(--_cx-radius);
    background: var(--_cx-bg);
  }
  .item[data-urgent] {
    border-inline-start: 0.35rem solid var(--_cx-danger);
  }
  .item[aria-current='true'] {
    outline: 2px solid var(--_cx-accent);
    outline-offset: -2px;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    min-width: 0;
  }
  .who {
    overflow-wrap: anywhere;
  }
  .wait {
    margin-inline-start: auto;
  }
  .snippet {
    margin: 0;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .tag {
    padding: 0 0.4rem;
    border: 1px solid var(--_cx-border);
    border-radius: var(--_cx-radius);
    font-size: 0.9em;
  }
  .tag.urgent {
    border-color: var(--_cx-danger);
    color: var(--_cx-danger);
  }
  .snoozed summary {
    cursor: pointer;
  }
  .snoozed ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;
