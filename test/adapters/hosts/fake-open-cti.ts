/**
 * A fake of Open CTI for Lightning (`sforce.opencti`), written from the Open CTI Developer Guide:
 * each method takes one object and answers through its `callback` with `{ success, returnValue,
 * errors }`; `searchAndScreenPop` answers the matching records keyed by id (with `SCREEN_POP_DATA` when
 * `deferred`); `onClickToDial` keeps one listener, called with `{ number, recordId, recordName, objectType }`.
 */
import type { OpenCtiApi, OpenCtiResponse, SalesforceRecord } from '../../../src/adapters/hosts/salesforce/index.js';

type Fault = 'error' | 'silent';

export class FakeOpenCti implements OpenCtiApi {
  readonly SCREENPOP_TYPE = { SOBJECT: 'sobject', URL: 'url' };
  readonly CALL_TYPE = { INBOUND: 'inbound', OUTBOUND: 'outbound', INTERNAL: 'internal' };
  readonly records: SalesforceRecord[] = [];
  readonly saved: Record<string, unknown>[] = [];
  /** Every call, as made, without its callback. */
  readonly calls: [string, Record<string, unknown>][] = [];
  clickToDial = false;
  #listener: ((payload: Record<string, unknown>) => void) | undefined;
  readonly #faults = new Map<string, Fault>();
  #nextTask = 1;

  failNext(method: string, fault: Fault): void {
    this.#faults.set(method, fault);
  }

  #answer<T>(method: string, args: { callback?: (r: OpenCtiResponse<T>) => void } & Record<string, unknown>, value: () => T): void {
    const { callback, ...rest } = args;
    this.calls.push([method, rest]);
    const fault = this.#faults.get(method);
    this.#faults.delete(method);
    if (fault === 'silent') return; // Salesforce never calls back
    const response: OpenCtiResponse<T> = fault === 'error' ? { success: false, returnValue: null, errors: [{ description: 'Softphone is not connected to Salesforce' }] } : { success: true, returnValue: value(), errors: null };
    queueMicrotask(() => callback?.(response));
  }

  #search(text: string): SalesforceRecord[] {
    const q = text.toLowerCase();
    const digits = (v: string) => v.replace(/[^\d]/g, '');
    return this.records.filter((r) =>
      [r.Name, r.Email, r.Phone, r.MobilePhone].some((v) => typeof v === 'string' && (v.toLowerCase().includes(q) || (digits(q).length > 6 && digits(v) === digits(q)))),
    );
  }

  searchAndScreenPop(args: Parameters<OpenCtiApi['searchAndScreenPop']>[0]) {
    this.#answer('searchAndScreenPop', args, () => {
      const found = Object.fromEntries(this.#search(args.searchParams).map((r) => [r.Id, r]));
      return args.deferred ? { ...found, SCREEN_POP_DATA: { type: 'sobject', params: { recordId: Object.keys(found)[0] } } } : found;
    });
  }
  screenPop(args: Parameters<OpenCtiApi['screenPop']>[0]) {
    this.#answer('screenPop', args, () => null);
  }
  saveLog(args: Parameters<OpenCtiApi['saveLog']>[0]) {
    this.#answer('saveLog', args, () => {
      this.saved.push(args.value);
      return { recordId: `00T00000000000${this.#nextTask++}` };
    });
  }
  enableClickToDial(args: { callback?: (r: OpenCtiResponse<unknown>) => void }) {
    this.#answer('enableClickToDial', args, () => ((this.clickToDial = true), null));
  }
  disableClickToDial(args: { callback?: (r: OpenCtiResponse<unknown>) => void }) {
    this.#answer('disableClickToDial', args, () => ((this.clickToDial = false), null));
  }
  onClickToDial(args: { listener: (payload: Record<string, unknown>) => void }) {
    this.calls.push(['onClickToDial', {}]);
    this.#listener = args.listener; // Open CTI keeps the last listener registered
  }
  runApex(args: { apexClass: string; methodName: string; methodParams: string; callback?: (r: OpenCtiResponse<{ runApex?: unknown }>) => void }) {
    this.#answer('runApex', args, () => {
      const id = decodeURIComponent(args.methodParams.replace(/^id=/, ''));
      const record = this.records.find((r) => r.Id === id);
      return { runApex: record ? JSON.stringify(record) : '' };
    });
  }
  /** The agent clicks a phone number in Salesforce. */
  click(payload: Record<string, unknown>): void {
    if (this.clickToDial) this.#listener?.(payload);
  }
}

export function seededOpenCti(): FakeOpenCti {
  const cti = new FakeOpenCti();
  cti.records.push(
    { Id: '003DANA', RecordType: 'Contact', Name: 'Dana Kowalski', Email: 'dana@example.com', Phone: '+44 20 7946 0018' },
    { Id: '003DAN2', RecordType: 'Contact', Name: 'Dan Kowal', Email: 'dan@example.org', Phone: '+1 555 0100' },
    { Id: '00QLEAD', RecordType: 'Lead', Name: 'Lee Ada', Email: 'lee@example.net' },
    { Id: '500CASE', RecordType: 'Case', Name: '00012345' },
  );
  return cti;
}
