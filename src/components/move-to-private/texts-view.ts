import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ReplyFinding } from '../../compose/review.js';
import type { MoveTerms } from '../../i18n/move-terms.js';
import { MOVE_VARIABLES } from '../../move/templates.js';
import type { MoveText } from './move-session.js';
import type { MoveTextState } from './move-texts.js';

export interface TextFieldView {
  which: MoveText;
  label: string;
  /** Who reads it, in words. */
  audience: string;
  state: MoveTextState;
  findings: readonly ReplyFinding[] | undefined;
  readonly: boolean;
  terms: MoveTerms;
  edit(value: string): void;
}

/** The thread's shapes for public and private, so the two read the same everywhere. */
const ICONS: Record<MoveText, string> = { acknowledgement: '◯', opening: '◐' };

/** Enough of personal data to recognise it, not enough to read it out to the room. */
const masked = (text: string) => (text.length <= 6 ? '•••' : `${text.slice(0, 2)}•••${text.slice(-4)}`);

function counter(which: MoveText, state: MoveTextState, t: MoveTerms): TemplateResult | typeof nothing {
  const length = state.length;
  if (!length || length.remaining === null || length.max === null) return nothing;
  const empty = !state.text.trim();
  const bad = !empty && !length.valid;
  const words = length.over ? t.overLimit(-length.remaining, length.max) : bad ? t.refused : t.charactersLeft(length.remaining, length.max);
  return html`<span part="counter" id="${which}-counter" data-level=${bad ? 'over' : length.near ? 'near' : 'ok'}
    >${bad ? html`<span aria-hidden="true">⚠ </span>` : nothing}${words}</span
  >`;
}

function problems(which: MoveText, state: MoveTextState, t: MoveTerms): TemplateResult | typeof nothing {
  if (!state.problems.length) return nothing;
  return html`<ul part="problems" id="${which}-problems">
    ${state.problems.map(
      (p) =>
        html`<li data-problem=${p.kind}>
          <span aria-hidden="true">⚠ </span>${p.kind === 'unknown'
            ? t.unknownVariable(p.name)
            : `${t.missingVariable(p.name)}${t.missingWhy[p.name as keyof MoveTerms['missingWhy']] ? `: ${t.missingWhy[p.name as keyof MoveTerms['missingWhy']]}` : ''}.`}
        </li>`,
    )}
  </ul>`;
}

function findings(which: MoveText, v: TextFieldView): TemplateResult | typeof nothing {
  if (!v.findings?.length) return nothing;
  const t = v.terms;
  const blocked = which === 'acknowledgement' && v.findings.some((f) => f.kind === 'pii');
  return html`<div part="findings" id="${which}-findings" role="group" aria-labelledby="${which}-findings-title" data-blocked=${blocked ? 'true' : 'false'}>
    <h3 id="${which}-findings-title"><span aria-hidden="true">⚠ </span>${which === 'acknowledgement' ? t.reviewTitle : t.openingReviewTitle}</h3>
    ${blocked ? html`<p class="blocked">${t.piiBlocked}</p>` : nothing}
    <ul>
      ${v.findings.map(
        (f) => html`<li data-kind=${f.kind} data-rule=${f.rule}>
          ${f.message}${f.kind === 'pii' ? `: ${f.spans.map((s) => masked(v.state.text.slice(s.start, s.end))).join(', ')}` : ''}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** One of the move's texts: its audience in words, the template to edit, what it is sent as, its length, its problems and findings. */
export function textField(v: TextFieldView): TemplateResult {
  const { which, state, terms: t } = v;
  const describedBy = [`${which}-audience`, `${which}-preview`, state.length ? `${which}-counter` : '', state.problems.length ? `${which}-problems` : '', v.findings?.length ? `${which}-findings` : '']
    .filter(Boolean)
    .join(' ');
  const invalid = state.problems.length > 0 || (!!state.text.trim() && state.length?.valid === false);
  return html`<div part=${which} class="text" data-audience=${which === 'acknowledgement' ? 'public' : 'private'}>
    <label for=${which}>${v.label}</label>
    <p class="audience" id="${which}-audience"><span aria-hidden="true">${ICONS[which]} </span>${v.audience}</p>
    <textarea id=${which} dir="auto" rows=${which === 'acknowledgement' ? 3 : 4} .value=${live(state.template)} ?readonly=${v.readonly}
      aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
      @input=${(e: Event) => v.edit((e.target as HTMLTextAreaElement).value)}></textarea>
    <p part="preview" id="${which}-preview"><span class="label">${t.preview}</span> <q dir="auto">${state.text}</q></p>
    <div class="meta">${counter(which, state, t)}</div>
    ${problems(which, state, t)} ${findings(which, v)}
  </div>`;
}

/** The variables a template may use, for the agent editing one. */
export function variablesHint(t: MoveTerms): TemplateResult {
  return html`<details class="variables">
    <summary>${t.variablesHint}</summary>
    <p>${MOVE_VARIABLES.map((name, i) => html`${i ? ' ' : ''}<code>{${name}}</code>`)}</p>
  </details>`;
}
