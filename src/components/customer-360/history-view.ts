import { html, nothing, svg, type TemplateResult } from 'lit';
import { channelHistory } from '../../customer/history.js';
import { formatAgo, formatDate } from '../../customer/format.js';
import type { ChannelKind, Conversation } from '../../model/index.js';
import { conversationSentiment } from '../../sentiment/aggregate.js';
import type { HistoryController, MoodEntry } from './history-controller.js';
import { failed, memo, missing, safe, section, skeleton, type ViewContext } from './section.js';

const W = 160;
const H = 48;
const byChannel = memo(channelHistory);

/** A small line chart of scores (−1..1), oldest left; hidden from screen readers, which get the list beside it. */
function chart(points: readonly MoodEntry[]): TemplateResult {
  const step = points.length > 1 ? (W - 8) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [4 + i * step, 4 + ((1 - p.mood!.score.score) / 2) * (H - 8)] as const);
  return html`<svg part="chart" class="chart" viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true" focusable="false">
    ${svg`<line class="zero" x1="0" x2=${W} y1=${H / 2} y2=${H / 2}></line>
      <polyline class="line" points=${xy.map(([x, y]) => `${x},${y}`).join(' ')}></polyline>
      ${xy.map(([x, y], i) => svg`<circle class="point ${points[i]!.mood!.score.label}" cx=${x} cy=${y} r="3"></circle>`)}`}
  </svg>`;
}

function renderTrend(history: HistoryController, ctx: ViewContext, retry: () => void): TemplateResult {
  const { t, locale } = ctx;
  const { terms: en, sentiment: sentimentTerms } = ctx.words;
  const scored = history.entries.filter((e) => e.state === 'ready' && e.mood).reverse();
  const failures = history.failed;
  if (!scored.length && history.loading) return skeleton(t.loading(t.what.history), 2);
  const retryFailed = failures ? failed(history.error, t.subjects.sentiment(failures), retry, ctx) : nothing;
  if (!scored.length) return html`<div part="trend" class="trend"><p class="missing">${t.noTrend}</p>${retryFailed}</div>`;
  const overall = conversationSentiment(scored.map((e) => ({ score: e.mood!.score, at: e.conversation.updatedAt })));
  const summary = `${en.sentiment[scored[scored.length - 1]!.mood!.score.label]} · ${sentimentTerms.trendLine(sentimentTerms.trend[overall.trend])}`;
  return html`<figure part="trend" class="trend">
    <figcaption id="trend-caption">${t.trendChart(scored.length)}: ${summary}</figcaption>
    ${scored.length > 1 ? chart(scored) : nothing}
    <ol class="trend-list" aria-labelledby="trend-caption">
      ${scored.map(
        (e) => html`<li dir="auto">
          ${safe(t.trendPoint(formatDate(e.conversation.updatedAt, locale) ?? t.notKnown, en.sentiment[e.mood!.score.label], e.conversation.subject || t.noSubject))}
        </li>`,
      )}
    </ol>
    ${retryFailed}
  </figure>`;
}

/** Sentiment across recent conversations (chart + words) and, per channel, how many and when last; each opens by event. */
export function renderHistory(
  conversations: readonly Conversation[],
  history: HistoryController,
  ctx: ViewContext,
  on: { open: (conversation: Conversation, kind: ChannelKind | 'other') => void; retry: () => void },
): TemplateResult {
  const { t, locale, now } = ctx;
  if (!conversations.length) return section('history', t.historyTitle, missing(t.noHistory));
  const rows = byChannel(conversations);
  return section(
    'history',
    t.historyTitle,
    html`<h4>${t.trendTitle}</h4>
      ${renderTrend(history, ctx, on.retry)}
      <h4>${t.byChannel}</h4>
      <ul part="channels" class="rows">
        ${rows.map((row) => {
          const channel = t.channel[row.kind];
          return html`<li class="channel-row">
            <span class="channel">${channel}</span>
            <span>${t.conversations(row.count)}</span>
            <span class="muted">${t.lastContact(formatAgo(row.lastContact, now, locale) ?? t.notKnown)}</span>
            <button type="button" aria-label=${safe(t.openConversationLabel(channel, row.latest.subject || t.noSubject))} @click=${() => on.open(row.latest, row.kind)}>
              ${t.open}
            </button>
          </li>`;
        })}
      </ul>`,
    { busy: history.loading },
  );
}
