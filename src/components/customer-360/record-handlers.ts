import { CxConversationOpenEvent } from '../../events/conversation-open.js';
import type { CaseActions } from './case-actions.js';
import type { CustomerLoader } from './customer-loader.js';
import type { HistoryController } from './history-controller.js';
import type { IdentityActions } from './identity-actions.js';
import type { RecordView } from './record-view.js';
import type { Pager } from './section.js';

export interface HandlerHost {
  loader: CustomerLoader;
  history: HistoryController;
  identity: IdentityActions;
  cases: CaseActions;
  pager: Pager;
  /** Focuses the first match of `selector` after the next render. */
  focusAfter: (selector: string) => void;
  requestUpdate: () => void;
  dispatchEvent: (event: Event) => boolean;
}

/** What every control of `<cx-customer-360>` does, and where focus goes afterwards. */
export function recordHandlers(h: HandlerHost): RecordView['on'] {
  const { loader, identity, cases, pager } = h;
  const openPage = (list: string) => (page: number) => {
    pager.set(list, page);
    h.requestUpdate();
  };
  return {
    retry: async () => {
      await loader.load();
      h.focusAfter(loader.state === 'ready' ? '[part~="name"]' : loader.state === 'unknown' ? '#h-unknown' : '[part~="error"] button');
    },
    openRecord: () => loader.customer && void cases.openRecord(loader.customer.record, 'header'),
    askUnlink: (chosen) => {
      const index = chosen ? -1 : (loader.customer?.identities.findIndex((x) => identity.isConfirming(x)) ?? -1);
      identity.askUnlink(chosen);
      h.focusAfter(chosen ? '[part~="confirm"] button' : `button.unlink[data-index="${index}"]`);
    },
    confirmUnlink: async () => {
      await identity.confirmUnlink();
      if (!identity.confirming) h.focusAfter('#h-identities');
    },
    link: async (candidate) => {
      await identity.link(candidate);
      if (loader.state === 'ready') h.focusAfter('[part~="name"]');
    },
    dismiss: (candidate) => {
      identity.dismiss(candidate);
      h.focusAfter('[part~="candidate"] button, [part~="unknown"] .buttons button');
    },
    identify: () => identity.identify(),
    retryCandidates: async () => {
      await loader.findCandidates();
      h.focusAfter('#h-unknown');
    },
    openCase: (item) => {
      const customer = loader.customer;
      if (customer) void cases.openRecord({ system: customer.record.system, type: 'Case', id: item.id, ...(item.url ? { url: item.url } : {}) }, 'cases');
    },
    casesPage: openPage('cases'),
    ordersPage: openPage('orders'),
    caseForm: (open) => {
      cases.openCaseForm(open);
      h.focusAfter(open ? '#case-subject' : '#h-cases');
    },
    subject: (subject) => cases.setSubject(subject),
    createCase: async () => {
      await cases.createCase();
      if (cases.created) h.focusAfter('#h-cases');
    },
    activityForm: (open) => {
      cases.openActivityForm(open);
      h.focusAfter(open ? '#activity-type' : '#h-cases');
    },
    activity: (change) => cases.editActivity(change),
    logActivity: async () => {
      await cases.logActivity();
      if (!cases.activityForm) h.focusAfter('#h-cases');
    },
    openConversation: (conversation, kind) => h.dispatchEvent(new CxConversationOpenEvent(conversation.id, kind)),
    retryHistory: async () => {
      await h.history.retry();
      h.focusAfter('#h-history');
    },
  };
}
