/** The port boundary around the move's optional capabilities: secure links, click-to-dial, and consent to DMs. */
import { expect } from '@open-wc/testing';
import { InvalidDataError, createAdapter } from '../../src/ports/index.js';

const conversations = {
  getConversation: async () => ({ id: 'c-1', channels: [{ id: 'x-public', kind: 'x', public: true }], status: 'open' as const, createdAt: '2025-11-30T09:00:00Z', updatedAt: '2025-11-30T09:00:00Z' }),
  loadMessages: async () => ({ messages: [] }),
};
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('move capabilities at the port boundary', () => {
  it('has them only when the host offers them', () => {
    const bare = createAdapter({ conversations, interactions: { subscribe: () => {} } });
    expect([bare.has('conversations.createSecureLink'), bare.has('interactions.dial')]).to.deep.equal([false, false]);
    const full = createAdapter({ conversations: { ...conversations, createSecureLink: async () => ({ id: 1, url: 'https://x.example/s/1' }) }, interactions: { subscribe: () => {}, dial: async () => undefined } });
    expect([full.has('conversations.createSecureLink'), full.has('interactions.dial')]).to.deep.equal([true, true]);
  });

  it('takes an https secure link (the id becomes a string), and refuses any other, naming the field', async () => {
    let url = 'https://northwind.example.com/s/abc';
    const adapter = createAdapter({ conversations: { ...conversations, createSecureLink: async () => ({ id: 7, url, expiresAt: '2025-12-01T09:00:00Z', extra: true }) as never } });
    const link = await adapter.conversations!.createSecureLink!({ clientId: 'l', conversationId: 'c-1' });
    expect(link).to.deep.equal({ id: '7', url, expiresAt: '2025-12-01T09:00:00Z' });
    for (url of ['http://northwind.example.com/s/abc', 'javascript:alert(1)', 'not a url']) {
      const error = (await failure(adapter.conversations!.createSecureLink!({ clientId: 'l', conversationId: 'c-1' }))) as InvalidDataError;
      expect(error, url).to.be.instanceOf(InvalidDataError);
      expect(error.issues[0]!.path, url).to.equal('url');
      expect(error.message, url).to.contain('https');
    }
  });

  it('dial resolves to nothing; data back is refused, a throw is typed', async () => {
    let answer: unknown;
    const adapter = createAdapter({ interactions: { subscribe: () => {}, dial: async () => answer as never } });
    await adapter.interactions!.dial!({ phone: '+44 20 7946 0018' });
    answer = { ok: true };
    expect(await failure(adapter.interactions!.dial!({ phone: '+44 20 7946 0018' }))).to.be.instanceOf(InvalidDataError);
  });

  it('keeps consent.dm when given and leaves it unknown when not', async () => {
    let consent: Record<string, unknown> = { email: true, dm: false };
    const adapter = createAdapter({ customers: { getCustomer: async () => ({ id: 1, record: { system: 'crm', type: 'Contact', id: 1 }, name: 'Dana', consent }) } });
    expect((await adapter.customers!.getCustomer('1')).consent).to.deep.equal({ email: true, sms: false, phone: false, marketing: false, dm: false });
    consent = { email: true };
    expect((await adapter.customers!.getCustomer('1')).consent).to.not.have.property('dm');
  });
});
