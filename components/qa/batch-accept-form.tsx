'use client';

import { useEffect, useId, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { useErrorMessage } from '@/components/layout/use-error-message';

type State = ActionResult<{ accepted: number; alreadyAccepted: number }> | null;

/**
 * A form around the listed findings: each open one has a checkbox (`item`), the bar accepts the
 * checked ones with one reason.
 */
export function BatchAcceptForm({ documentId, action, children, selectable }: { documentId: number; action: (prev: State, form: FormData) => Promise<State>; children: ReactNode; selectable: number }) {
  const t = useTranslations('QaOverview');
  const words = useErrorMessage();
  const [state, setState] = useState<State>(null);
  const [pending, start] = useTransition();
  const [selected, setSelected] = useState(0);
  const ref = useRef<HTMLFormElement>(null);
  const id = useId();
  const boxes = () => [...(ref.current?.querySelectorAll<HTMLInputElement>('input[name="item"]') ?? [])];
  const recount = () => setSelected(boxes().filter((b) => b.checked).length);
  useEffect(() => {
    // after an acceptance the list is rendered again: the checked boxes are gone
    recount();
  }, [state, children]);
  const all = selectable > 0 && selected === selectable;
  // submitted by hand: a form action would reset the form, and a refused batch (no reason) would lose the selection
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    start(async () => setState(await action(null, data)));
  };

  return (
    <form ref={ref} onSubmit={submit} onChange={recount} data-testid="qa-batch-form" className="grid gap-3">
      <input type="hidden" name="documentId" value={documentId} />
      {selectable > 0 && (
        <div className="sticky top-0 z-10 grid gap-2 rounded border border-stone-300 bg-white p-3 shadow-sm" data-testid="qa-batch-bar">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={all}
              onChange={(e) => {
                for (const b of boxes()) b.checked = e.target.checked;
                recount();
              }}
              data-testid="qa-select-all"
            />
            {t('selectAll', { count: selectable })}
          </label>
          <div className="flex flex-wrap items-end gap-2">
            <label htmlFor={id} className="grid flex-1 gap-1 text-xs text-stone-700">
              {t('reasonLabel')}
              <input id={id} name="reason" maxLength={2000} className="min-w-0 rounded border border-stone-300 px-2 py-1 text-sm text-stone-950" data-testid="qa-batch-reason" />
            </label>
            <button type="submit" disabled={pending || selected === 0} className="rounded bg-emerald-800 px-3 py-1 text-sm text-white disabled:opacity-50" data-testid="qa-batch-accept" data-selected={selected}>
              {pending ? t('accepting') : t('acceptSelected', { count: selected })}
            </button>
          </div>
          {state && !state.ok && (
            <p role="alert" className="text-sm text-red-800" data-testid="qa-batch-error" data-code={state.code}>
              {words(state)}
            </p>
          )}
          {state?.ok && (
            <p role="status" className="text-sm text-emerald-900" data-testid="qa-batch-done" data-accepted={state.value.accepted}>
              {t('acceptedNow', { count: state.value.accepted })}
            </p>
          )}
        </div>
      )}
      {children}
    </form>
  );
}
