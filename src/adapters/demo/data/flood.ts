/*
 * An outage as social media reports it: many people, most of them unknown to the CRM, posting about
 * the same thing within minutes — a hashtag, a reply to the brand's status post, or the same words.
 * Invented people and places; handles are made up from the parts below.
 */

export const FIRST = ['Amara', 'Ben', 'Chloe', 'Dev', 'Elif', 'Finn', 'Grace', 'Hamza', 'Isla', 'Jonah', 'Kemi', 'Luca', 'Maya', 'Nils', 'Orla', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tariq', 'Una', 'Vik', 'Wren', 'Yusuf', 'Zoe'];
export const LAST = ['Adeyemi', 'Brooks', 'Carver', 'Doyle', 'Ellis', 'Fraser', 'Gill', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lowe', 'Marsh', 'Novak', 'Okafor', 'Patel', 'Reid', 'Shah', 'Turner', 'Walsh'];
export const PLACES = ['Leeds', 'Sheffield', 'Bradford', 'Wakefield', 'Harrogate', 'York', 'Huddersfield', 'Halifax'];

/** The brand's status post that many reply to. */
export const STATUS_POST = 'https://x.example.com/NorthwindHelp/status/1862000000000000001';

/**
 * What people write; `{place}` is filled in. Some use the hashtag, some reply to the status post, all
 * say "no signal" and most "outage": a flood a queue should recognise as one incident.
 */
export const FLOOD_LINES: readonly { text: string; replyToStatus?: boolean }[] = [
  { text: 'Is the @NorthwindHelp network down? Looks like an outage, no signal in {place} for 20 minutes #NorthwindDown' },
  { text: '{place} here, no signal and mobile data completely dead 😡 #NorthwindDown' },
  { text: 'No signal at all in {place}. Is this an outage? @NorthwindHelp' },
  { text: "Can't call or text anyone, no signal in {place}. Anyone else? #NorthwindDown" },
  { text: "@NorthwindHelp your status page says everything's fine but there's no signal and clearly an outage in {place}" },
  { text: 'Any ETA on the outage? Still no signal here in {place}', replyToStatus: true },
  { text: 'Working from home and no signal since lunch, must be an outage. {place}. #NorthwindDown' },
  { text: 'Third outage this month in {place}, no signal again. Seriously @NorthwindHelp' },
];
