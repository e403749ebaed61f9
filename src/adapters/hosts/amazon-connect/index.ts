/**
 * `screenpop/adapters/hosts/amazon-connect`: Amazon Connect as a CTI. `createConnectStreamsBridge`
 * for a page that embeds the CCP with Streams — interactions from contacts, and chat conversations
 * (transcript, live messages, replies); `createConnectWorkspaceBridge` for an app in the Amazon
 * Connect agent workspace — interactions. See the README, "Amazon Connect".
 */
import type { Capability } from '../../../ports/ports.js';
import type { HostBridge } from '../bridge.js';
import { connectChat } from './chat.js';
import { ContactTracker, streamsInteractions, type ConnectStreamsOptions } from './streams.js';
import { workspaceInteractions, type ConnectWorkspaceOptions } from './workspace.js';

export type { ConnectStreamsOptions } from './streams.js';
export type { ConnectWorkspaceOptions, WorkspaceContactClient, WorkspaceContactEvent } from './workspace.js';
export type { ChatItem, ChatSession, StreamsAgent, StreamsApi, StreamsConnection, StreamsContact, StreamsEndpoint, StreamsQueue, StreamsSubscription } from './streams-api.js';
export { channelOf } from './channels.js';

/** What the Streams bridge provides. */
export const CONNECT_STREAMS_PROVIDES: readonly Capability[] = ['interactions.subscribe', 'interactions.current', 'conversations.get', 'conversations.load', 'conversations.watch', 'conversations.send'];
/** What the agent-workspace bridge provides. */
export const CONNECT_WORKSPACE_PROVIDES: readonly Capability[] = ['interactions.subscribe'];

/**
 * Amazon Connect through Streams: `interactions` (contacts: connecting → offered, accepted or
 * connected → accepted, ended, missed or destroyed → ended; contact attributes → `attributes`, the
 * attribute `customerId` → `customerId`) and `conversations` for chat contacts (the contact id is the
 * conversation id). `dial(number)` calls out from the agent's softphone (click-to-dial, the phone
 * route of a move to private). Call it once, after `connect.core.initCCP`.
 */
export function createConnectStreamsBridge(options: ConnectStreamsOptions & { name?: string }): HostBridge & { dial(number: string): Promise<void> } {
  const tracker = new ContactTracker(options);
  return {
    dial: (number) => tracker.dial(number),
    name: options.name ?? 'amazon-connect',
    provides: CONNECT_STREAMS_PROVIDES,
    interactions: streamsInteractions(tracker),
    conversations: connectChat(tracker),
    dispose: () => tracker.dispose(),
  };
}

/** Amazon Connect through the agent-workspace app SDK: `interactions` only (the SDK has no transcript). */
export function createConnectWorkspaceBridge(options: ConnectWorkspaceOptions & { name?: string }): HostBridge {
  const { dispose, ...interactions } = workspaceInteractions(options);
  return { name: options.name ?? 'amazon-connect-workspace', provides: CONNECT_WORKSPACE_PROVIDES, interactions, dispose };
}
