/**
 * Screenpop: classes, types, events and helpers. Importing this module registers no element;
 * import `screenpop/define` (all) or `screenpop/define/cx-…` (one) for that.
 */
export * from './model/index.js';
export * from './ports/index.js';
export { adapterContext, localeContext } from './context.js';
export { enCatalogue, mergeCatalogue, type Catalogue, type PartialCatalogue, type DeepPartial } from './i18n/catalogue.js';
export { registerLocale, loadLocale, catalogueFor, availableLocales, directionOf, isLocaleReady, onLocalesChanged, type CatalogueSource } from './i18n/registry.js';
export { plural, formatNumber, formatList, formatDuration, type PluralForms } from './i18n/plural.js';
export { LocaleController } from './internal/locale-controller.js';
export { defineElement } from './internal/define.js';
export { en as englishTerms, type Terms } from './i18n/terms.js';
export { CxDesk } from './components/desk/desk.js';
export { CxSentimentBadge } from './components/sentiment-badge/sentiment-badge.js';
export { CxSentimentOverrideEvent, CxSentimentOverriddenEvent } from './events/sentiment-override.js';
export { scoreTexts, type ScoreTextsOptions } from './sentiment/score.js';
export { SentimentBatcher } from './sentiment/batch.js';
export { sentimentTerms, type SentimentTerms } from './i18n/sentiment-terms.js';
export { CxComposer } from './components/composer/composer.js';
export { CxBeforeSendEvent, CxAfterSendEvent } from './events/send.js';
export { CxMoveToPrivateRequestEvent, CxMovedToPrivateEvent } from './events/move-to-private.js';
export { CxMoveToPrivate } from './components/move-to-private/move-to-private.js';
export { moveEn as moveTerms, type MoveTerms, type MoveTemplates } from './i18n/move-terms.js';
export { planMove, publicChannelOf, MOVE_ROUTES, type MovePlan, type MoveRoute, type RouteChoice, type RouteOption, type UnavailableRoute, type RouteUnavailable } from './move/routes.js';
export { fillTemplate, escapeTemplate, MOVE_VARIABLES, type MoveVariable, type MoveValues, type FilledTemplate, type TemplateProblem } from './move/templates.js';
export { continuationOf, latestContinuation, type PrivateContinuation } from './move/continuation.js';
export { composerEn as composerTerms, type ComposerTerms, type ReviewTerms } from './i18n/composer-terms.js';
export { measure, weightedLength, lengthStatus, type LengthStatus } from './compose/length.js';
export { findPii, type PiiFinding, type PiiKind, type PiiRule, type PiiOptions } from './compose/pii.js';
export { reviewReply, type ReplyContext, type ReplyFinding, type ReplyFindingKind } from './compose/review.js';
export { audienceOf, type Audience } from './compose/audience.js';
export { canReply, type ReplyVerdict, type ReplyRefusal } from './compose/reply-rules.js';
export { StorageDraftStore, type Draft, type DraftText, type DraftStore } from './compose/drafts.js';
export { CxConversationThread } from './components/conversation-thread/conversation-thread.js';
export { CxThreadMessage } from './components/thread-message/thread-message.js';
export { CxMessageSelectEvent } from './events/message-select.js';
export { CxMessageRetryEvent } from './events/message-retry.js';
export { linkify, safeHttpUrl, type TextPart } from './internal/linkify.js';
export { CxAdapterErrorEvent, type AdapterProblem } from './events/adapter-error.js';
export { errorEn as errorTerms, type ErrorTerms, type ErrorSubject } from './i18n/error-terms.js';
export { visibleToCustomer, type ThreadFilter } from './thread/thread-view.js';
export { threadEn as threadTerms, type ThreadTerms } from './i18n/thread-terms.js';
export { CxCustomer360 } from './components/customer-360/customer-360.js';
export { CxIdentityLinkEvent, CxIdentityLinkedEvent, CxIdentityUnlinkEvent, CxIdentityUnlinkedEvent, CxIdentifyRequestEvent } from './events/identity.js';
export { CxCaseCreateEvent, CxCaseCreatedEvent, CxActivityLogEvent, CxActivityLoggedEvent } from './events/case.js';
export { CxConversationOpenEvent } from './events/conversation-open.js';
export { customerTerms, type CustomerTerms } from './i18n/customer-terms.js';
export { standingTerms, type StandingTerms } from './i18n/standing-terms.js';
export {
  assessStanding,
  describeStanding,
  standingPriorityReason,
  STANDING_RULES,
  type CustomerStanding,
  type StandingFactor,
  type StandingWords,
  type ReachLevel,
  type ValueLevel,
  type ChurnRisk,
} from './customer/standing.js';
export { channelHistory, type ChannelHistory } from './customer/history.js';
export { CxScreenPop } from './components/screen-pop/screen-pop.js';
export { CxSlaClock } from './components/sla-clock/sla-clock.js';
export {
  CxInteractionAcceptEvent,
  CxInteractionAcceptedEvent,
  CxInteractionDismissEvent,
  CxInteractionDismissedEvent,
  CxInteractionSnoozeEvent,
  CxPopEvent,
  CxPopClosedEvent,
  type PopCause,
} from './events/interaction.js';
export type { PopNotifications } from './components/screen-pop/notifier.js';
export type { PopAction, PopShortcuts } from './components/screen-pop/shortcuts.js';
export { DEFAULT_SHORTCUTS } from './components/screen-pop/shortcuts.js';
export { popTerms, durationWords, type PopTerms, type SlaTerms, type ReasonTerms, type SlaState } from './i18n/pop-terms.js';
export { prioritize, PRIORITY_WEIGHTS, FLOOD_WINDOW_MS, FLOOD_MIN_CUSTOMERS } from './queue/prioritize.js';
export { senderKey } from './queue/floods.js';
export { topicsOf, STOP_WORDS, type Topics } from './queue/topics.js';
export { slaStatus, mostPressing, SLA_SOON_MS, type SlaStatus } from './queue/sla.js';
export { InteractionBook, type BookOutcome, type IgnoredWhy } from './queue/book.js';
export type { Prioritize, PrioritizeOptions, PriorityWeights, QueueEntry, QueueItem, QueueReason } from './queue/types.js';
export { CxKnowledge } from './components/knowledge/knowledge.js';
export { CxKnowledgeInsertEvent, CxKnowledgeInsertedEvent, type KnowledgeInsertKind, type KnowledgeInsertOutcome } from './events/knowledge.js';
export { knowledgeEn as knowledgeTerms, type KnowledgeTerms } from './i18n/knowledge-terms.js';
export { unadaptedSnippets, type UnadaptedSnippets } from './compose/snippets.js';
export { CxCommunityActionEvent, CxCommunityActedEvent, type CommunityRequest } from './events/community.js';
export { forumEn as forumTerms, waitWords, type ForumTerms, type CommunityAction } from './i18n/forum-terms.js';
export { isOfficialReply, communityResult, type CommunityOutcome } from './ports/validate-community.js';
export { forumLayout, acceptedSolution, isForumConversation, FORUM_MAX_INDENT, type ForumLayout } from './thread/forum-tree.js';
export { forumAnswerState, forumStaleness, FORUM_STALE_AFTER_MS, type ForumAnswerState, type ForumStaleness } from './thread/forum-staleness.js';
