/**
 * Compiled by the type check, never run: the vendors' own published typings must fit the interfaces
 * the bridges are written against (and so the fakes the tests use). A vendor release that changes a
 * method the bridge calls fails here.
 */
/// <reference types="amazon-connect-streams" />
import type { ContactClient } from '@amazon-connect/contact';
import type { StreamsApi, StreamsContact, WorkspaceContactClient } from '../../../src/adapters/hosts/amazon-connect/index.js';

declare const streams: typeof connect;
declare const contact: connect.Contact;
declare const client: ContactClient;

export const streamsFits: StreamsApi = streams;
export const contactFits: StreamsContact = contact;
export const workspaceFits: WorkspaceContactClient = client;
