/**
 * Salesforce as a record host over any `SalesforceTelephony`: records (Contacts, Leads, Person
 * Accounts) as customers, a search for `findCandidates`, a screen pop for `openRecord`, a Task for
 * `logActivity`.
 */
import type { Activity, CustomerInput } from '../../../model/index.js';
import { NotFoundError } from '../../../ports/errors.js';
import type { CustomerDirectoryInput, IdentityQuery } from '../../../ports/ports.js';
import type { SalesforceRecord, SalesforceTelephony } from './telephony.js';

export interface SalesforceRecordsOptions {
  /** Object types that are customers. Default Contact, Lead, PersonAccount, Account. */
  customerTypes?: readonly string[];
  /** Your org's URL (`https://acme.my.salesforce.com`), for links to records. */
  instanceUrl?: string;
  /** The Task fields for an activity; default Subject, Description, WhoId (or WhatId for an account), Status "Completed", ActivityDate. */
  taskFields?: (activity: Activity) => Record<string, unknown>;
}

const SUBJECTS: Record<Activity['type'], string> = {
  reply: 'Reply sent',
  'move-to-private': 'Moved to private',
  note: 'Note',
  call: 'Call',
  'identity-linked': 'Identity linked',
  'sentiment-override': 'Sentiment corrected',
};

export function customerOf(record: SalesforceRecord, instanceUrl: string | undefined): CustomerInput {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  return {
    id: record.Id,
    record: { system: 'salesforce', type: record.RecordType, id: record.Id, url: instanceUrl ? `${instanceUrl.replace(/\/$/, '')}/lightning/r/${record.RecordType}/${record.Id}/view` : undefined },
    name: text(record.Name) ?? ([text(record.FirstName), text(record.LastName)].filter(Boolean).join(' ') || record.Id),
    email: text(record.Email),
    phone: text(record.Phone) ?? text(record.MobilePhone),
  };
}

const digits = (value: string) => value.replace(/[^\d+]/g, '');

export function salesforceRecords(telephony: SalesforceTelephony, options: SalesforceRecordsOptions = {}): CustomerDirectoryInput {
  const types = new Set(options.customerTypes ?? ['Contact', 'Lead', 'PersonAccount', 'Account']);
  /** Records found by searches: Open CTI reads a record by id only through Apex. */
  const known = new Map<string, SalesforceRecord>();
  const remember = (records: SalesforceRecord[]) => records.filter((r) => types.has(r.RecordType)).map((r) => (known.set(r.Id, r), r));
  const matches = (record: SalesforceRecord, handle: string) =>
    [record.Email, record.Phone, record.MobilePhone].some((v) => typeof v === 'string' && (v.toLowerCase() === handle.toLowerCase() || (digits(v).length > 6 && digits(v) === digits(handle))));

  return {
    async getCustomer(id, { signal }) {
      const record = (await telephony.getRecord?.(id, { signal })) ?? known.get(id);
      if (!record) throw new NotFoundError('customer', id, { detail: telephony.getRecord ? 'Salesforce has no such record' : 'not found by a search in this session; give openCtiTelephony an Apex class to read any record' });
      known.set(id, record);
      return customerOf(record, options.instanceUrl);
    },

    async findCandidates(query: IdentityQuery, { signal }) {
      const handle = query.handle.replace(/^@/, '');
      const records = remember(await telephony.search(handle, { signal }));
      return records
        .map((record) => ({
          customer: customerOf(record, options.instanceUrl),
          confidence: matches(record, handle) ? 0.9 : records.length === 1 ? 0.6 : 0.4,
          reason: matches(record, handle) ? `Salesforce ${record.RecordType} with ${query.handle}` : `Salesforce search for ${query.handle}`,
        }))
        .sort((a, b) => b.confidence - a.confidence);
    },

    async openRecord(record, { signal }) {
      await telephony.screenPop(record.id, { signal });
    },

    async logActivity(activity, { signal }) {
      const who = known.get(activity.customerId)?.RecordType;
      const fields = options.taskFields?.(activity) ?? {
        entityApiName: 'Task',
        [who === 'Account' ? 'WhatId' : 'WhoId']: activity.customerId,
        Subject: SUBJECTS[activity.type],
        Description: activity.summary,
        Status: 'Completed',
        ActivityDate: activity.at.slice(0, 10),
        ...(activity.type === 'call' ? { TaskSubtype: 'Call' } : {}),
      };
      await telephony.saveLog(fields, { signal });
    },
  };
}
