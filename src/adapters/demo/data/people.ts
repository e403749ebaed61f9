import type { ChannelKind, Participant } from '../../../model/index.js';

/*
 * Everyone who writes in the built-in data set. All people, handles, numbers and addresses are
 * invented: emails use example.com, phone numbers the +44 20 7946 0xxx range reserved for drama.
 */

const avatar = (seed: string) => `https://picsum.photos/seed/${seed}/96/96`;
const staff = (id: string, displayName: string): Participant => ({ id, role: 'agent', displayName, handle: '@NorthwindHelp', avatarUrl: avatar(id) });

/** The agent using the desktop. */
export const sam = staff('agent-sam', 'Sam Rivera');
export const priya = staff('agent-priya', 'Priya Natarajan');
export const tomasz = staff('agent-tomasz', 'Tomasz Kowalski');
export const aisha = staff('agent-aisha', 'Aisha Bello');
export const colleagues = [priya, tomasz, aisha];

/** A volunteer Community Champion on the forum (not staff). */
export const marek: Participant = { id: 'advocate-marek', role: 'community-advocate', displayName: 'Marek Dvořák', handle: 'marek_d', avatarUrl: avatar('advocate-marek') };
/** The web-chat assistant that greets customers before an agent joins. */
export const nova: Participant = { id: 'bot-nova', role: 'bot', displayName: 'Nova (virtual assistant)' };
/** Author of system events in threads. */
export const desk: Participant = { id: 'system', role: 'system', displayName: 'Northwind Desk' };

/** Who writes in a thread, by short name. */
export const STAFF = { sam, priya, tomasz, aisha, adv: marek, bot: nova, sys: desk } as const;
export type StaffKey = keyof typeof STAFF;

/** A customer's contact points; the customer record and every thread they write in use these. */
export interface Person {
  id: string;
  name: string;
  email: string;
  phone: string;
  x?: string;
  facebook?: string;
  instagram?: string;
  forum?: string;
}

export const PEOPLE = {
  dana: { id: 'cust-01', name: 'Dana Whitfield', email: 'dana.whitfield@example.com', phone: '+44 20 7946 0018', x: '@dana_whit', facebook: 'Dana Whitfield' },
  marcus: { id: 'cust-02', name: 'Marcus Oyelaran', email: 'marcus.oyelaran@example.com', phone: '+44 20 7946 0231', x: '@MarcusTechTalk', instagram: '@marcustechtalk' },
  elena: { id: 'cust-03', name: 'Elena Martínez Ruiz', email: 'elena.mruiz@example.com', phone: '+44 20 7946 0457', instagram: '@elena.mruiz' },
  jonas: { id: 'cust-04', name: 'Jonas Becker', email: 'jonas.becker@example.com', phone: '+44 20 7946 0562', x: '@jonasbckr', forum: 'jbecker_dev' },
  layla: { id: 'cust-05', name: 'Layla Haddad', email: 'layla.haddad@example.com', phone: '+44 20 7946 0673', facebook: 'Layla Haddad' },
  olivia: { id: 'cust-06', name: 'Olivia Brennan', email: 'olivia@brennan-studio.example.com', phone: '+44 20 7946 0694' },
  tom: { id: 'cust-07', name: 'Tom Albright', email: 'tom.albright@example.com', phone: '+44 20 7946 0784', x: '@tomalbright_', forum: 'tom_a' },
  grace: { id: 'cust-08', name: 'Grace Nakamura', email: 'grace.nakamura@example.com', phone: '+44 20 7946 0815', x: '@gracenak', instagram: '@grace.nakamura' },
  chloe: { id: 'cust-09', name: 'Chloé Lefèvre', email: 'chloe.lefevre@example.com', phone: '+44 20 7946 0926', instagram: '@chloe_lfv' },
  kwame: { id: 'cust-10', name: 'Kwame Mensah', email: 'kwame.mensah@example.com', phone: '+44 20 7946 0137', x: '@kwamem', facebook: 'Kwame Mensah', forum: 'kwame_m' },
  harriet: { id: 'cust-11', name: 'Harriet Cole', email: 'harriet.cole@example.com', phone: '+44 20 7946 0248', facebook: 'Harriet Cole' },
  ravi: { id: 'cust-12', name: 'Ravi Chandran', email: 'ravi.chandran@example.com', phone: '+44 20 7946 0359', x: '@ravichandran_dev', instagram: '@ravi.c' },
  bex: { id: 'cust-13', name: 'Rebecca “Bex” Holloway', email: 'bex.holloway@example.com', phone: '+44 20 7946 0461', instagram: '@bex.holloway' },
  beth: { id: 'cust-14', name: 'Beth Hollins', email: 'beth.hollins@example.com', phone: '+44 20 7946 0572', facebook: 'Beth Hollins' },
  /** A fleet account: thousands of cases and hundreds of orders. */
  harbour: { id: 'cust-15', name: 'Harbour & Vale Logistics', email: 'fleet@harbourvale.example.com', phone: '+44 20 7946 0683' },
  /** Asked not to be contacted: no consent on any route. */
  ingrid: { id: 'cust-16', name: 'Ingrid Solberg', email: 'ingrid.solberg@example.com', phone: '+44 20 7946 0794', facebook: 'Ingrid Solberg' },
} as const satisfies Record<string, Person>;
export type PersonKey = keyof typeof PEOPLE;

/** The handle a person shows on a channel kind, when they have one there. */
export function handleOn(person: Person, kind: ChannelKind | 'other'): string | undefined {
  switch (kind) {
    case 'x':
      return person.x;
    case 'facebook':
      return person.facebook;
    case 'instagram':
      return person.instagram;
    case 'forum':
      return person.forum;
    case 'email':
    case 'chat':
      return person.email;
    case 'voice':
    case 'sms':
    case 'whatsapp':
      return person.phone;
    default:
      return undefined;
  }
}

/** A person as the author of messages on a channel kind. */
export function asParticipant(person: Person, kind: ChannelKind | 'other'): Participant {
  const handle = handleOn(person, kind);
  return { id: person.id, role: 'customer', displayName: person.name, ...(handle ? { handle } : {}), avatarUrl: avatar(person.id) };
}

/** Someone on a public channel who is not (yet) a known customer. */
export function stranger(handle: string, displayName: string): Participant {
  return { id: `ext-${handle.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}`, role: 'customer', displayName, handle, avatarUrl: avatar(handle) };
}
