import { css, html, type TemplateResult } from 'lit';
import { errorEn } from '../../i18n/error-terms.js';
import type { UnshownRow } from '../../thread/unshown.js';

export interface UnshownRowView {
  row: UnshownRow;
  index: number;
  setSize: number;
  /** Whether it holds the feed's tab stop. */
  tabStop: boolean;
}

/**
 * The row in place of messages the host sent that could not be shown: one quiet line with their count,
 * an article of the feed like a message (the arrow keys pass through it; there is nothing to select).
 * The detail went to the developer (`cx-adapter-error`), not to the agent.
 */
export function unshownRow(v: UnshownRowView): TemplateResult {
  const text = errorEn.rejectedMessages(v.row.count);
  return html`<div part="unshown" role="article" data-index=${v.index} aria-posinset=${v.index + 1} aria-setsize=${v.setSize}
    aria-label=${text} tabindex=${v.tabStop ? 0 : -1}><span aria-hidden="true">⚠</span> ${text}</div>`;
}

export const unshownStyles = css`
  [part='unshown'] {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin: 0.25rem 0.75rem;
    padding: 0.3rem 0.6rem;
    border: 1px dashed var(--_cx-border);
    border-radius: var(--_cx-radius);
    color: var(--_cx-fg-muted);
    font-size: 0.85em;
    font-style: italic;
  }
`;
