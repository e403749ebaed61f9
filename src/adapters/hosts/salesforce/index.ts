/**
 * `screenpop/adapters/hosts/salesforce`: Salesforce as the record host, with screen pops and
 * click-to-dial, through Open CTI for Lightning (in a softphone utility) — or through anything that
 * implements `SalesforceTelephony`, such as Open CTI's successor (Open CTI is retired in February
 * 2028). See the README, "Salesforce".
 */
import type { Interaction } from '../../../model/index.js';
import type { Capability } from '../../../ports/ports.js';
import type { HostBridge } from '../bridge.js';
import { openCtiTelephony, type OpenCtiApi, type OpenCtiOptions } from './open-cti.js';
import { salesforceRecords, type SalesforceRecordsOptions } from './records.js';
import type { DialRequest, SalesforceTelephony } from './telephony.js';

export type { DialRequest, SalesforceRecord, SalesforceTelephony, TelephonyCallOptions } from './telephony.js';
export type { OpenCtiApi, OpenCtiOptions, OpenCtiResponse } from './open-cti.js';
export type { SalesforceRecordsOptions } from './records.js';
export { openCtiTelephony, recordsOf } from './open-cti.js';

export const SALESFORCE_PROVIDES: readonly Capability[] = ['customers.get', 'customers.findCandidates', 'customers.openRecord', 'customers.logActivity'];

export interface SalesforceBridge extends HostBridge {
  /**
   * The screen pop for an interaction a CTI announced: the record named by `customerId` (from the
   * contact attributes), else a search for the caller's address popped as the softphone layout says.
   * Resolves with the record id popped, if one was.
   */
  pop(interaction: Pick<Interaction, 'customerId' | 'customerAddress'>, options?: { signal?: AbortSignal }): Promise<string | undefined>;
  /**
   * Click-to-dial: phone numbers in Salesforce become dialable, and each click reaches `listener` —
   * hand it to the CTI's dialler (the phone route of a move to private). Aborting `signal` stops
   * listening and, when no one else listens, makes numbers plain again.
   */
  onClickToDial(listener: (request: DialRequest) => void, options?: { signal?: AbortSignal; onError?: (error: unknown) => void }): void;
}

/** Salesforce over any `SalesforceTelephony` (the successor API's, when Open CTI is retired). */
export function createSalesforceBridge(options: SalesforceRecordsOptions & { telephony: SalesforceTelephony; name?: string }): SalesforceBridge {
  const { telephony } = options;
  const dialers = new Map<(request: DialRequest) => void, ((error: unknown) => void) | undefined>();
  let listening = false;
  const never = () => new AbortController().signal;
  return {
    name: options.name ?? 'salesforce',
    provides: SALESFORCE_PROVIDES,
    customers: salesforceRecords(telephony, options),
    async pop(interaction, popOptions = {}) {
      const signal = popOptions.signal ?? never();
      if (interaction.customerId) {
        await telephony.screenPop(interaction.customerId, { signal });
        return interaction.customerId;
      }
      if (!interaction.customerAddress) return undefined;
      const found = await telephony.searchAndScreenPop(interaction.customerAddress, { signal });
      return found.length === 1 ? found[0]!.Id : undefined;
    },
    onClickToDial(listener, dialOptions = {}) {
      const first = dialers.size === 0;
      dialers.set(listener, dialOptions.onError);
      if (!listening) {
        listening = true;
        // A listener that throws must not throw into Open CTI (and the Salesforce page).
        telephony.onClickToDial((request) =>
          dialers.forEach((onError, each) => {
            try {
              each(request);
            } catch (error) {
              onError?.(error);
            }
          }),
        );
      }
      if (first) {
        telephony.setClickToDial(true).catch((error: unknown) => dialOptions.onError?.(error));
      }
      dialOptions.signal?.addEventListener(
        'abort',
        () => {
          dialers.delete(listener);
          if (dialers.size === 0) telephony.setClickToDial(false).catch((error: unknown) => dialOptions.onError?.(error));
        },
        { once: true },
      );
    },
    dispose: () => dialers.clear(),
  };
}

/** Salesforce through Open CTI for Lightning: pass `sforce.opencti`. */
export function createOpenCtiBridge(opencti: OpenCtiApi, options: SalesforceRecordsOptions & OpenCtiOptions & { name?: string } = {}): SalesforceBridge {
  return createSalesforceBridge({ ...options, telephony: openCtiTelephony(opencti, options) });
}
