/**
 * `SalesforceTelephony` over Open CTI for Lightning (`sforce.opencti`, from
 * `/support/api/<version>/lightning/opencti_min.js`), written from the Open CTI Developer Guide:
 * every method takes one object with a `callback` that gets `{ success, returnValue, errors }`.
 */
import { RejectedError } from '../../../ports/errors.js';
import type { DialRequest, SalesforceRecord, SalesforceTelephony } from './telephony.js';

export interface OpenCtiResponse<T> {
  success: boolean;
  returnValue: T | null;
  errors: { description?: string; details?: unknown }[] | null;
}

type Callback<T> = (response: OpenCtiResponse<T>) => void;

/** `sforce.opencti`, as far as the bridge uses it. */
export interface OpenCtiApi {
  SCREENPOP_TYPE: { SOBJECT: string };
  CALL_TYPE: { INBOUND: string; OUTBOUND: string };
  searchAndScreenPop(args: { searchParams: string; queryParams?: string; callType: string; deferred?: boolean; callback?: Callback<Record<string, unknown>> }): void;
  screenPop(args: { type: string; params: { recordId: string }; callback?: Callback<unknown> }): void;
  saveLog(args: { value: Record<string, unknown>; callback?: Callback<{ recordId?: string } | string> }): void;
  enableClickToDial(args: { callback?: Callback<unknown> }): void;
  disableClickToDial(args: { callback?: Callback<unknown> }): void;
  onClickToDial(args: { listener: (payload: Record<string, unknown>) => void }): void;
  runApex?(args: { apexClass: string; methodName: string; methodParams: string; callback?: Callback<{ runApex?: unknown }> }): void;
}

export interface OpenCtiOptions {
  /**
   * An Apex class in your org with a static method that returns a record by id as JSON (Open CTI reads
   * records only through searches otherwise): `{ apexClass: 'ScreenpopRecords', methodName: 'getRecord' }`,
   * called with `methodParams: "id=<id>"`. Without it, `getCustomer` knows the records its searches found.
   */
  apex?: { apexClass: string; methodName: string };
}

/** Calls an Open CTI method and settles with its response: rejects with a `RejectedError` listing Salesforce's errors. */
function call<T>(what: string, run: (callback: Callback<T>) => void, signal: AbortSignal): Promise<T | null> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    run((response) => {
      if (response && response.success) return resolve(response.returnValue);
      const errors = (response?.errors ?? []).map((e) => e?.description).filter(Boolean);
      reject(new RejectedError(`Salesforce Open CTI ${what} failed${errors.length ? `: ${errors.join('; ')}` : ''}.`));
    });
  });
}

/** The records of a search's answer: keyed by record id, besides `SCREEN_POP_DATA` (a deferred pop). */
export function recordsOf(value: unknown): SalesforceRecord[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([key, record]) => key !== 'SCREEN_POP_DATA' && record && typeof record === 'object')
    .map(([key, record]) => ({ ...(record as object), Id: String((record as { Id?: unknown }).Id ?? key), RecordType: String((record as { RecordType?: unknown }).RecordType ?? '') }) as SalesforceRecord);
}

export function openCtiTelephony(opencti: OpenCtiApi, options: OpenCtiOptions = {}): SalesforceTelephony {
  const dialListeners = new Set<(request: DialRequest) => void>();
  let listening = false;
  const telephony: SalesforceTelephony = {
    async search(text, { signal }) {
      const found = await call<Record<string, unknown>>('searchAndScreenPop', (callback) => opencti.searchAndScreenPop({ searchParams: text, callType: opencti.CALL_TYPE.OUTBOUND, deferred: true, callback }), signal);
      return recordsOf(found);
    },
    async searchAndScreenPop(text, { signal }) {
      const found = await call<Record<string, unknown>>('searchAndScreenPop', (callback) => opencti.searchAndScreenPop({ searchParams: text, callType: opencti.CALL_TYPE.INBOUND, callback }), signal);
      return recordsOf(found);
    },
    async screenPop(recordId, { signal }) {
      await call('screenPop', (callback) => opencti.screenPop({ type: opencti.SCREENPOP_TYPE.SOBJECT, params: { recordId }, callback }), signal);
    },
    async saveLog(fields, { signal }) {
      const saved = await call<{ recordId?: string } | string>('saveLog', (callback) => opencti.saveLog({ value: fields, callback }), signal);
      return typeof saved === 'string' ? saved : (saved?.recordId ?? undefined);
    },
    async setClickToDial(enabled) {
      const signal = new AbortController().signal;
      if (enabled) await call('enableClickToDial', (callback) => opencti.enableClickToDial({ callback }), signal);
      else await call('disableClickToDial', (callback) => opencti.disableClickToDial({ callback }), signal);
    },
    onClickToDial(listener) {
      dialListeners.add(listener);
      if (listening) return;
      listening = true;
      // Open CTI keeps one listener: register it once, and share it.
      opencti.onClickToDial({
        listener: (payload) => {
          const number = payload?.number;
          if ((typeof number !== 'string' && typeof number !== 'number') || String(number).trim() === '') return;
          const request: DialRequest = { number: String(number) };
          for (const key of ['recordId', 'recordName', 'objectType'] as const) if (typeof payload[key] === 'string') request[key] = payload[key] as string;
          for (const each of dialListeners) each(request);
        },
      });
    },
  };
  const apex = options.apex;
  if (apex && opencti.runApex) {
    const runApex = opencti.runApex.bind(opencti);
    telephony.getRecord = async (id, { signal }) => {
      const answer = await call<{ runApex?: unknown }>('runApex', (callback) => runApex({ ...apex, methodParams: `id=${encodeURIComponent(id)}`, callback }), signal);
      const raw = answer?.runApex;
      const record = typeof raw === 'string' ? (raw ? JSON.parse(raw) : null) : raw;
      return record && typeof record === 'object' ? ({ ...record, Id: String(record.Id ?? id), RecordType: String(record.RecordType ?? record.attributes?.type ?? '') } as SalesforceRecord) : null;
    };
  }
  return telephony;
}
