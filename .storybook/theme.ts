/**
 * The dark theme for stories: only public `--cx-*` tokens (see src/styles/tokens.ts), the way a host
 * would set them. Every text colour here keeps at least 4.5:1 against the surface.
 */
export const darkTokens: Readonly<Record<string, string>> = {
  '--cx-color-text': '#e7eaf0',
  '--cx-color-text-muted': '#aeb6c4',
  '--cx-color-surface': '#171b23',
  '--cx-color-surface-raised': '#222833',
  '--cx-color-border': '#4a5366',
  '--cx-color-focus': '#8ab4ff',
  '--cx-color-accent': '#8ab4ff',
  '--cx-color-sentiment-very-negative': '#ff9b9b',
  '--cx-color-sentiment-negative': '#ffb27a',
  '--cx-color-sentiment-neutral': '#c0c7d4',
  '--cx-color-sentiment-positive': '#7fd89a',
  '--cx-color-sentiment-very-positive': '#a8f0bd',
  '--cx-color-warning': '#ffc46b',
  '--cx-color-danger': '#ff9b9b',
  '--cx-color-success': '#7fd89a',
};

export const lightTokens: Readonly<Record<string, string>> = {
  '--cx-color-text': '#1f2430',
  '--cx-color-surface': '#ffffff',
};

export type Theme = 'light' | 'dark';
export type Direction = 'ltr' | 'rtl';

/** Inline style for the story wrapper: the tokens plus the page colours they stand for. */
export function themeStyle(theme: Theme): string {
  const tokens = theme === 'dark' ? darkTokens : lightTokens;
  const declarations = Object.entries(tokens).map(([name, value]) => `${name}: ${value}`);
  declarations.push('background: var(--cx-color-surface)', 'color: var(--cx-color-text)');
  return declarations.join('; ');
}
