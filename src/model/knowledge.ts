/**
 * The knowledge base as components see it: articles an agent can read, link and quote, and answers
 * that resolved earlier conversations. Plain data; everything in it came from a host and is shown as
 * text (only `url`, checked to be http(s) at the boundary, becomes a live link).
 */
import type { DataIssue } from './issues.js';

/** One article of the host's knowledge base (or of the list a host passes to `<cx-knowledge>`). */
export interface KnowledgeArticle {
  id: string;
  title: string;
  /** An absolute http(s) URL: the page the customer can be sent to. */
  url: string;
  /** A short extract, plain text: what "Quote" inserts. */
  snippet: string;
  /** The article's text for the preview, plain text; the snippet when the host gives none. */
  body: string;
  /** BCP 47 language tag ("en", "es-MX"); "und" when the host did not say. */
  language: string;
  /** ISO 8601: when the article last changed. */
  updatedAt: string;
}

/** An article as a host gives it. */
export interface KnowledgeArticleInput {
  id: string | number;
  title: string;
  url: string;
  snippet?: string | null;
  body?: string | null;
  language?: string | null;
  updatedAt: string;
}

/** A reply that resolved an earlier conversation, offered as a starting point (never to paste). */
export interface PastAnswer {
  id: string;
  /** The reply as it was sent, plain text. */
  text: string;
  /** The conversation it resolved, when the host says. */
  conversationId?: string;
  /** BCP 47 language tag; "und" when the host did not say. */
  language: string;
  /** ISO 8601: when the conversation was resolved. */
  resolvedAt: string;
}

export interface PastAnswerInput {
  id: string | number;
  text: string;
  conversationId?: string | number | null;
  language?: string | null;
  resolvedAt: string;
}

/** What `search` and `suggest` return: best first. */
export interface KnowledgeResults {
  articles: KnowledgeArticle[];
  /** Resolved past answers, when the host keeps them; [] otherwise. */
  answers: PastAnswer[];
  /**
   * Items the boundary left out (a `javascript:` URL, a missing title…), one problem each, with the
   * path from the root of the answer (`articles[3].url`). The rest of the answer is still shown.
   */
  rejected: DataIssue[];
}

/** A host's answer: an array of articles, or an object with `articles` and `answers`. */
export type KnowledgeResultsInput =
  | readonly KnowledgeArticleInput[]
  | { articles: readonly KnowledgeArticleInput[]; answers?: readonly PastAnswerInput[] | null };
