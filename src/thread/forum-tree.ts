/**
 * The layout of a forum thread: the question first, then the replies as a tree by `inReplyTo`, each
 * reply after its parent and before its parent's next reply, siblings oldest first. Plain
 * TypeScript, no DOM, linear in the number of posts.
 *
 * Bad chains are survived, never followed forever: a reply to a missing post, to itself, or inside
 * a loop of replies is shown top-level (a reply to the thread).
 */
import type { Channel, Conversation, Message } from '../model/index.js';
import { isSystemMessage } from './thread-view.js';

/** Indentation stops growing here; deeper replies still say whom they answer. */
export const FORUM_MAX_INDENT = 6;

export interface ForumLayout {
  /** The posts in reading order: question, then the tree. */
  rows: readonly Message[];
  /** Nesting of each post by id: 0 for the question, 1 for a reply to the thread, … */
  depth: ReadonlyMap<string, number>;
  /** The question (the oldest post that is not a system event), when there is one. */
  question?: Message;
}

/** Whether a conversation is a forum or community thread: its first channel, or every channel but notes, is a forum. */
export function isForumConversation(conversation: Pick<Conversation, 'channels'> | undefined): boolean {
  const channels: readonly Channel[] = Array.isArray(conversation?.channels) ? conversation.channels : [];
  const talking = channels.filter((c) => c.kind !== 'note');
  return talking.length > 0 && (talking[0]!.kind === 'forum' || talking.every((c) => c.kind === 'forum'));
}

/** Lays out posts given oldest first (see the module comment). */
export function forumLayout(posts: readonly Message[]): ForumLayout {
  const byId = new Map<string, Message>();
  for (const post of posts) byId.set(post.id, post);
  const question = posts.find((post) => !isSystemMessage(post));
  const children = new Map<string, Message[]>();
  const roots: Message[] = [];
  for (const post of posts) {
    if (post === question) continue;
    const parent = typeof post.inReplyTo === 'string' && post.inReplyTo !== post.id ? byId.get(post.inReplyTo) : undefined;
    if (!parent) {
      roots.push(post);
      continue;
    }
    const list = children.get(parent.id);
    if (list) list.push(post);
    else children.set(parent.id, [post]);
  }

  const rows: Message[] = [];
  const depth = new Map<string, number>();
  // Iterative depth-first walk; a post is placed once, so a loop of replies can't be walked twice.
  const walk = (root: Message, level: number) => {
    const stack: [Message, number][] = [[root, level]];
    while (stack.length) {
      const [post, d] = stack.pop()!;
      if (depth.has(post.id)) continue;
      depth.set(post.id, d);
      rows.push(post);
      const kids = children.get(post.id);
      if (kids) for (let k = kids.length - 1; k >= 0; k -= 1) if (!depth.has(kids[k]!.id)) stack.push([kids[k]!, d + 1]);
    }
  };
  if (question) walk(question, 0);
  // Replies to the thread (or to a missing post) and their trees, oldest first.
  for (const root of roots) walk(root, 1);
  // What is left sits in a loop of replies (it has a parent but no way up to a root): top-level, oldest first.
  if (rows.length < posts.length) for (const post of posts) if (!depth.has(post.id)) walk(post, 1);
  return { rows, depth, ...(question ? { question } : {}) };
}

/** The accepted solution among the posts: the latest one marked accepted (a host may leave an old mark). */
export function acceptedSolution(posts: readonly Message[], question: Message | undefined): Message | undefined {
  let found: Message | undefined;
  for (const post of posts) if (post !== question && post.community?.accepted && (!found || post.createdAt >= found.createdAt)) found = post;
  return found;
}
