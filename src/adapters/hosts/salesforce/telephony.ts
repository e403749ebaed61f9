/**
 * What the Salesforce bridge needs from Salesforce, as an interface of its own: search records,
 * read one, pop one in the console, save an activity, and click-to-dial. `openCtiTelephony` implements
 * it over Open CTI for Lightning. Salesforce retires Open CTI in February 2028: its successor can
 * implement this same interface, and the bridge (and everything built on it) stays as it is.
 */

/** A Salesforce record as a search returns it: its id, object type and the fields the softphone layout shows. */
export interface SalesforceRecord {
  Id: string;
  /** The object type: "Contact", "Lead", "Account", "PersonAccount", … */
  RecordType: string;
  Name?: string;
  Email?: string;
  Phone?: string;
  MobilePhone?: string;
  [field: string]: unknown;
}

/** The agent clicked a phone number in Salesforce (click-to-dial). */
export interface DialRequest {
  number: string;
  recordId?: string;
  recordName?: string;
  objectType?: string;
}

export interface TelephonyCallOptions {
  signal: AbortSignal;
}

export interface SalesforceTelephony {
  /** Records matching a phone number, email address or name, without popping anything. */
  search(text: string, options: TelephonyCallOptions): Promise<SalesforceRecord[]>;
  /** One record by id; null when there is none. Optional: Open CTI can only do it through Apex. */
  getRecord?(id: string, options: TelephonyCallOptions): Promise<SalesforceRecord | null>;
  /** Opens the record in the agent's console. */
  screenPop(recordId: string, options: TelephonyCallOptions): Promise<void>;
  /** Searches for an inbound caller and pops the match as the softphone layout says; resolves with the matches. */
  searchAndScreenPop(text: string, options: TelephonyCallOptions): Promise<SalesforceRecord[]>;
  /** Creates (or, with `Id`, updates) a record: a Task for an activity. Resolves with its id. */
  saveLog(fields: Record<string, unknown>, options: TelephonyCallOptions): Promise<string | undefined>;
  /** Makes phone numbers in Salesforce dialable (or not). */
  setClickToDial(enabled: boolean): Promise<void>;
  /** Called for each phone number the agent clicks (once click-to-dial is enabled). */
  onClickToDial(listener: (request: DialRequest) => void): void;
}
