'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/layout/use-error-message';
import type { HouseStyle } from '@/lib/publish/house-style';
import type { XliffImportReport } from '@/lib/formats/document-xliff';
import { importXliffAction, publishAction, saveStyleAction, type EditionActionState } from './actions';

interface Target {
  documentId: number;
  lang: 'en' | 'ar' | 'fa';
}

function Hidden({ documentId, lang }: Target) {
  return (
    <>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="lang" value={lang} />
    </>
  );
}

function ErrorLine({ state }: { state: EditionActionState }) {
  const words = useErrorMessage();
  if (!state || state.ok) return null;
  return (
    <p role="alert" data-testid="edition-error" data-code={state.code} className="text-sm text-red-800">
      {words(state)}
    </p>
  );
}

const OPTIONS = {
  dateFormat: ['both-months', 'levantine', 'egyptian'],
  digits: ['western', 'arabic-indic', 'persian'],
  calendar: ['gregorian', 'solar-hijri'],
  quotes: ['guillemets', 'keep'],
} as const;

/** House style of this edition: date form (Arabic), digits, calendar (Farsi), quotation marks, Latin isolation. */
export function StyleForm({ style, ...target }: Target & { style: HouseStyle }) {
  const t = useTranslations('EditionPage');
  const [state, action, pending] = useActionState(saveStyleAction, null);
  const base = useId();
  const shown = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).filter(
    (k) => (k !== 'dateFormat' || target.lang === 'ar') && (k !== 'calendar' || target.lang === 'fa'),
  );
  return (
    <form action={action} className="grid max-w-md gap-2" data-testid="house-style-form">
      <Hidden {...target} />
      {shown.map((name) => (
        <div key={name} className="grid gap-1">
          <label htmlFor={`${base}-${name}`} className="text-sm font-medium">
            {t(name)}
          </label>
          <select id={`${base}-${name}`} name={name} defaultValue={style[name]} className="rounded border border-stone-300 px-2 py-1" data-testid={`style-${name}`}>
            {OPTIONS[name].map((v) => (
              <option key={v} value={v}>
                {t(`${name}Option.${v}` as never)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isolateLatin" defaultChecked={style.isolateLatin} data-testid="style-isolateLatin" />
        {t('isolateLatin')}
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-50" data-testid="save-style">
          {pending ? t('savingStyle') : t('saveStyle')}
        </button>
        {state?.ok && (
          <span role="status" className="text-sm text-emerald-800">
            {t('styleSaved')}
          </span>
        )}
      </div>
      <ErrorLine state={state} />
    </form>
  );
}

/** Publish; while error findings are open an editor may publish anyway with a recorded reason. */
export function PublishForm({ blocked, ...target }: Target & { blocked: boolean }) {
  const t = useTranslations('EditionPage');
  const [state, action, pending] = useActionState(publishAction, null);
  const id = useId();
  return (
    <form action={action} className="grid max-w-md gap-2" data-testid="publish-form" data-blocked={blocked ? 'true' : 'false'}>
      <Hidden {...target} />
      {blocked && (
        <>
          <label htmlFor={id} className="text-sm font-medium">
            {t('overrideLabel')}
          </label>
          <textarea id={id} name="overrideReason" rows={2} maxLength={2000} className="rounded border border-stone-300 px-2 py-1" data-testid="override-reason" />
        </>
      )}
      <div>
        <button
          type="submit"
          disabled={pending}
          className={`rounded px-4 py-1.5 text-white disabled:opacity-50 ${blocked ? 'bg-red-800' : 'bg-emerald-800'}`}
          data-testid="publish"
        >
          {pending ? t('publishing') : blocked ? t('publishAnyway') : t('publish')}
        </button>
      </div>
      <ErrorLine state={state} />
    </form>
  );
}

/** Upload a translated XLIFF file; shows what changed, what was unknown and what conflicted. */
export function XliffImportForm(target: Target) {
  const t = useTranslations('EditionPage');
  const [state, action, pending] = useActionState(importXliffAction, null);
  const id = useId();
  const r = state?.ok ? (state.value as XliffImportReport) : undefined;
  const list = (ids: string[]) => ids.join(', ');
  return (
    <form action={action} className="grid max-w-md gap-2" data-testid="xliff-import-form">
      <Hidden {...target} />
      <p className="text-sm text-stone-700">{t('xliffHint')}</p>
      <label htmlFor={id} className="text-sm font-medium">
        {t('xliffFile')}
      </label>
      <input id={id} type="file" name="file" accept=".xlf,.xliff,application/xliff+xml" data-testid="xliff-file" />
      <div>
        <button type="submit" disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-50" data-testid="xliff-import">
          {pending ? t('xliffImporting') : t('xliffImport')}
        </button>
      </div>
      {r && (
        <div role="status" className="grid gap-1 text-sm" data-testid="xliff-import-report" data-updated={r.updated.length} data-unknown={r.unknown.length} data-conflicts={r.conflicts.length}>
          <p>{t('xliffReport', { updated: r.updated.length, unchanged: r.unchanged })}</p>
          {r.unknown.length > 0 && <p>{t('xliffUnknown', { ids: list(r.unknown) })}</p>}
          {r.conflicts.length > 0 && <p>{t('xliffConflicts', { ids: list(r.conflicts.map((c) => c.unitId)) })}</p>}
          {r.sourceChanged.length > 0 && <p>{t('xliffSourceChanged', { ids: list(r.sourceChanged) })}</p>}
          {r.unsupported.length > 0 && <p>{t('xliffUnsupported', { ids: list(r.unsupported) })}</p>}
        </div>
      )}
      <ErrorLine state={state} />
    </form>
  );
}
