/**
 * Validators of the knowledge port (`KnowledgeSource`): articles and resolved past answers. An answer
 * is not failed for one bad item: each article (and answer) is checked on its own, kept when valid and
 * described in `rejected` when not, so one article with a `javascript:` URL costs that article only.
 * Only an answer whose own shape is wrong fails, with an `InvalidDataError` that says what to send.
 */
import type { KnowledgeArticle, KnowledgeResults, PastAnswer } from '../model/knowledge.js';
import type { DataIssue } from '../model/issues.js';
import { describeValue, isResponseLike } from './describe.js';
import { InvalidDataError } from './errors.js';
import { Scope, id, isObject, isoDate, object, optional, string, withDefault, type Check } from './schema.js';

/** A non-empty string after trimming. */
const text: Check<string> = (value, scope) =>
  typeof value === 'string' && value.trim() !== '' ? value : scope.fail('must be a non-empty string', value);

/** An absolute http(s) URL: anything else (`javascript:`, `data:`, a relative path) is refused, never made a link. */
export const httpUrl: Check<string> = (value, scope) => {
  if (typeof value !== 'string') return scope.fail('must be an absolute http(s) URL such as "https://help.example.com/returns"', value);
  let protocol = '';
  try {
    protocol = new URL(value.trim()).protocol;
  } catch {
    return scope.fail('must be an absolute http(s) URL such as "https://help.example.com/returns" (a relative path? prefix the site)', value);
  }
  if (protocol !== 'http:' && protocol !== 'https:') return scope.fail(`must be an http(s) URL (only those become links), not a ${protocol} URL`, value);
  return value.trim();
};

/** A BCP 47 language tag such as "en" or "es-MX"; "und" when absent. */
const language: Check<string> = withDefault((value, scope) => {
  if (typeof value === 'string' && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) return value;
  return scope.fail('must be a BCP 47 language tag such as "en" or "es-MX"', value);
}, () => 'und');

const articleFields = object({
  id,
  title: text,
  url: httpUrl,
  snippet: withDefault(string, () => ''),
  body: optional(string),
  language,
  updatedAt: isoDate,
});

export const knowledgeArticle: Check<KnowledgeArticle> = (value, scope) => {
  const parsed = articleFields(value, scope);
  return parsed && { ...parsed, body: parsed.body ?? parsed.snippet };
};

export const pastAnswer: Check<PastAnswer> = object({ id, text, conversationId: optional(id), language, resolvedAt: isoDate });

const SHAPE = 'must be an array of articles, or an object { articles: [...], answers?: [...] }';

/** Checks each item on its own: the valid ones, and the first problem of each invalid one. */
function items<T>(check: Check<T>, list: unknown, path: string, rejected: DataIssue[]): T[] {
  const out: T[] = [];
  const scope = new Scope(path);
  for (let index = 0; index < (list as unknown[]).length; index += 1) {
    const result = scope.item(check, (list as unknown[])[index], index);
    if (result.ok) out.push(result.value);
    else rejected.push(result.issues[0]!);
  }
  return out;
}

/** Validates what `knowledge.search` / `knowledge.suggest` returned. */
export function knowledgeResults(value: unknown, operation: string): KnowledgeResults {
  if (isResponseLike(value)) throw InvalidDataError.of(operation, [{ path: '', problem: `must be the data itself, got ${describeValue(value)}`, value }], value);
  const fail = (path: string, problem: string, at: unknown) => InvalidDataError.of(operation, [{ path, problem, value: at }], value);
  const articles = Array.isArray(value) ? value : isObject(value) ? value.articles : undefined;
  if (!Array.isArray(articles)) {
    throw isObject(value)
      ? fail('articles', `must be an array of articles, got ${describeValue(articles)}`, articles)
      : fail('', `${SHAPE}, got ${describeValue(value)}`, value);
  }
  const answers = isObject(value) ? value.answers : undefined;
  if (answers !== undefined && answers !== null && !Array.isArray(answers)) throw fail('answers', `must be an array of past answers (or left out), got ${describeValue(answers)}`, answers);
  const rejected: DataIssue[] = [];
  return {
    articles: items(knowledgeArticle, articles, Array.isArray(value) ? '' : 'articles', rejected),
    answers: Array.isArray(answers) ? items(pastAnswer, answers, 'answers', rejected) : [],
    rejected,
  };
}

/** Validates a list of articles a host passes to an element: the valid ones, and a problem for each other. */
export function articleList(value: unknown): { articles: KnowledgeArticle[]; rejected: DataIssue[] } {
  const rejected: DataIssue[] = [];
  if (!Array.isArray(value)) return { articles: [], rejected: value === undefined || value === null ? [] : [{ path: 'articles', problem: `must be an array of articles, got ${describeValue(value)}`, value }] };
  return { articles: items(knowledgeArticle, value, 'articles', rejected), rejected };
}
