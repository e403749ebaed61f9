import 'screenpop/define';
import { composeAdapter, NotFoundError, RetryableError, type CustomerInput, type InteractionEventInput, type PortSource } from 'screenpop';

const cti = new EventTarget(); // stands in for your CTI's client library (Amazon Connect Streams, …)

const connect = {
  name: 'connect',
  interactions: {
    subscribe(listener, { signal }) {
      const forward = (event: Event) => listener((event as CustomEvent<InteractionEventInput>).detail);
      cti.addEventListener('contact', forward, { signal }); // the signal ends it when the element unsubscribes
    },
  },
} satisfies PortSource;

const salesforce = {
  name: 'salesforce',
  customers: {
    async getCustomer(id, { signal }) {
      const response = await fetch(`/services/contacts/${encodeURIComponent(id)}`, { signal });
      if (response.status === 404) throw new NotFoundError('customer', id);
      if (response.status === 429) throw new RetryableError('Rate limited', { retryAfterMs: 2000 });
      return (await response.json()) as CustomerInput; // validated at the boundary
    },
  },
} satisfies PortSource;

document.querySelector('cx-desk')!.adapter = composeAdapter(connect, salesforce); // first source offering a port wins
