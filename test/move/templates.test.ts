import { expect } from '@open-wc/testing';
import { cleanValue, escapeTemplate, fillTemplate, prefill, VALUE_MAX } from '../../src/move/templates.js';
import { moveEn } from '../../src/i18n/move-terms.js';
import { lengthStatus } from '../../src/compose/length.js';

describe('move templates', () => {
  it('fills variables in one pass: a value is never read as a template', () => {
    expect(fillTemplate('Hi {firstName}, it’s {agentName}.', { firstName: '{agentName}', agentName: 'Sam' })).to.deep.equal({ text: 'Hi {agentName}, it’s Sam.', problems: [] });
  });

  it('reports unknown variables and variables without a value, once each, and leaves them visible', () => {
    const filled = fillTemplate('Hi {nmae} {nmae}, case {caseId}, { firstName }', { firstName: 'Dana' });
    expect(filled.problems).to.deep.equal([{ kind: 'unknown', name: 'nmae' }, { kind: 'missing', name: 'caseId' }]);
    expect(filled.text).to.equal('Hi {nmae} {nmae}, case {caseId}, Dana');
  });

  it('writes braces doubled as braces, and escapes typed text so it says just that', () => {
    expect(fillTemplate('{{firstName}} is a variable', { firstName: 'Dana' }).text).to.equal('{firstName} is a variable');
    const typed = 'Use {code} in {{braces}} ;-{';
    expect(fillTemplate(escapeTemplate(typed), {})).to.deep.equal({ text: typed, problems: [] });
  });

  it('cleans hostile values: bidi overrides, controls, zero-width characters, mark floods, length', () => {
    expect(cleanValue('Dana\u202Eevil\u2066 \u200b\n\tWhit')).to.equal('Dana evil Whit');
    expect(cleanValue('Z\u0301\u0302\u0303\u0304\u0305a')).to.equal('Z\u0301\u0302a');
    const long = cleanValue('x'.repeat(10_000));
    expect(Array.from(long)).to.have.length(VALUE_MAX);
    expect(long.endsWith('…')).to.equal(true);
    expect(fillTemplate('{secureLink}', { secureLink: `https://example.com/${'a'.repeat(100)}` }).text, 'links are never cut').to.have.length(120);
  });

  it('starts from the first template that fills and fits the channel, else the first that fills', () => {
    const fits = (text: string) => lengthStatus(text, 'x-weighted', 280).valid;
    const dm = moveEn.templates.acknowledgement.dm;
    expect(prefill(dm, { firstName: 'Dana', agentInitials: 'SO' }, fits)).to.equal(dm[1]);
    expect(prefill(dm, { firstName: 'Dana', agentInitials: 'SO', dmLink: 'https://x.com/messages/compose?recipient_id=1' }, fits)).to.equal(dm[0]);
    expect(prefill(dm, { firstName: 'Dana' }, fits)).to.equal(dm[2]);
    expect(prefill(dm, {}, fits)).to.equal(dm[3]);
    expect(prefill(dm, { firstName: 'D'.repeat(60), agentInitials: 'SO' }, (t) => lengthStatus(t, 'x-weighted', 80).valid)).to.equal(dm[3]);
  });
});
