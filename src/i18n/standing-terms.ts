import type { Tier } from '../model/index.js';
import type { ChurnRisk, ReachLevel, StandingFactor, ValueLevel } from '../customer/standing.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The words of the reach / risk indicator (`describeStanding`), typed so a translation can replace them whole. */
export interface StandingTerms {
  tier: Record<Tier, string>;
  /** In the headline when the host gave no tier. */
  noTier: string;
  churn: Record<ChurnRisk, string>;
  reach: Record<ReachLevel, string>;
  value: Record<ValueLevel, string>;
  reachHeadline: (level: string, details: string[]) => string;
  followersShort: (n: string) => string;
  verifiedShort: string;
  scoreShort: (n: string) => string;
  valueHeadline: (tier: string, years: number | undefined) => string;
  riskHeadline: (risk: string) => string;
  /** One sentence saying what a factor counted for; `count` formats a number the locale's way. */
  factor: (factor: StandingFactor, count: (n: number) => string) => string;
}

const REACH_BAND = { high: 'high reach', medium: 'medium reach', low: 'low reach' } as const;
const FOLLOWER_BAND = { high: '100,000 or more', medium: '10,000 or more', low: 'under 10,000' } as const;
const SCORE_BAND = { high: '70 or more', medium: '40 or more', low: 'under 40' } as const;

export const standingTerms: StandingTerms = {
  tier: { standard: 'Standard', silver: 'Silver', gold: 'Gold', platinum: 'Platinum', vip: 'VIP' },
  noTier: 'Tier not known',
  churn: { low: 'Low', medium: 'Medium', high: 'High' },
  reach: { high: 'High', medium: 'Medium', low: 'Low' },
  value: { high: 'high value', medium: 'medium value', standard: 'standard value' },
  reachHeadline: (level, details) => (details.length ? `${level} reach: ${details.join(', ')}` : `${level} reach`),
  followersShort: (n) => `${n} followers`,
  verifiedShort: 'verified',
  scoreShort: (n) => `reach score ${n}/100`,
  valueHeadline: (tier, years) => (years === undefined ? tier : `${tier}, ${years} ${plural(years, 'year', 'years')}`),
  riskHeadline: (risk) => `churn risk ${risk.toLowerCase()}`,
  factor(f, count) {
    switch (f.kind) {
      case 'followers':
        return `${count(f.followers)} followers: ${REACH_BAND[f.gives]} (${FOLLOWER_BAND[f.gives]}).`;
      case 'followers-invalid':
        return `Followers not known (the desktop sent ${count(f.followers)}); not counted.`;
      case 'reach-score':
        return `Reach score ${count(f.reach)} of 100 from the desktop: ${REACH_BAND[f.gives]} (${SCORE_BAND[f.gives]}).`;
      case 'verified':
        return f.raised ? 'Verified account: raises reach one level.' : 'Verified account: reach is already high.';
      case 'no-reach-data':
        return 'No followers or reach score from the desktop: reach not known.';
      case 'tier':
        return f.tier ? `${standingTerms.tier[f.tier]} tier: ${standingTerms.value[f.gives]}.` : `No tier from the desktop: ${standingTerms.value[f.gives]}.`;
      case 'tenure': {
        const years = `Customer for ${f.years} ${plural(f.years, 'year', 'years')}`;
        if (f.years < 5) return `${years}: under 5 years, no change.`;
        return `${years}: ${f.raised ? '5 years or more raises value one level' : '5 years or more; value is already high'}.`;
      }
      case 'churn-risk':
        return `Churn risk ${f.risk}${f.risk === 'high' ? ': stands out' : ''}.`;
    }
  },
};
