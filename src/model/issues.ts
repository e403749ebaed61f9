/**
 * What the port boundary reports about data it could not accept. Plain data, so it can be logged,
 * posted to a host, or shown to a developer as it is.
 */

/** One problem in data a host returned. */
export interface DataIssue {
  /** Where, from the root of what the port returned: `messages[3].createdAt`; `""` for the value itself. */
  path: string;
  /** What was expected and what came: `must be an ISO 8601 date-time with a time zone, got the number 1732963200000`. */
  problem: string;
  /** The offending value, as the host sent it. */
  value: unknown;
}

/**
 * A message the boundary could not accept. A page with invalid messages is not failed whole: it
 * holds the valid messages, and one of these for each invalid one, so the thread can show a
 * placeholder in its place ("1 message could not be shown") and tell the developer what was wrong.
 */
export interface RejectedMessage {
  /** Its position in the page as the host returned it (0 = the newest); absent for a live event. */
  index?: number;
  /** The message's id, when it could be read: a placeholder keeps its place across reloads. */
  id?: string;
  /** Its time, when it could be read as an ISO 8601 date-time: where the placeholder goes in the timeline. */
  createdAt?: string;
  /** The first problem's path, from the root of the answer: `messages[3].createdAt`, or `event.message.createdAt` live. */
  path: string;
  /** The first problem, in words: what was expected and what came. */
  problem: string;
  /** Every problem found in this message, the first 10 at most; `issues[0]` is `path` and `problem`. */
  issues: DataIssue[];
  /** The message as the host sent it. */
  value: unknown;
}
