import { css } from 'lit';

/**
 * The one token sheet. Public tokens are `--cx-*` custom properties a host sets on any ancestor;
 * components read them through private `--_cx-*` ones with the light defaults here. The dark theme
 * (`screenpop/themes/dark.css`) only sets public tokens.
 */
export const tokens = css`
  :host {
    --_cx-font: var(--cx-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_cx-font-size: var(--cx-font-size, 0.875rem);
    --_cx-fg: var(--cx-color-text, #1f2430);
    --_cx-fg-muted: var(--cx-color-text-muted, #555d6e);
    --_cx-bg: var(--cx-color-surface, #ffffff);
    --_cx-bg-raised: var(--cx-color-surface-raised, #f4f6f9);
    --_cx-border: var(--cx-color-border, #c5cbd6);
    --_cx-focus: var(--cx-color-focus, #1a5fd0);
    --_cx-accent: var(--cx-color-accent, #1a5fd0);
    --_cx-radius: var(--cx-radius, 4px);
    --_cx-very-negative: var(--cx-color-sentiment-very-negative, #a3161b);
    --_cx-negative: var(--cx-color-sentiment-negative, #b3470c);
    --_cx-neutral: var(--cx-color-sentiment-neutral, #4f5868);
    --_cx-positive: var(--cx-color-sentiment-positive, #1d6b34);
    --_cx-very-positive: var(--cx-color-sentiment-very-positive, #0f5a2a);
    font-family: var(--_cx-font);
    font-size: var(--_cx-font-size);
    color: var(--_cx-fg);
  }
`;
