'use client';

import { useId, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import type { FindPreview, ReplaceOutcome } from '@/lib/documents/find-preview';
import { Link } from '@/lib/i18n/navigation';
import { dirOf, type Lang } from '@/lib/text/lang';
import { useErrorMessage } from '@/components/layout/use-error-message';
import { HitContext } from './hit-context';

interface Query {
  documentId: number;
  lang: Lang;
  query: string;
  wholeWord: boolean;
  matchCase: boolean;
}

interface Props {
  documentId: number;
  sourceLang: Lang;
  langs: Lang[];
  initialLang: Lang;
  initialQuery: string;
  canTranslate: boolean;
  canEditSource: boolean;
  find: (input: Query, replacement?: string) => Promise<ActionResult<FindPreview>>;
  replaceAll: (input: Query & { replacement: string; segments: { segmentId: number; version: number }[] }) => Promise<ActionResult<ReplaceOutcome>>;
}

/** Find across one language of a document, preview every hit in its segment, then replace all at once. */
export function FindReplacePanel(props: Props) {
  const t = useTranslations('FindReplace');
  const format = useFormatter();
  const words = useErrorMessage();
  const id = useId();
  const [lang, setLang] = useState<Lang>(props.initialLang);
  const [query, setQuery] = useState(props.initialQuery);
  const [replacement, setReplacement] = useState('');
  const [wholeWord, setWholeWord] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [preview, setPreview] = useState<{ q: Query; r: FindPreview } | null>(null);
  const [outcome, setOutcome] = useState<ReplaceOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const dir = dirOf(lang);
  const mayReplace = lang === props.sourceLang ? props.canEditSource : props.canTranslate;

  const search = (q: Query) =>
    start(async () => {
      const r = await props.find(q, replacement);
      if (r.ok) {
        setPreview({ q, r: r.value });
        setError(null);
      } else setError(words(r));
    });

  const onFind = (e: React.FormEvent) => {
    e.preventDefault();
    setOutcome(null);
    search({ documentId: props.documentId, lang, query, wholeWord, matchCase });
  };

  const onReplace = () => {
    if (!preview) return;
    const q = preview.q;
    // every previewed segment goes, those whose hits are all left too: the answer reports them
    const segments = preview.r.segments.map((s) => ({ segmentId: s.segmentId, version: s.version }));
    if (segments.length === 0) return;
    start(async () => {
      const r = await props.replaceAll({ ...q, replacement, segments });
      if (!r.ok) return setError(words(r));
      setError(null);
      setOutcome(r.value);
      const again = await props.find(q, replacement);
      if (again.ok) setPreview({ q, r: again.value });
    });
  };

  const skipLabel = (reason: 'locked' | 'crosses-nodes' | 'changed') => t(`skip.${reason}`);
  const replaceable = preview ? preview.r.hits - preview.r.skipped : 0;

  return (
    <div className="grid gap-4">
      <form onSubmit={onFind} className="grid max-w-3xl gap-3 rounded border border-stone-300 bg-white p-4" data-testid="find-form">
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="mb-1 text-xs text-stone-700">{t('language')}</legend>
          {props.langs.map((l) => (
            <label key={l} className="flex items-center gap-1">
              <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => (setLang(l), setPreview(null))} data-testid={`find-lang-${l}`} />
              {t(`lang.${l}`)}
              {l === props.sourceLang && <span className="text-xs text-stone-600">({t('source')})</span>}
            </label>
          ))}
        </fieldset>
        <div className="grid gap-1">
          <label htmlFor={`${id}-q`} className="text-xs text-stone-700">
            {t('find')}
          </label>
          <input id={`${id}-q`} value={query} onChange={(e) => setQuery(e.target.value)} lang={lang} dir={dir} maxLength={500} required
            className="rounded border border-stone-300 px-2 py-1" data-testid="find-query" />
        </div>
        <div className="grid gap-1">
          <label htmlFor={`${id}-r`} className="text-xs text-stone-700">
            {t('replaceWith')}
          </label>
          <input id={`${id}-r`} value={replacement} onChange={(e) => setReplacement(e.target.value)} lang={lang} dir={dir} maxLength={500}
            className="rounded border border-stone-300 px-2 py-1" data-testid="find-replacement" />
        </div>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} data-testid="find-whole-word" />
            {t('wholeWord')}
          </label>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} data-testid="find-match-case" />
            {t('matchCase')}
          </label>
        </div>
        <p className="text-xs text-stone-600">{t('folding')}</p>
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={pending} className="rounded bg-emerald-800 px-3 py-1 text-white disabled:opacity-50" data-testid="find-submit">
            {pending ? t('searching') : t('findAll')}
          </button>
          {mayReplace && (
            <button type="button" onClick={onReplace} disabled={pending || !preview || replaceable === 0}
              className="rounded border border-emerald-800 px-3 py-1 text-emerald-900 disabled:opacity-50" data-testid="replace-all">
              {t('replaceAll', { count: replaceable })}
            </button>
          )}
        </div>
        {!mayReplace && <p className="text-xs text-stone-600">{t('readOnly')}</p>}
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-800" data-testid="find-error">
          {error}
        </p>
      )}
      {outcome && (
        <div role="status" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="replace-outcome"
          data-replaced={outcome.replaced} data-changed={outcome.changedSegments} data-skipped={outcome.skipped.reduce((n, s) => n + Math.max(1, s.hits), 0)}>
          <p>{t('replaced', { hits: outcome.replaced, segments: outcome.changedSegments })}</p>
          {outcome.skipped.length > 0 && (
            <ul className="mt-1 list-disc ps-5" data-testid="replace-skipped">
              {outcome.skipped.map((s) => (
                <li key={`${s.segmentId}-${s.reason}`} data-reason={s.reason}>
                  {t('skippedLine', { n: s.n, count: s.hits, reason: skipLabel(s.reason) })}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-1 text-xs">{t('historyNote')}</p>
        </div>
      )}
      {preview && (
        <section aria-labelledby={`${id}-results`} data-testid="find-results" data-hits={preview.r.hits} data-skipped={preview.r.skipped}>
          <h2 id={`${id}-results`} className="mb-2 text-lg font-semibold">
            {preview.r.hits === 0 ? t('resultsNone') : t('results', { hits: preview.r.hits, segments: preview.r.segments.length })}
          </h2>
          {preview.r.skipped > 0 && <p className="mb-2 text-sm text-stone-700">{t('skippedNote', { count: preview.r.skipped })}</p>}
          {preview.r.segments.length === 0 && <p>{t('noHits')}</p>}
          <ol className="grid gap-2">
            {preview.r.segments.map((s) => (
              <li key={s.segmentId} className="rounded border border-stone-200 bg-white p-2" data-testid="find-segment" data-segment-id={s.segmentId}>
                <Link href={`/documents/${props.documentId}#segment-${s.segmentId}`} className="text-xs text-emerald-800 underline" data-testid="find-segment-link">
                  {t('segment', { n: format.number(s.n) })}
                </Link>
                <p lang={preview.q.lang} dir={dirOf(preview.q.lang)} className="pane-text mt-1 whitespace-pre-wrap">
                  <HitContext text={s.text} hits={s.hits} skipLabel={skipLabel} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
