import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation, CustomerCandidate, Identity, Participant } from '../../model/index.js';
import type { CaseActions } from './case-actions.js';
import { renderCandidates } from './candidates-view.js';
import { renderCases, type CaseHandlers } from './cases-view.js';
import type { CustomerLoader } from './customer-loader.js';
import { renderHeader, renderUnknownHeader } from './header-view.js';
import type { HistoryController } from './history-controller.js';
import { renderHistory } from './history-view.js';
import { renderIdentities } from './identities-view.js';
import type { IdentityActions } from './identity-actions.js';
import { renderOffers, renderOrders } from './orders-view.js';
import { failed, section, skeleton, type Pager, type ViewContext } from './section.js';
import { renderValue } from './value-view.js';

/** What the element hands its views: controllers, inputs and the handlers of every control. */
export interface RecordView {
  loader: CustomerLoader;
  history: HistoryController;
  identity: IdentityActions;
  cases: CaseActions;
  pager: Pager;
  agent: Participant | undefined;
  conversations: readonly Conversation[] | undefined;
  /** The cases section's handlers (its `page` is `casesPage`), and the rest of the record's. */
  on: Omit<CaseHandlers, 'page'> & {
    retry: () => void;
    openRecord: () => void;
    askUnlink: (identity: Identity | undefined) => void;
    confirmUnlink: () => void;
    link: (candidate: CustomerCandidate) => void;
    dismiss: (candidate: CustomerCandidate) => void;
    identify: () => void;
    retryCandidates: () => void;
    casesPage: (page: number) => void;
    ordersPage: (page: number) => void;
    openConversation: (conversation: Conversation, kind: Conversation['channels'][number]['kind']) => void;
    retryHistory: () => void;
  };
}

/** Nothing to show, or no directory to ask. */
export function renderStatus(state: 'idle' | 'unsupported', ctx: ViewContext): TemplateResult {
  return html`<p part="status" class="status">${state === 'idle' ? ctx.t.noCustomer : ctx.t.noDirectory}</p>`;
}


/** The record while it loads, when it failed, for an unknown sender, or in full. */
export function renderRecord(view: RecordView, ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const { loader } = view;
  switch (loader.state) {
    case 'loading':
      return html`<div class="loading" aria-busy="true">
        <div part="header" class="header">${skeleton(t.loading(t.what.record), 2)}</div>
        <div class="grid">
          ${(
            [
              ['identities', t.identities],
              ['value', t.valueTitle],
              ['cases', t.casesTitle],
              ['orders', t.ordersTitle],
            ] as const
          ).map(([name, title]) => section(name, title, skeleton(t.loading(title.toLowerCase())), { busy: true }))}
        </div>
      </div>`;
    case 'error':
      return section('record', t.what.record, failed(loader.error, t.subjects.record, view.on.retry, ctx));
    case 'unknown':
      return html`${renderUnknownHeader(loader.handle?.handle ?? t.unknownSender)}
        ${renderCandidates(loader, ctx, view.identity, { link: view.on.link, dismiss: view.on.dismiss, identify: view.on.identify, retry: view.on.retryCandidates })}`;
    default:
      break;
  }
  const customer = loader.customer!;
  const { on, cases, pager } = view;
  return html`${renderHeader(customer, ctx, { openRecord: on.openRecord, openError: cases.openError?.from === 'header' ? cases.openError : undefined })}
    <div class="grid">
      ${renderIdentities(customer, ctx, view.identity, on, view.agent)} ${renderValue(customer, ctx)}
      ${renderCases(customer, ctx, cases, pager.page('cases'), { ...on, page: on.casesPage })}
      ${renderOrders(customer, ctx, pager.page('orders'), on.ordersPage)} ${renderOffers(customer, ctx)}
      ${view.conversations ? renderHistory(view.conversations, view.history, ctx, { open: on.openConversation, retry: on.retryHistory }) : nothing}
    </div>`;
}
