import type { CommunityAction } from '../i18n/forum-terms.js';
import type { CommunityActionRequest, CommunityHideRequest, CommunityThankRequest, Message } from '../model/index.js';

/** What a community action asks for: the plain request, or a hide with its reason, or a thank with its note. */
export type CommunityRequest = CommunityActionRequest | CommunityHideRequest | CommunityThankRequest;

/**
 * Before each attempt of a community action on a forum post (retries too, with the same `clientId`):
 * accept as solution, endorse, thank, hide. Cancelable: `preventDefault()` does nothing and keeps
 * what the agent typed (a hide's reason).
 */
export class CxCommunityActionEvent extends Event {
  readonly action: CommunityAction;
  /** The request; its `clientId` makes retries idempotent. */
  readonly request: CommunityRequest;
  /** The post acted on, as the thread shows it. */
  readonly post: Message;

  constructor(action: CommunityAction, request: CommunityRequest, post: Message) {
    super('cx-community-action', { bubbles: true, composed: true, cancelable: true });
    this.action = action;
    this.request = request;
    this.post = post;
  }
}

/** The host did a community action; `post` is the post as it is now. */
export class CxCommunityActedEvent extends Event {
  readonly action: CommunityAction;
  readonly request: CommunityRequest;
  /** The post as the host returned it (validated). */
  readonly post: Message;

  constructor(action: CommunityAction, request: CommunityRequest, post: Message) {
    super('cx-community-acted', { bubbles: true, composed: true });
    this.action = action;
    this.request = request;
    this.post = post;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-community-action': CxCommunityActionEvent;
    'cx-community-acted': CxCommunityActedEvent;
  }
}
