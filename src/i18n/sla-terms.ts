/**
 * The words of `<cx-sla-clock>` (the `pop.sla` section of the catalogue) and the house's short durations,
 * apart from the rest of the screen pop's words so that a page with only SLA clocks carries only these.
 */
import type { SlaKind } from '../model/conversation.js';
import { formatDuration } from './intl-words.js';

/**
 * A span of time in words: "45 s", "12 min", "2 h 5 min", "3 d 4 h" in English (the house's compact
 * form), through `Intl` in any other locale ("2 Std., 5 Min.", "2 h y 5 min", "٢ س و٥ د").
 */
export function durationWords(ms: number, locale?: string): string {
  if (locale && !/^en(-|$)/i.test(locale.trim())) return formatDuration(ms, locale);
  const seconds = Math.max(0, Math.round(Math.abs(ms) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** What an SLA clock says, before the clock's name. */
export type SlaState = 'running' | 'soon' | 'overdue' | 'paused' | 'met';

/** The words of `<cx-sla-clock>`. */
export interface SlaTerms {
  kind: Record<SlaKind, string>;
  /** The state in words, with the time left (running, soon) or over (overdue); paused and met take none. */
  state: (state: SlaState, duration: string) => string;
  /** A sign for each state, so it is never told by colour alone. */
  sign: Record<SlaState, string>;
  none: string;
  /** The group's label for screen readers. */
  label: string;
}

export const slaEn: SlaTerms = {
  kind: { 'first-response': 'First response', 'next-response': 'Next response', resolution: 'Resolution' },
  state: (state, d) =>
    ({
      running: `due in ${d}`,
      soon: `due in ${d}, soon`,
      overdue: `overdue by ${d}`,
      paused: 'paused',
      met: 'met',
    })[state],
  sign: { running: '◷', soon: '⚠', overdue: '✕', paused: '⏸', met: '✓' },
  none: 'No SLA',
  label: 'Service levels',
};
