// Screenpop in a Vue 3 app. `.adapter` and `.conversation` bind properties (objects), `@cx-…` listens to
// the elements' events, each typed with its class from 'screenpop'.
import { createApp, defineComponent, ref } from 'vue';
import 'screenpop/define';
import { createDemoAdapter } from 'screenpop/adapters/demo';
import type { CxAfterSendEvent, CxBeforeSendEvent, CxSentimentOverrideEvent } from 'screenpop';
import { isCustomElement } from './custom-elements.js';

export const template = `
  <cx-desk .adapter="adapter">
    <cx-sentiment-badge label="negative" @cx-sentiment-override="onOverride"></cx-sentiment-badge>
    <cx-conversation-thread :conversation-id="conversationId" @cx-after-send="onAfterSend"></cx-conversation-thread>
    <cx-composer :conversation-id="conversationId" @cx-before-send="onBeforeSend"></cx-composer>
  </cx-desk>`;

const Inbox = defineComponent({
  template,
  setup() {
    const adapter = createDemoAdapter();
    const conversationId = ref('conv-1001');
    const lastSent = ref('');
    return {
      adapter,
      conversationId,
      lastSent,
      onBeforeSend: (event: CxBeforeSendEvent) => {
        if (!event.message.text.trim()) event.preventDefault();
      },
      onAfterSend: (event: CxAfterSendEvent) => {
        lastSent.value = event.message.id;
      },
      onOverride: (event: CxSentimentOverrideEvent) => console.info(`sentiment set to ${event.newLabel}`),
    };
  },
});

const app = createApp(Inbox);
// With Vue's in-browser template compiler (templates compiled at run time, as here). With a build step,
// give `compilerOptions` from ./custom-elements.ts to the Vue plugin instead.
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');
