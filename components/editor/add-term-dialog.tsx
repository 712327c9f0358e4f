'use client';

import { useId, useState, useTransition, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'next-intl';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { tokenize } from '@/lib/text/tokens';
import { dirOf, type Lang } from '@/lib/text/lang';
import { useEditorGrid } from './editor-grid-context';

export interface AddTermSeed {
  /** The language of the selection the form starts from. */
  lang: Lang;
  panes: Record<Lang, { selection: string; text: string }>;
}

const MAX_CANDIDATES = 40;

/** Candidate renderings from the aligned text of a pane: its selection, then its 1-3 word phrases. */
export function candidatePhrases(text: string, lang: Lang, selection = ''): string[] {
  const words = tokenize(text, lang);
  const out = new Set<string>(selection ? [selection] : []);
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) out.add(text.slice(words[i]!.start, words[i + n - 1]!.end));
  }
  return [...out].slice(0, MAX_CANDIDATES);
}

/** "Add to glossary": a new concept prefilled from the selection, the other panes offered as candidates. */
export function AddTermDialog({ seed, langs, onClose }: { seed: AddTermSeed; langs: Lang[]; onClose: () => void }) {
  const t = useTranslations('AddTerm');
  const tLang = useTranslations('Editor.lang');
  const errorMessage = useErrorMessage();
  const grid = useEditorGrid();
  const id = useId();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ErrorLike | string | null>(null);
  const [proposed, setProposed] = useState(false);
  const [terms, setTerms] = useState<Record<string, string>>(() => Object.fromEntries(langs.map((l) => [l, l === seed.lang ? seed.panes[l]?.selection || '' : seed.panes[l]?.selection || ''])));

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const entries = langs.map((lang) => ({ lang, text: (terms[lang] ?? '').trim() })).filter((x) => x.text !== '');
    if (entries.length === 0) return setError('glossary-term-required');
    start(async () => {
      const r = await grid.createConcept({ terms: entries, subjectField: String(form.get('subject') ?? ''), definition: String(form.get('definition') ?? '') });
      if (!r.ok) setError(r);
      else if (r.value && typeof r.value === 'object' && 'proposed' in r.value) setProposed(true);
      else onClose();
    });
  }

  // portalled: the rows' containment would otherwise make `fixed` relative to the row
  return createPortal(
    <div className="fixed inset-0 z-40 flex items-start justify-center bg-stone-900/30 p-4 pt-24" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form onSubmit={submit} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} data-testid="add-term" className="grid w-full max-w-4xl gap-3 rounded border border-stone-300 bg-white p-4 shadow-xl">
        <h3 id={`${id}-title`} className="font-semibold">
          {t('title')}
        </h3>
        <div className="grid gap-3 md:grid-cols-3">
          {langs.map((lang) => (
            <label key={lang} className="grid gap-1 text-sm">
              <span>{t('term', { lang: tLang(lang) })}</span>
              <input
                lang={lang}
                dir={dirOf(lang)}
                list={`${id}-${lang}`}
                value={terms[lang] ?? ''}
                onChange={(e) => setTerms((s) => ({ ...s, [lang]: e.target.value }))}
                className="pane-text rounded border border-stone-300 px-2 py-1"
                name={`term-${lang}`}
              />
              <datalist id={`${id}-${lang}`}>
                {candidatePhrases(seed.panes[lang]?.text ?? '', lang, seed.panes[lang]?.selection).map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </label>
          ))}
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          <label className="grid gap-1 text-sm">
            <span>{t('subject')}</span>
            <input name="subject" className="rounded border border-stone-300 px-2 py-1" />
          </label>
          <label className="grid gap-1 text-sm">
            <span>{t('definition')}</span>
            <input name="definition" dir="auto" className="rounded border border-stone-300 px-2 py-1" />
          </label>
        </div>
        {proposed && (
          <p role="status" data-testid="term-proposed" className="text-sm text-emerald-900">
            {t('proposed')}
          </p>
        )}
        {error && (
          <p role="alert" data-testid="error-message" className="text-sm text-red-800">
            {errorMessage(error)}
          </p>
        )}
        <div className="flex gap-2">
          <button type="submit" disabled={pending || proposed} className="rounded bg-emerald-800 px-3 py-1 text-white disabled:opacity-60">
            {t('save')}
          </button>
          <button type="button" onClick={onClose} className="rounded border border-stone-400 px-3 py-1">
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>,
    document.body,
  );
}
