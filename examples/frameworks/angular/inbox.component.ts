// Screenpop in an Angular app. CUSTOM_ELEMENTS_SCHEMA lets the template use the cx-* tags;
// `[adapter]` and `[conversationId]` set properties, `(cx-…)` listens to the elements' events.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'screenpop/define';
import { createDemoAdapter } from 'screenpop/adapters/demo';
import type { CxAfterSendEvent, CxBeforeSendEvent, CxSentimentOverrideEvent } from 'screenpop';

@Component({
  selector: 'app-inbox',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <cx-desk [adapter]="adapter">
      <cx-sentiment-badge label="negative" (cx-sentiment-override)="onOverride($any($event))"></cx-sentiment-badge>
      <cx-conversation-thread [conversationId]="conversationId" (cx-after-send)="onAfterSend($any($event))"></cx-conversation-thread>
      <cx-composer [conversationId]="conversationId" (cx-before-send)="onBeforeSend($any($event))"></cx-composer>
    </cx-desk>
  `,
})
export class InboxComponent {
  readonly adapter = createDemoAdapter();
  conversationId = 'conv-1001';
  lastSent = '';

  onBeforeSend(event: CxBeforeSendEvent): void {
    if (!event.message.text.trim()) event.preventDefault();
  }

  onAfterSend(event: CxAfterSendEvent): void {
    this.lastSent = event.message.id;
  }

  onOverride(event: CxSentimentOverrideEvent): void {
    console.info(`sentiment set to ${event.newLabel}`);
  }
}
