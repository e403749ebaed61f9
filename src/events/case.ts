import type { Activity, CaseSummary, NewCase } from '../model/customer.js';

/**
 * Before each attempt to create a case (retries too, with the same `clientId`). Cancelable:
 * `preventDefault()` creates nothing and keeps the form.
 */
export class CxCaseCreateEvent extends Event {
  /** The case to create; its `clientId` makes retries idempotent. */
  readonly newCase: NewCase;

  constructor(newCase: NewCase) {
    super('cx-case-create', { bubbles: true, composed: true, cancelable: true });
    this.newCase = newCase;
  }
}

/** The host created the case. */
export class CxCaseCreatedEvent extends Event {
  /** The case as the host stored it. */
  readonly caseSummary: CaseSummary;
  readonly newCase: NewCase;

  constructor(caseSummary: CaseSummary, newCase: NewCase) {
    super('cx-case-created', { bubbles: true, composed: true });
    this.caseSummary = caseSummary;
    this.newCase = newCase;
  }
}

/** Before an activity is logged. Cancelable: `preventDefault()` logs nothing and keeps the text. */
export class CxActivityLogEvent extends Event {
  readonly activity: Activity;

  constructor(activity: Activity) {
    super('cx-activity-log', { bubbles: true, composed: true, cancelable: true });
    this.activity = activity;
  }
}

/** The host logged the activity. */
export class CxActivityLoggedEvent extends Event {
  readonly activity: Activity;

  constructor(activity: Activity) {
    super('cx-activity-logged', { bubbles: true, composed: true });
    this.activity = activity;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-case-create': CxCaseCreateEvent;
    'cx-case-created': CxCaseCreatedEvent;
    'cx-activity-log': CxActivityLogEvent;
    'cx-activity-logged': CxActivityLoggedEvent;
  }
}
