import type { Lang } from '../text/lang';

/** What a comment is about: one language of a segment, or a glossary concept. */
export type CommentTarget = { kind: 'segment'; segmentId: number; lang: Lang } | { kind: 'concept'; conceptId: string };

/** One comment as the UI shows it: authors and mentioned people by name. */
export interface CommentView {
  id: number;
  body: string;
  author: { id: string; name: string };
  mentions: { id: string; name: string }[];
  createdAt: string;
}

/** A thread: its first comment, the replies in order, and whether (and by whom) it was resolved. */
export interface CommentThread extends CommentView {
  replies: CommentView[];
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
}

/** Limits of a comment (the table checks the same). */
export const COMMENT_LIMITS = { body: 5000 } as const;
