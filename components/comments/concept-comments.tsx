'use client';

import { useTranslations } from 'next-intl';
import { CommentPanel, type CommentActions } from './comment-panel';

/** The comment threads on a glossary concept (its page). */
export function ConceptComments({ conceptId, actions, canComment, canResolve }: { conceptId: string; actions: CommentActions; canComment: boolean; canResolve: boolean }) {
  const t = useTranslations('Comments');
  return <CommentPanel target={{ kind: 'concept', conceptId }} title={t('titleConcept')} actions={actions} canComment={canComment} canResolve={canResolve} />;
}
