/**
 * The reach / risk indicator: how far a customer's voice carries and what they are worth, with every
 * factor that went into it, so no number stands unexplained. Plain TypeScript, no DOM.
 *
 * Rules (`STANDING_RULES`):
 * - Reach comes from followers (100 000 or more: high; 10 000 or more: medium; fewer: low) and the
 *   host's reach score, 0..100 (70 or more: high; 40 or more: medium; less: low); the higher of the
 *   two counts. A verified account raises reach one level. Negative or non-finite followers are not
 *   counted (shown as not known). Without either, reach is "unknown".
 * - Value comes from the tier (VIP and Platinum: high; Gold: medium; Silver and Standard: standard);
 *   being a customer for 5 years or more (rounded to whole years) raises it one level.
 * - Churn risk is shown as the host gives it; "high" makes the customer stand out.
 *
 * Clout never reorders anything by itself: the indicator is shown to the agent and offered to a
 * screen pop as a priority reason (`standingPriorityReason`), which the queue may show or use.
 */
import type { Customer, PriorityReason, Tier } from '../model/index.js';
import { standingTerms, type StandingTerms } from '../i18n/standing-terms.js';
import { formatCompact, formatCount, yearsSince } from './format.js';

export type ReachLevel = 'high' | 'medium' | 'low';
export type ValueLevel = 'high' | 'medium' | 'standard';
export type ChurnRisk = 'low' | 'medium' | 'high';

/** One input of the indicator and what it did. */
export type StandingFactor =
  | { kind: 'followers'; followers: number; gives: ReachLevel }
  | { kind: 'followers-invalid'; followers: number }
  | { kind: 'reach-score'; reach: number; gives: ReachLevel }
  | { kind: 'verified'; raised: boolean }
  | { kind: 'no-reach-data' }
  | { kind: 'tier'; tier?: Tier; gives: ValueLevel }
  | { kind: 'tenure'; years: number; raised: boolean }
  | { kind: 'churn-risk'; risk: ChurnRisk };

export interface CustomerStanding {
  reach: ReachLevel | 'unknown';
  value: ValueLevel;
  churnRisk?: ChurnRisk;
  /** Followers counted (valid ones only). */
  followers?: number;
  verified: boolean;
  /** Absent when the host gave no tier. */
  tier?: Tier;
  /** Years as a customer, rounded to whole years, when known. */
  years?: number;
  /** Every input considered, in the order it is explained. */
  factors: StandingFactor[];
  /** High or medium reach, high value, or high churn risk: worth offering as a priority reason. */
  notable: boolean;
}

const TIER_VALUE: Readonly<Record<Tier, ValueLevel>> = { vip: 'high', platinum: 'high', gold: 'medium', silver: 'standard', standard: 'standard' };

/** The thresholds of the indicator, as documented above. */
export const STANDING_RULES = {
  followers: { high: 100_000, medium: 10_000 },
  reachScore: { high: 70, medium: 40 },
  loyalYears: 5,
  tierValue: TIER_VALUE,
} as const;

const REACH_ORDER: ReachLevel[] = ['low', 'medium', 'high'];
const VALUE_ORDER: ValueLevel[] = ['standard', 'medium', 'high'];
const higher = <L extends string>(order: L[], a: L, b: L): L => (order.indexOf(a) >= order.indexOf(b) ? a : b);
const raise = <L extends string>(order: L[], level: L): L => order[Math.min(order.length - 1, order.indexOf(level) + 1)]!;

function bandOf(value: number, bands: { high: number; medium: number }): ReachLevel {
  return value >= bands.high ? 'high' : value >= bands.medium ? 'medium' : 'low';
}

