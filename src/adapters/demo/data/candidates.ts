import type { ChannelKind } from '../../../model/index.js';
import type { PersonKey } from './people.js';

/**
 * What the demo's record host knows about handles nobody has linked yet: who might own each, how
 * sure it is, and why, in the words a CRM's matcher would give. `findCandidates` serves these first,
 * then weaker name matches. Nothing here is linked until an agent says so.
 */
export interface CandidateHint {
  channel: ChannelKind;
  handle: string;
  person: PersonKey;
  /** 0..1 */
  confidence: number;
  reason: string;
}

export const CANDIDATE_HINTS: readonly CandidateHint[] = [
  {
    channel: 'x',
    handle: '@bexh_88',
    person: 'bex',
    confidence: 0.62,
    reason: 'Display name “Bex H” matches her first name and surname initial; she has an open case “Engineer did not attend” from 2 days ago, the same complaint as these posts',
  },
  {
    channel: 'x',
    handle: '@bexh_88',
    person: 'beth',
    confidence: 0.31,
    reason: 'Same initials (B. H.) and an active mobile account; but her profile city is Leeds, the posts mention a Manchester engineer slot, and she has no installation booked',
  },
  {
    channel: 'instagram',
    handle: '@brennanstudio',
    person: 'olivia',
    confidence: 0.78,
    reason: 'The profile links brennan-studio.example.com, the domain of the e-mail on file, and the post quotes her open case number 00048330',
  },
];
