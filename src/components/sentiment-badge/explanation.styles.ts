import { css } from 'lit';

/** The explanation's own styles, downloaded with it (./explanation.ts) and adopted by the badge then. */
export const explanationStyles = css`
    [part='explanation'] p {
      margin: 0 0 0.4em;
    }
    .title {
      font-weight: 600;
    }
    [part='drivers'] {
      margin: 0 0 0.5em;
      padding: 0;
      list-style: none;
    }
    [part='driver'] {
      margin-block: 0.15em;
    }
    [part='weight'] {
      display: inline-block;
      min-width: 3.2em;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    [part='weight'].down {
      color: var(--_cx-negative);
    }
    [part='weight'].up {
      color: var(--_cx-positive);
    }
    .modifiers,
    .none {
      color: var(--_cx-fg-muted);
    }
    [part='override'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
      padding-top: 0.5em;
      border-top: 1px solid var(--_cx-border);
    }
`;
