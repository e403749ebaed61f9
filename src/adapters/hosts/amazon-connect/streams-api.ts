/**
 * The parts of Amazon Connect Streams (`amazon-connect-streams`, the global `connect`) and of the
 * agent's chat session (amazon-connect-chatjs, from `connection.getMediaController()`) the bridge
 * uses, written from the vendor's published typings and reference. Streams' own typings fit these
 * (a type test checks it); no vendor type is needed at run time.
 */

/** What a Streams `onX` returns (newer versions); older ones return nothing. */
export interface StreamsSubscription {
  // Streams types it as `Function`.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  unsubscribe: Function;
}

export interface StreamsEndpoint {
  phoneNumber?: string;
  name?: string;
}

export interface StreamsConnection {
  getEndpoint(): StreamsEndpoint | null;
  /** Chat connections (`ChatConnection`) have it: the chat session. */
  getMediaController?(): Promise<unknown>;
}

export interface StreamsQueue {
  name: string;
}

/** `connect.Contact`. */
export interface StreamsContact {
  getContactId(): string;
  /** "voice", "queue_callback", "chat", "task", "email". */
  getType(): string;
  getAttributes(): { readonly [key: string]: { name: string; value: string } | undefined };
  getSegmentAttributes?(): { readonly [key: string]: { valueString: string } | undefined };
  getQueue(): StreamsQueue | null;
  getQueueTimestamp(): Date | null;
  isInbound(): boolean;
  getInitialConnection(): StreamsConnection | null;
  getAgentConnection(): StreamsConnection | null;
  getStatus(): { type: string };
  onIncoming(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
  onConnecting(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
  onAccepted(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
  onConnected(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
  onMissed(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
  onEnded(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
  onDestroy(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
}

/** `connect.Agent`. */
export interface StreamsAgent {
  getContacts(): StreamsContact[];
  /** Places an outbound call (`agent.connect(connect.Endpoint.byPhoneNumber(n), { success, failure })`). */
  connect?(endpoint: unknown, options?: { success?: () => void; failure?: (error?: string) => void }): void;
}

/** The global `connect` of Streams, as far as the bridge uses it. */
export interface StreamsApi {
  Endpoint?: { byPhoneNumber(phoneNumber: string): unknown };
  contact(callback: (contact: StreamsContact) => void): StreamsSubscription | void;
  agent(callback: (agent: StreamsAgent) => void): StreamsSubscription | void;
}

/** One item of a chat transcript or a live chat event (Amazon Connect Participant Service `Item`). */
export interface ChatItem {
  Id?: string;
  /** "MESSAGE", "EVENT", "ATTACHMENT", "TYPING", "CONNECTION_ACK", … */
  Type?: string;
  /** "CUSTOMER", "AGENT", "SYSTEM", "CUSTOM_BOT", "SUPERVISOR". */
  ParticipantRole?: string;
  ParticipantId?: string;
  DisplayName?: string;
  Content?: string;
  ContentType?: string;
  /** ISO 8601. */
  AbsoluteTime?: string;
}

/** The agent's chat session (amazon-connect-chatjs), from the agent connection's `getMediaController()`. */
export interface ChatSession {
  getTranscript(args: { maxResults?: number; nextToken?: string; scanDirection?: 'BACKWARD' | 'FORWARD'; sortOrder?: 'ASCENDING' | 'DESCENDING' }): Promise<{ data?: { Transcript?: ChatItem[]; NextToken?: string } }>;
  onMessage(handler: (event: { data: ChatItem }) => void): unknown;
  sendMessage(args: { contentType: string; message: string }): Promise<{ data?: { Id?: string; AbsoluteTime?: string } }>;
}
