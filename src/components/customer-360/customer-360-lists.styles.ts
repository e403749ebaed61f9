import { css } from 'lit';

/** Inside the other sections: the reach / risk indicator, value pairs, cases, orders, the chart and channels. */
export const customer360Lists = css`
  .standing {
    margin-block-end: 0.5rem;
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_cx-border);
    background: var(--_cx-bg-raised);
  }
  .standing.high {
    border-inline-start-color: var(--_cx-accent);
  }
  .explain-title {
    margin-block-start: 0.25rem;
    font-size: 0.9em;
    font-weight: 600;
  }
  .factors {
    padding-inline-start: 1.1rem;
    list-style: disc;
    font-size: 0.9em;
  }
  .pairs {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.15rem 0.75rem;
  }
  .pair {
    display: contents;
  }
  dt {
    color: var(--_cx-fg-muted);
  }
  dd {
    margin: 0;
    min-inline-size: 0;
  }
  .case.priority-urgent .priority,
  .case.priority-high .priority {
    font-weight: 700;
  }
  .case .subject,
  .product,
  .title {
    flex: 1 1 10rem;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  .chart {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block: 0.25rem;
  }
  .chart .zero {
    stroke: var(--_cx-border);
    stroke-dasharray: 3 3;
  }
  .chart .line {
    fill: none;
    stroke: var(--_cx-fg-muted);
    stroke-width: 1.5;
  }
  .chart .point {
    stroke: var(--_cx-bg);
  }
  .chart .very-negative {
    fill: var(--_cx-very-negative);
  }
  .chart .negative {
    fill: var(--_cx-negative);
  }
  .chart .neutral {
    fill: var(--_cx-neutral);
  }
  .chart .positive {
    fill: var(--_cx-positive);
  }
  .chart .very-positive {
    fill: var(--_cx-very-positive);
  }
  .trend figcaption {
    font-size: 0.9em;
  }
  .trend-list {
    font-size: 0.85em;
    color: var(--_cx-fg-muted);
  }
  .channel-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .channel-row button {
    margin-inline-start: auto;
  }
  @container cx-customer-360 (max-width: 320px) {
    .pairs {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-block-end: 0.25rem;
    }
  }
`;
