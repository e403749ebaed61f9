import { css } from 'lit';

/** Styles of `errorView`: add to an element's `styles` beside its own. */
export const errorViewStyles = css`
  [part~='error'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.75rem;
    border: 1px solid var(--_cx-border);
    border-inline-start: 4px solid var(--_cx-very-negative);
    border-radius: var(--_cx-radius);
    background: var(--_cx-bg);
    color: var(--_cx-fg);
  }
  [part~='error'] p {
    margin: 0;
  }
  [part~='error-detail'] {
    color: var(--_cx-fg-muted);
    max-inline-size: 100%;
  }
  [part~='error-detail'] pre {
    margin: 0.25rem 0 0;
    font-size: 0.8em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
    max-block-size: 12rem;
    overflow: auto;
  }
  [part~='error'] button:focus-visible,
  [part~='error-detail'] summary:focus-visible {
    outline: 2px solid var(--_cx-focus);
    outline-offset: 2px;
  }
`;
