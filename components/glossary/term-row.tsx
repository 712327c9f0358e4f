'use client';

import { useTranslations } from 'next-intl';
import { TERM_STATUSES, TERM_TYPES } from '@/lib/terms/types';
import { dirOf } from '@/lib/text/lang';
import type { TermStatus, TermType } from '@/lib/terms/types';
import type { DraftTerm } from './concept-draft';

/** One term's fields; text and notes are written in the term's own language and direction. */
export function TermRow({ term, index, readOnly, onChange, onRemove }: {
  term: DraftTerm;
  index: number;
  readOnly: boolean;
  onChange: (t: DraftTerm) => void;
  onRemove: () => void;
}) {
  const t = useTranslations('GlossaryConceptForm');
  const tt = useTranslations('GlossaryTerms');
  const lang = tt(`lang.${term.lang}`);
  const dir = dirOf(term.lang);
  const input = 'w-full rounded border border-stone-300 p-1.5 text-sm';
  const set = (patch: Partial<DraftTerm>) => onChange({ ...term, ...patch });
  return (
    <div className="grid gap-2 rounded border border-stone-200 p-2" data-testid="term-row" data-lang={term.lang}>
      <label className="grid gap-0.5">
        <span className="text-xs text-stone-600">{t('termText', { lang, n: index + 1 })}</span>
        <input value={term.text} onChange={(e) => set({ text: e.target.value })} lang={term.lang} dir={dir} readOnly={readOnly}
          className={`pane-text ${input} text-base`} data-testid={`term-text-${term.lang}`} />
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="grid gap-0.5">
          <span className="text-xs text-stone-600">{t('status')}</span>
          <select value={term.status} onChange={(e) => set({ status: e.target.value as TermStatus })} disabled={readOnly} className={input}
            aria-label={t('statusOf', { lang, n: index + 1 })}>
            {TERM_STATUSES.map((s) => <option key={s} value={s}>{tt(`status.${s}`)}</option>)}
          </select>
        </label>
        <label className="grid gap-0.5">
          <span className="text-xs text-stone-600">{t('type')}</span>
          <select value={term.type} onChange={(e) => set({ type: e.target.value as TermType | '' })} disabled={readOnly} className={input}
            aria-label={t('typeOf', { lang, n: index + 1 })}>
            <option value="">{t('noType')}</option>
            {TERM_TYPES.map((s) => <option key={s} value={s}>{tt(`type.${s}`)}</option>)}
          </select>
        </label>
      </div>
      <details>
        <summary className="cursor-pointer text-xs text-stone-600">{t('more')}</summary>
        <div className="mt-2 grid gap-2">
          <label className="grid gap-0.5">
            <span className="text-xs text-stone-600">{t('partOfSpeech')}</span>
            <input value={term.partOfSpeech} onChange={(e) => set({ partOfSpeech: e.target.value })} readOnly={readOnly} className={input} />
          </label>
          <label className="grid gap-0.5">
            <span className="text-xs text-stone-600">{t('usageNote')}</span>
            <input value={term.usageNote} onChange={(e) => set({ usageNote: e.target.value })} lang={term.lang} dir={dir} readOnly={readOnly} className={input} />
          </label>
          <label className="grid gap-0.5">
            <span className="text-xs text-stone-600">{t('source')}</span>
            <input value={term.source} onChange={(e) => set({ source: e.target.value })} dir="auto" readOnly={readOnly} className={input} />
          </label>
        </div>
      </details>
      {!readOnly && (
        <button type="button" onClick={onRemove} className="justify-self-end text-xs text-red-800 underline" aria-label={t('removeTerm', { lang, n: index + 1 })}>
          {t('remove')}
        </button>
      )}
    </div>
  );
}
