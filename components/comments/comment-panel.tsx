'use client';

import { useEffect, useId, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { COMMENT_LIMITS, type CommentTarget, type CommentThread, type CommentView } from '@/lib/comments/types';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { CommentBody } from './comment-body';

export interface CommentActions {
  threads: (target: CommentTarget) => Promise<ActionResult<CommentThread[]>>;
  addComment: (input: { target: CommentTarget; body: string; parentId?: number }) => Promise<ActionResult<CommentThread[]>>;
  resolve: (commentId: number, resolved: boolean) => Promise<ActionResult<CommentThread[]>>;
}

/**
 * The comment threads on one target: open threads first, resolved ones on request; a new thread,
 * replies, resolve and reopen. `onChange` hears every new list (the editor's counts follow it).
 */
export function CommentPanel(props: { target: CommentTarget; title: string; actions: CommentActions; canComment: boolean; canResolve: boolean; onChange?: (threads: CommentThread[]) => void; refreshKey?: string }) {
  const { target, actions, canComment, canResolve, onChange, refreshKey } = props;
  const t = useTranslations('Comments');
  const errorMessage = useErrorMessage();
  const [threads, setThreads] = useState<CommentThread[] | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [pending, start] = useTransition();
  const key = JSON.stringify(target);

  useEffect(() => {
    let live = true;
    void actions.threads(JSON.parse(key) as CommentTarget).then((r) => live && (r.ok ? setThreads(r.value) : (setThreads([]), setError(r))));
    return () => void (live = false);
    // refreshKey: the pane's counts moved (someone else commented): read the threads again
  }, [actions, key, refreshKey]);

  function run(work: () => Promise<ActionResult<CommentThread[]>>, done?: () => void) {
    setError(null);
    start(async () => {
      const r = await work();
      if (!r.ok) return setError(r);
      setThreads(r.value);
      onChange?.(r.value);
      done?.();
    });
  }

  const open = threads?.filter((x) => !x.resolvedAt) ?? [];
  const resolved = threads?.filter((x) => x.resolvedAt) ?? [];
  return (
    <section aria-label={props.title} className="grid gap-2 rounded border border-stone-300 bg-white p-2 text-sm" data-testid="comments">
      <h3 className="font-semibold">{props.title}</h3>
      {error && <p role="alert" className="text-red-800">{errorMessage(error)}</p>}
      {threads === null ? (
        <p>{t('loading')}</p>
      ) : threads.length === 0 ? (
        <p className="text-stone-600">{t('empty')}</p>
      ) : null}
      <ol className="grid gap-2">
        {[...open, ...(showResolved ? resolved : [])].map((thread) => (
          <Thread key={thread.id} thread={thread} pending={pending} canComment={canComment} canResolve={canResolve}
            onReply={(body, done) => run(() => actions.addComment({ target, body, parentId: thread.id }), done)}
            onResolve={(r) => run(() => actions.resolve(thread.id, r))} />
        ))}
      </ol>
      {resolved.length > 0 && (
        <button type="button" className="justify-self-start text-xs text-stone-700 underline" onClick={() => setShowResolved((s) => !s)}>
          {showResolved ? t('hideResolved') : t('showResolved', { count: resolved.length })}
        </button>
      )}
      {canComment && <Composer label={t('newLabel')} placeholder={t('placeholder')} submit={t('post')} pending={pending} onSend={(body, done) => run(() => actions.addComment({ target, body }), done)} />}
    </section>
  );
}

function Comment({ c }: { c: CommentView }) {
  const format = useFormatter();
  return (
    <div data-testid="comment">
      <p className="text-xs text-stone-600">
        <bdi className="font-medium text-stone-800">{c.author.name}</bdi> · {format.dateTime(new Date(c.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
      </p>
      <CommentBody body={c.body} mentions={c.mentions} />
    </div>
  );
}

function Thread(props: { thread: CommentThread; pending: boolean; canComment: boolean; canResolve: boolean; onReply: (body: string, done: () => void) => void; onResolve: (resolved: boolean) => void }) {
  const { thread } = props;
  const t = useTranslations('Comments');
  const format = useFormatter();
  const [replying, setReplying] = useState(false);
  return (
    <li className={`grid gap-1 rounded border p-2 ${thread.resolvedAt ? 'border-stone-200 bg-stone-50' : 'border-sky-200'}`} data-testid="comment-thread" data-resolved={!!thread.resolvedAt}>
      <Comment c={thread} />
      {thread.replies.length > 0 && (
        <ol className="grid gap-1 border-s-2 border-stone-200 ps-2">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Comment c={r} />
            </li>
          ))}
        </ol>
      )}
      {thread.mentions.length > 0 && <p className="text-xs text-stone-600">{t('mentions', { names: format.list(thread.mentions.map((m) => `\u2068${m.name}\u2069`), { type: 'conjunction' }) })}</p>}
      {thread.resolvedBy && <p className="text-xs text-stone-600">{t('resolvedBy', { who: `\u2068${thread.resolvedBy.name}\u2069` })}</p>}
      <div className="flex gap-3 text-xs">
        {props.canComment && !replying && (
          <button type="button" className="underline" onClick={() => setReplying(true)}>
            {t('reply')}
          </button>
        )}
        {props.canResolve && (
          <button type="button" className="underline" disabled={props.pending} onClick={() => props.onResolve(!thread.resolvedAt)} data-testid="comment-resolve">
            {thread.resolvedAt ? t('reopen') : t('resolve')}
          </button>
        )}
      </div>
      {replying && <Composer label={t('replyLabel')} placeholder={t('replyPlaceholder')} submit={t('reply')} pending={props.pending} onSend={(body, done) => props.onReply(body, () => (done(), setReplying(false)))} />}
    </li>
  );
}

function Composer(props: { label: string; placeholder: string; submit: string; pending: boolean; onSend: (body: string, done: () => void) => void }) {
  const t = useTranslations('Comments');
  const id = useId();
  const [body, setBody] = useState('');
  return (
    <form
      className="grid gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) props.onSend(body, () => setBody(''));
      }}
    >
      <label htmlFor={id} className="sr-only">{props.label}</label>
      <textarea id={id} dir="auto" rows={2} maxLength={COMMENT_LIMITS.body} value={body} placeholder={props.placeholder} onChange={(e) => setBody(e.target.value)} className="rounded border border-stone-300 p-1" data-testid="comment-input" />
      <button type="submit" disabled={props.pending || !body.trim()} className="justify-self-start rounded bg-emerald-700 px-3 py-1 text-white disabled:opacity-50">
        {props.pending ? t('sending') : props.submit}
      </button>
    </form>
  );
}