/** Assesses a customer's reach and value from the record alone. */
export function assessStanding(customer: Pick<Customer, 'value' | 'influence'>, now: Date): CustomerStanding {
  const factors: StandingFactor[] = [];
  const influence = customer.influence;
  let reach: ReachLevel | undefined;
  let followers: number | undefined;
  if (influence && Number.isFinite(influence.followers) && influence.followers >= 0) {
    followers = influence.followers;
    const gives = bandOf(followers, STANDING_RULES.followers);
    factors.push({ kind: 'followers', followers, gives });
    reach = gives;
  } else if (influence) {
    factors.push({ kind: 'followers-invalid', followers: influence.followers });
  }
  if (influence?.reach !== undefined && Number.isFinite(influence.reach)) {
    const gives = bandOf(influence.reach, STANDING_RULES.reachScore);
    factors.push({ kind: 'reach-score', reach: influence.reach, gives });
    reach = reach ? higher(REACH_ORDER, reach, gives) : gives;
  }
  const verified = influence?.verified === true;
  if (reach && verified) {
    factors.push({ kind: 'verified', raised: reach !== 'high' });
    reach = raise(REACH_ORDER, reach);
  }
  if (!reach) factors.push({ kind: 'no-reach-data' });

  const tier = customer.value.tier;
  let value: ValueLevel = (tier && STANDING_RULES.tierValue[tier]) || 'standard';
  factors.push({ kind: 'tier', ...(tier ? { tier } : {}), gives: value });
  const years = yearsSince(customer.value.since, now);
  if (years !== null) {
    const raised = years >= STANDING_RULES.loyalYears && value !== 'high';
    factors.push({ kind: 'tenure', years, raised });
    if (years >= STANDING_RULES.loyalYears) value = raise(VALUE_ORDER, value);
  }
  const churnRisk = customer.value.churnRisk;
  if (churnRisk) factors.push({ kind: 'churn-risk', risk: churnRisk });

  return {
    reach: reach ?? 'unknown',
    value,
    ...(churnRisk ? { churnRisk } : {}),
    ...(followers !== undefined ? { followers } : {}),
    verified,
    ...(tier ? { tier } : {}),
    ...(years !== null ? { years } : {}),
    factors,
    notable: reach === 'high' || reach === 'medium' || value === 'high' || churnRisk === 'high',
  };
}

export interface StandingWords {
  /** One line: "High reach: 248.6K followers, verified; VIP, 6 years". */
  headline: string;
  /** One sentence per factor, saying what it counted for. */
  factors: string[];
}

/** The indicator in words: a headline and the explanation of every factor. */
export function describeStanding(standing: CustomerStanding, locale?: string, t: StandingTerms = standingTerms): StandingWords {
  const parts: string[] = [];
  if (standing.reach !== 'unknown') {
    const details: string[] = [];
    if (standing.followers !== undefined) details.push(t.followersShort(formatCompact(standing.followers, locale)));
    if (standing.verified) details.push(t.verifiedShort);
    const score = standing.factors.find((f) => f.kind === 'reach-score');
    if (score?.kind === 'reach-score' && standing.followers === undefined) details.push(t.scoreShort(formatCount(score.reach, locale)));
    parts.push(t.reachHeadline(t.reach[standing.reach], details));
  }
  parts.push(t.valueHeadline(standing.tier ? t.tier[standing.tier] : t.noTier, standing.years));
  if (standing.churnRisk === 'high' || standing.churnRisk === 'medium') parts.push(t.riskHeadline(t.churn[standing.churnRisk]));
  return { headline: parts.join('; '), factors: standing.factors.map((factor) => t.factor(factor, (n) => formatCount(n, locale))) };
}

/**
 * A priority reason a screen pop may offer for this customer, or null when nothing stands out:
 * kind "reach" when reach is high or medium, otherwise "value". Never applied by itself.
 */
export function standingPriorityReason(
  customer: Pick<Customer, 'value' | 'influence'>,
  options: { now?: Date; locale?: string; terms?: StandingTerms } = {},
): PriorityReason | null {
  const standing = assessStanding(customer, options.now ?? new Date());
  if (!standing.notable) return null;
  const kind = standing.reach === 'high' || standing.reach === 'medium' ? 'reach' : 'value';
  return { kind, text: describeStanding(standing, options.locale, options.terms).headline };
}
