import { css } from 'lit';

/** The header, identities and candidates. */
export const customer360Parts = css`
  .header {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    align-items: start;
  }
  .header > :not(.avatar):not(.who) {
    grid-column: 1 / -1;
  }
  .avatar {
    inline-size: 48px;
    block-size: 48px;
    border-radius: 50%;
    background: var(--_cx-bg-raised);
  }
  .initials {
    position: relative;
    display: grid;
    place-items: center;
    font-weight: 700;
    color: var(--_cx-fg-muted);
    overflow: hidden;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    object-fit: cover;
  }
  .avatar img[hidden] {
    display: none;
  }
  .who {
    min-inline-size: 0;
  }
  .name {
    font-size: 1.15em;
    line-height: 1.3;
    /* A 10 000-character name takes three lines, not the page. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .tier,
  .record {
    font-size: 0.9em;
    color: var(--_cx-fg-muted);
  }
  .record {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  .vip {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: var(--_cx-radius);
    font-weight: 700;
    color: var(--_cx-fg);
  }
  .facts,
  .consent {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.9rem;
    font-size: 0.9em;
  }
  .consent .yes {
    color: var(--_cx-success);
  }
  .consent .no {
    color: var(--_cx-fg-muted);
  }
  .warn {
    color: var(--_cx-warning);
    font-weight: 600;
  }
  .dnc {
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_cx-warning);
    border-inline-start-width: 6px;
    border-radius: var(--_cx-radius);
    background: var(--_cx-bg-raised);
  }
  .dnc strong {
    color: var(--_cx-warning);
    text-transform: uppercase;
  }
  .channel {
    font-weight: 600;
  }
  .verified.yes {
    color: var(--_cx-success);
  }
  .confirm {
    margin-block: 0.4rem;
    padding: 0.5rem;
    border: 1px solid var(--_cx-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_cx-radius);
  }
  button.danger {
    border-color: var(--_cx-danger);
    color: var(--_cx-danger);
    font-weight: 600;
  }
  .confidence {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-size: 0.9em;
  }
  meter {
    inline-size: 4rem;
  }
  .identify-message {
    margin-block: 0.4rem;
    padding: 0.5rem;
    border-inline-start: 4px solid var(--_cx-accent);
    background: var(--_cx-bg-raised);
  }
  @container cx-customer-360 (max-width: 320px) {
    .avatar {
      inline-size: 36px;
      block-size: 36px;
    }
    .facts,
    .consent {
      flex-direction: column;
    }
  }
  @container cx-customer-360 (min-width: 40rem) {
    .header {
      grid-template-columns: auto minmax(0, 1fr) minmax(0, 1fr);
    }
    .header > .facts:not(.avatar):not(.who) {
      grid-column: 3;
      grid-row: 1;
      flex-direction: column;
    }
  }
`;
