import { html, type TemplateResult } from 'lit';
import { formatCount, formatDate, formatMoney } from '../../customer/format.js';
import type { Customer, Offer, OrderSummary } from '../../model/index.js';
import { memo, missing, pageOf, pagerView, safe, section, sortedBy, type ViewContext } from './section.js';

export const ORDERS_PER_PAGE = 10;

/** Newest first: computed once per list, however long. */
export const sortOrders = memo((orders: readonly OrderSummary[]) => sortedBy(orders, (o) => -(Date.parse(o.date) || 0)));

function renderOrder(order: OrderSummary, ctx: ViewContext): TemplateResult {
  const { t, locale } = ctx;
  return html`<li part="order" class="order">
    <div class="row-head"><span class="product" dir="auto">${safe(order.product)}</span><span class="amount">${formatMoney(order.amount, order.currency, locale)}</span></div>
    <p class="meta">
      <span dir="auto">${safe(order.id)}</span> · <span>${t.orderStatus[order.status] ?? order.status}</span> ·
      <span>${formatDate(order.date, locale) ?? t.notKnown}</span>
    </p>
  </li>`;
}

/** Recent orders, newest first and paged (a customer may have thousands). */
export function renderOrders(customer: Customer, ctx: ViewContext, page: number, go: (page: number) => void): TemplateResult {
  const { t, locale } = ctx;
  const orders = sortOrders(customer.orders);
  const view = pageOf(orders, page, ORDERS_PER_PAGE);
  return section(
    'orders',
    t.orders(formatCount(orders.length, locale)),
    orders.length
      ? html`<ul class="rows">
            ${view.rows.map((order) => renderOrder(order, ctx))}
          </ul>
          ${pagerView(t.what.orders, view, orders.length, ORDERS_PER_PAGE, go, t, locale)}`
      : missing(t.noOrders),
  );
}

/** Next-best offers with the reason for each, in the host's order. */
export function renderOffers(customer: Customer, ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const offer = (item: Offer) => html`<li part="offer" class="offer">
    <div class="row-head">
      <span class="title" dir="auto">${safe(item.title)}</span>
      ${item.score !== undefined ? html`<span class="muted">${t.offerFit(Math.round(item.score * 100))}</span>` : ''}
    </div>
    <p class="reason" dir="auto">${safe(t.offerReason(item.reason))}</p>
  </li>`;
  return section('offers', t.offers, customer.offers.length ? html`<ul class="rows">${customer.offers.map(offer)}</ul>` : missing(t.noOffers));
}
