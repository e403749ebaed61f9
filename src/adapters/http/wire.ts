// Generated from openapi.yaml by `node scripts/openapi-types.js` (openapi-typescript). Do not edit.
/* eslint-disable */
export interface paths {
    "/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this back end can do
         * @description The adapter reads this once when it is created. Capabilities not listed are hidden by the components.
         */
        get: operations["getCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /** A conversation with its channels (capability conversations.get) */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /** A page of messages, newest first (capability conversations.load) */
        get: operations["loadMessages"];
        put?: never;
        /**
         * Sends a message, idempotent by clientId (capability conversations.send)
         * @description The same `clientId` again returns the message sent the first time (200), never a second one.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/move-to-private": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves a public conversation to a private route, idempotent by clientId (capability conversations.moveToPrivate)
         * @description Each step is reported. The same `clientId` again repeats only the steps that failed.
         */
        post: operations["moveToPrivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Tells other agents this agent is viewing or typing (capability conversations.setPresence) */
        put: operations["setPresence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Sets the conversation's status (capability conversations.setStatus) */
        put: operations["setStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Live events of one conversation, as Server-Sent Events (capability conversations.watch)
         * @description Each event is `id: <id>` and `data: <a ConversationEvent as JSON>`. With `Last-Event-ID`,
         *     every event after that id comes first, in order; without it, events from now on, after one
         *     `event: ready` whose `id` is where the stream stands (so a reconnect before the first event
         *     resumes from there). `event: reset` (with the new position as its id) says the id cannot be
         *     resumed from: the client reloads. Comment lines (`: keep-alive`) keep the connection open
         *     through proxies.
         */
        get: operations["watchConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /** A customer (capability customers.get) */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customer-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers who may own a handle on a channel, best first (capability customers.findCandidates) */
        get: operations["findCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Links an identity to the customer (capability customers.linkIdentity)
         * @description Linking an identity that is linked already replaces it (so a retry is harmless).
         */
        post: operations["linkIdentity"];
        /** Unlinks an identity from the customer (capability customers.unlinkIdentity) */
        delete: operations["unlinkIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a case, idempotent by clientId (capability customers.createCase) */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{customerId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logs an activity on the customer's record (capability customers.logActivity)
         * @description Not repeated by the adapter after a failure (it carries no client id).
         */
        post: operations["logActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/records/{system}/{type}/{recordId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system: string;
                type: string;
                recordId: string;
            };
            cookie?: never;
        };
        /**
         * Where to open a record (capability customers.openRecord)
         * @description The adapter opens the URL (a new tab unless the host says otherwise). Only http(s) URLs are opened.
         */
        get: operations["recordLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The interaction the agent is on (capability interactions.current) */
        get: operations["currentInteraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/{interactionId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interactionId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accepts an offered interaction (capability interactions.accept)
         * @description Accepting an interaction that is accepted already returns it as it is (so a retry is harmless).
         */
        post: operations["acceptInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interactions offered, accepted and ended, as Server-Sent Events (capability interactions.subscribe)
         * @description Same framing and resume rule as a conversation's events; each event's data is an InteractionEvent.
         */
        get: operations["watchInteractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sentiment/analyze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Scores texts, one result per text in order (capability sentiment.analyze) */
        post: operations["analyzeSentiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details. */
        Problem: {
            /** @description A URI naming the kind of problem; "about:blank" when the status says it all. */
            type?: string;
            title?: string;
            status?: number;
            /** @description What happened, for a developer. */
            detail?: string;
            instance?: string;
            /** @description For 400 and 422, each thing wrong with the request. */
            errors?: {
                path: string;
                problem: string;
            }[];
        };
        /** @enum {string} */
        Capability: "interactions.subscribe" | "interactions.current" | "interactions.accept" | "conversations.get" | "conversations.load" | "conversations.watch" | "conversations.send" | "conversations.moveToPrivate" | "conversations.setPresence" | "conversations.setStatus" | "customers.get" | "customers.findCandidates" | "customers.linkIdentity" | "customers.unlinkIdentity" | "customers.openRecord" | "customers.createCase" | "customers.logActivity" | "sentiment.analyze";
        Discovery: {
            /** @description For logs, e.g. "acme-helpdesk". */
            name?: string;
            /** @description What this back end does. A port is offered when any of its capabilities is listed; conversations need conversations.get and conversations.load, customers need customers.get. */
            capabilities: components["schemas"]["Capability"][];
        };
        /**
         * Format: date-time
         * @description RFC 3339, with a time zone.
         * @example 2025-11-30T09:00:00Z
         */
        DateTime: string;
        HttpUrl: string;
        /** @enum {string} */
        ChannelKind: "x" | "facebook" | "instagram" | "linkedin" | "forum" | "review" | "email" | "chat" | "sms" | "whatsapp" | "voice" | "note";
        /** @enum {string} */
        ConversationStatus: "new" | "open" | "pending" | "on-hold" | "resolved" | "closed";
        /** @enum {string} */
        Priority: "low" | "normal" | "high" | "urgent";
        /**
         * @description public: anyone can see it; private: the customer and the brand; internal: agents only (a note).
         * @enum {string}
         */
        Visibility: "public" | "private" | "internal";
        /** @description Overrides of the channel kind's published rules, field by field. */
        ChannelCapabilities: {
            canReply?: boolean;
            maxLength?: number | null;
            /** @enum {string} */
            counting?: "characters" | "utf16" | "x-weighted" | "none";
            replyWindow?: null | {
                hours: number;
                reason: string;
            };
            privateReply?: null | {
                maxPerComment: number;
                withinDays: number;
            };
            maxConsecutiveAgentMessages?: number | null;
            attachments?: {
                allowed: boolean;
                maxCount: number;
                types: string[];
            };
            canTakePrivate?: boolean;
        };
        Channel: {
            id: string;
            /** @description A ChannelKind; an unknown kind is shown as "other" and never replied on. */
            kind: string;
            public: boolean;
            name?: string;
            capabilities?: components["schemas"]["ChannelCapabilities"];
        };
        Participant: {
            id: string;
            /** @enum {string} */
            role: "customer" | "agent" | "community-advocate" | "bot" | "system" | "moderator";
            displayName: string;
            handle?: string;
            avatarUrl?: components["schemas"]["HttpUrl"];
        };
        SentimentDriver: {
            text: string;
            weight: number;
            /** @enum {string} */
            kind: "word" | "phrase" | "emoji" | "emoticon" | "rule";
            modifiers?: string[];
        };
        SentimentScore: {
            score: number;
            /** @enum {string} */
            label?: "very-negative" | "negative" | "neutral" | "positive" | "very-positive";
            confidence: number;
            /** @enum {string} */
            source?: "built-in" | "adapter" | "agent";
            drivers?: components["schemas"]["SentimentDriver"][];
            /** @enum {string} */
            originalLabel?: "very-negative" | "negative" | "neutral" | "positive" | "very-positive";
        };
        SlaClock: {
            /** @enum {string} */
            kind: "first-response" | "next-response" | "resolution";
            startedAt: components["schemas"]["DateTime"];
            dueAt: components["schemas"]["DateTime"];
            metAt?: components["schemas"]["DateTime"];
            paused?: boolean;
        };
        Conversation: {
            id: string;
            customerId?: string;
            subject?: string;
            channels: components["schemas"]["Channel"][];
            status: components["schemas"]["ConversationStatus"];
            priority?: components["schemas"]["Priority"];
            priorityReasons?: {
                /** @enum {string} */
                kind: "sentiment" | "value" | "reach" | "sla" | "flood" | "manual";
                text: string;
            }[];
            sla?: components["schemas"]["SlaClock"][];
            participants?: components["schemas"]["Participant"][];
            assigneeId?: string;
            createdAt: components["schemas"]["DateTime"];
            updatedAt: components["schemas"]["DateTime"];
            sentiment?: components["schemas"]["SentimentScore"];
            lastReadMessageId?: string;
            tags?: string[];
        };
        Attachment: {
            id: string;
            /** @description A MIME type, e.g. "image/jpeg". */
            type: string;
            url: components["schemas"]["HttpUrl"];
            name?: string;
            alt?: string;
            sizeBytes?: number;
        };
        Message: {
            id: string;
            /** @description The client id it was sent with. */
            clientId?: string;
            conversationId: string;
            channelId: string;
            visibility: components["schemas"]["Visibility"];
            author: components["schemas"]["Participant"];
            text?: string;
            createdAt: components["schemas"]["DateTime"];
            editedAt?: components["schemas"]["DateTime"];
            deleted?: boolean;
            inReplyTo?: string;
            attachments?: components["schemas"]["Attachment"][];
            /** @enum {string} */
            delivery?: "pending" | "sent" | "delivered" | "read" | "failed";
            error?: string;
            sentiment?: components["schemas"]["SentimentScore"];
            event?: {
                /** @enum {string} */
                type: "assigned" | "moved-to-private" | "case-created" | "status-changed" | "identity-linked" | "other";
                details?: {
                    [key: string]: string | number | boolean | null;
                };
            };
            lang?: string;
            url?: components["schemas"]["HttpUrl"];
        };
        MessagePage: {
            /** @description Newest first; at most `limit`. */
            messages: components["schemas"]["Message"][];
            /** @description Your own token for the next older page; null (or left out) on the oldest page. */
            nextCursor?: string | null;
        };
        OutgoingMessage: {
            /** @description Chosen by the client; the same clientId never makes two messages. */
            clientId: string;
            channelId: string;
            visibility: components["schemas"]["Visibility"];
            text: string;
            inReplyTo?: string;
            attachments?: components["schemas"]["Attachment"][];
        };
        MoveToPrivateRequest: {
            clientId: string;
            /** @enum {string} */
            route: "dm" | "email" | "phone" | "secure-link";
            publicAcknowledgement?: {
                channelId: string;
                text: string;
            };
            privateMessage?: string;
        };
        MoveToPrivateResult: {
            /** @description The request's. */
            clientId: string;
            /** @description Each step that ran or was skipped, once. */
            steps: {
                /** @enum {string} */
                step: "public-acknowledgement" | "private-channel" | "link" | "audit";
                /** @enum {string} */
                status: "done" | "skipped" | "failed";
                error?: string;
                messageId?: string;
            }[];
            channelId?: string;
            channel?: components["schemas"]["Channel"];
            privateConversationId?: string;
        };
        Presence: {
            agentId: string;
            displayName: string;
            /** @enum {string} */
            activity: "viewing" | "typing";
            expiresAt: components["schemas"]["DateTime"];
        };
        /** @description One live event of a conversation (the data of a Server-Sent Event). */
        ConversationEvent: {
            /** @enum {string} */
            type: "message-added" | "message-updated";
            message: components["schemas"]["Message"];
        } | {
            /** @constant */
            type: "message-deleted";
            messageId: string;
            conversationId: string;
        } | {
            /** @constant */
            type: "presence";
            conversationId: string;
            presence: components["schemas"]["Presence"];
        } | {
            /** @constant */
            type: "status";
            conversationId: string;
            status: components["schemas"]["ConversationStatus"];
        };
        RecordRef: {
            /** @description e.g. "salesforce" */
            system: string;
            /** @description e.g. "Contact" */
            type: string;
            id: string;
            url?: components["schemas"]["HttpUrl"];
        };
        Identity: {
            channel: components["schemas"]["ChannelKind"];
            handle: string;
            verified?: boolean;
            evidence: {
                /** @enum {string} */
                method: "verified-login" | "matched-email" | "matched-phone" | "agent-linked" | "customer-stated" | "inferred";
                source: string;
                linkedAt: components["schemas"]["DateTime"];
                confidence: number;
                note?: string;
            };
        };
        CaseSummary: {
            id: string;
            subject: string;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "escalated" | "solved" | "closed";
            priority?: components["schemas"]["Priority"];
            openedAt: components["schemas"]["DateTime"];
            url?: components["schemas"]["HttpUrl"];
        };
        Customer: {
            id: string;
            record: components["schemas"]["RecordRef"];
            name: string;
            email?: string;
            phone?: string;
            avatarUrl?: components["schemas"]["HttpUrl"];
            identities?: components["schemas"]["Identity"][];
            /** @description What the customer is worth, as far as you know; `currency` is required with `lifetimeValue`. */
            value?: {
                /** @enum {string} */
                tier?: "standard" | "silver" | "gold" | "platinum" | "vip";
                /** @description Minor units of currency. */
                lifetimeValue?: number;
                currency?: string;
                since?: components["schemas"]["DateTime"];
                /** @enum {string} */
                churnRisk?: "low" | "medium" | "high";
            };
            influence?: {
                followers: number;
                verified: boolean;
                reach?: number;
            };
            openCases?: components["schemas"]["CaseSummary"][];
            orders?: {
                id: string;
                product: string;
                /** @enum {string} */
                status: "placed" | "shipped" | "delivered" | "delayed" | "returned" | "cancelled" | "active";
                amount: number;
                currency: string;
                date: components["schemas"]["DateTime"];
            }[];
            offers?: {
                id: string;
                title: string;
                reason: string;
                score?: number;
            }[];
            /** @description A flag left out counts as no consent. */
            consent?: {
                email?: boolean;
                sms?: boolean;
                phone?: boolean;
                marketing?: boolean;
                /** @enum {string} */
                preferred?: "email" | "sms" | "phone" | "dm" | "whatsapp";
                language?: string;
                timeZone?: string;
            };
            notes?: {
                id: string;
                text: string;
                author: string;
                createdAt: components["schemas"]["DateTime"];
            }[];
            locale?: string;
        };
        CustomerCandidate: {
            customer: components["schemas"]["Customer"];
            confidence: number;
            reason: string;
        };
        NewCase: {
            /** @description Chosen by the client; the same clientId never creates two cases. */
            clientId: string;
            conversationId?: string;
            subject: string;
            description?: string;
            priority?: components["schemas"]["Priority"];
        };
        Activity: {
            conversationId?: string;
            /** @enum {string} */
            type: "reply" | "move-to-private" | "note" | "call" | "identity-linked" | "sentiment-override";
            summary: string;
            at: components["schemas"]["DateTime"];
        };
        Interaction: {
            id: string;
            channel: components["schemas"]["ChannelKind"];
            /** @enum {string} */
            direction: "inbound" | "outbound";
            customerAddress: string;
            conversationId?: string;
            customerId?: string;
            queue?: string;
            attributes?: {
                [key: string]: string | number | boolean | null;
            };
            receivedAt: components["schemas"]["DateTime"];
            /** @enum {string} */
            state: "offered" | "accepted" | "ended";
        };
        InteractionEvent: {
            /** @enum {string} */
            type: "offered" | "accepted" | "ended";
            interaction: components["schemas"]["Interaction"];
        };
        RawSentiment: {
            /** @description A number on the scale, or a label for level scales. */
            value: number | string;
            /** @enum {string} */
            scale: "3-level" | "5-level" | "7-level" | "-1..1" | "-5..5" | "-100..100" | "0..1";
            confidence?: number;
            drivers?: components["schemas"]["SentimentDriver"][];
        };
    };
    responses: {
        /** @description A failure, as RFC 9457 problem details. */
        Problem: {
            headers: {
                /** @description With 429 and 503 (and any other retryable status) — seconds, or an HTTP date. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        ConversationId: string;
        CustomerId: string;
        /** @description The id of the last event the client received, when it reconnects. */
        LastEventId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The capabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discovery"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    loadMessages: {
        parameters: {
            query?: {
                /** @description A previous page's `nextCursor`; left out for the newest page. */
                cursor?: string;
                /** @description At most this many messages (the server may return fewer). */
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutgoingMessage"];
            };
        };
        responses: {
            /** @description This clientId was sent before; here is that message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    moveToPrivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveToPrivateRequest"];
            };
        };
        responses: {
            /** @description What each step did. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveToPrivateResult"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    setPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    activity: "viewing" | "typing" | "gone";
                };
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: components["schemas"]["ConversationStatus"];
                };
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    watchConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last event the client received, when it reconnects. */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream. Each event's data is a ConversationEvent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 1042
                     *     data: {"type":"status","conversationId":"T-1001","status":"pending"}
                     */
                    "text/event-stream": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    findCandidates: {
        parameters: {
            query: {
                channel: components["schemas"]["ChannelKind"];
                handle: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The candidates, best first; empty when there are none. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        candidates: components["schemas"]["CustomerCandidate"][];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    linkIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Identity"];
            };
        };
        responses: {
            /** @description The customer, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    unlinkIdentity: {
        parameters: {
            query: {
                channel: components["schemas"]["ChannelKind"];
                handle: string;
            };
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCase"];
            };
        };
        responses: {
            /** @description This clientId created a case before; here it is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    logActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Activity"];
            };
        };
        responses: {
            /** @description Logged. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    recordLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system: string;
                type: string;
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record's URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    currentInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description The agent is on no interaction. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    acceptInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction, accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    watchInteractions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last event the client received, when it reconnects. */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream. Each event's data is an InteractionEvent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
    analyzeSentiment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    texts: string[];
                    /** @description A language tag, e.g. "en". */
                    language?: string;
                };
            };
        };
        responses: {
            /** @description One result per text, in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: components["schemas"]["RawSentiment"][];
                    };
                };
            };
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
        };
    };
}
