'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/contract/result';
import type { CommentTarget, CommentThread } from '@/lib/comments/types';
import type { RestoredPane, SegmentHistory } from '@/lib/documents/history';
import type { SavedText } from '@/lib/documents/views';
import type { PaneComments } from '@/lib/live/types';
import type { Lang } from '@/lib/text/lang';
import { LiveDocumentProvider } from './live-document';

/** The server actions of comments and history, passed down from the page. */
export interface TeamActions {
  threads: (target: CommentTarget) => Promise<ActionResult<CommentThread[]>>;
  addComment: (input: { target: CommentTarget; body: string; parentId?: number }) => Promise<ActionResult<CommentThread[]>>;
  resolve: (commentId: number, resolved: boolean) => Promise<ActionResult<CommentThread[]>>;
  history: (segmentId: number) => Promise<ActionResult<SegmentHistory>>;
  restore: (input: { revisionId: number; baseVersion: number }) => Promise<ActionResult<RestoredPane, SavedText>>;
}

/** What the acting user may do here (the UI hides the rest; the server refuses it anyway). */
export interface TeamPermissions {
  comment: boolean;
  resolve: boolean;
  /** Restore a target's earlier text (segment.translate). */
  restore: boolean;
  /** Restore the source's earlier text (segment.edit-source). */
  restoreSource: boolean;
}

interface Team {
  sourceLang: Lang;
  actions: TeamActions;
  can: TeamPermissions;
  /** Open and total threads per `segmentId:lang`; `heard` counts the changes pushed live (a reply too). */
  counts: Record<string, { open: number; total: number; heard?: number }>;
  setCount: (key: string, threads: CommentThread[]) => void;
}

const TeamCtx = createContext<Team | null>(null);

/** The team's actions and counts in a document, or null outside one. */
export function useTeam(): Team | null {
  return useContext(TeamCtx);
}

/** Comments, history and the live layer of one document, around its editor. */
export function DocumentTeam(props: { documentId: number; sourceLang: Lang; renderedAt: number; actions: TeamActions; can: TeamPermissions; counts: Team['counts']; children: ReactNode }) {
  const { actions, can } = props;
  const [counts, setCounts] = useState(props.counts);
  const setCount = useCallback((key: string, threads: CommentThread[]) => {
    setCounts((c) => ({ ...c, [key]: { open: threads.filter((t) => !t.resolvedAt).length, total: threads.length } }));
  }, []);
  // another person's comment (on any instance) moves the counts too
  const onComments = useCallback((c: PaneComments) => setCounts((m) => {
    const key = `${c.segmentId}:${c.lang}`;
    return { ...m, [key]: { open: c.open, total: c.total, heard: (m[key]?.heard ?? 0) + 1 } };
  }), []);
  const sourceLang = props.sourceLang;
  const team = useMemo(() => ({ sourceLang, actions, can, counts, setCount }), [sourceLang, actions, can, counts, setCount]);
  return (
    <TeamCtx.Provider value={team}>
      <LiveDocumentProvider documentId={props.documentId} renderedAt={props.renderedAt} onComments={onComments}>{props.children}</LiveDocumentProvider>
    </TeamCtx.Provider>
  );
}
