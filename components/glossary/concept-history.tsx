import { getFormatter, getTranslations } from 'next-intl/server';
import { withBdi } from '@/components/layout/with-bdi';
import { conceptChanges, type ConceptChange } from '@/lib/terms/concept-changes';
import type { HistoryRow } from '@/lib/terms/glossary-views';
import { dirOf } from '@/lib/text/lang';

const SHOWS_CHANGES = new Set(['update', 'import', 'conflict', 'restore']);

/** The concept's history, newest first: who, when, what, and every field that changed (terms, definitions, notes, subject). */
export async function ConceptHistory({ rows }: { rows: HistoryRow[] }) {
  const t = await getTranslations('GlossaryHistory');
  const tt = await getTranslations('GlossaryTerms');
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-stone-600">{t('empty')}</p>;
  const langName = (l: 'en' | 'ar' | 'fa') => t(`lang.${l}`);

  function Change({ c }: { c: ConceptChange }) {
    switch (c.kind) {
      case 'term-added':
        return (
          <li className="rounded bg-emerald-50 px-1.5" lang={c.lang} dir={dirOf(c.lang)} data-testid="history-change" data-kind={c.kind}>
            <span className="sr-only">{t('added')} </span>+ <bdi>{c.text}</bdi> <span className="text-xs">({tt(`status.${c.status}`)})</span>
          </li>
        );
      case 'term-removed':
        return (
          <li className="rounded bg-red-50 px-1.5 line-through" lang={c.lang} dir={dirOf(c.lang)} data-testid="history-change" data-kind={c.kind}>
            <span className="sr-only">{t('removed')} </span>− <bdi>{c.text}</bdi>
          </li>
        );
      case 'term-status':
        return (
          <li className="rounded bg-amber-50 px-1.5" data-testid="history-change" data-kind={c.kind}>
            {withBdi((v) => t('statusChanged', v), { term: c.text, from: tt(`status.${c.from}`), to: tt(`status.${c.to}`) }, 'term', c.lang)}
          </li>
        );
      case 'term-details':
        return (
          <li className="rounded bg-amber-50 px-1.5" data-testid="history-change" data-kind={c.kind}>
            {withBdi((v) => t('detailsChanged', v), { term: c.text }, 'term', c.lang)}
          </li>
        );
      case 'subject':
        return (
          <li className="basis-full" data-testid="history-change" data-kind={c.kind}>
            <span className="font-medium">{t('subjectChanged')}</span> <Texts before={c.before} after={c.after} />
          </li>
        );
      default:
        return (
          <li className="basis-full" data-testid="history-change" data-kind={c.kind} data-lang={c.lang}>
            <span className="font-medium">{t(c.kind === 'definition' ? 'definitionChanged' : 'noteChanged', { lang: langName(c.lang) })}</span>{' '}
            <Texts before={c.before} after={c.after} lang={c.lang} />
          </li>
        );
    }
  }

  function Texts({ before, after, lang }: { before: string; after: string; lang?: 'en' | 'ar' | 'fa' }) {
    const dir = lang ? dirOf(lang) : 'auto';
    return (
      <>
        {before && (
          <del className="bg-red-50 px-1" lang={lang} dir={dir} data-testid="history-before">
            <span className="sr-only">{t('removed')} </span>
            {before}
          </del>
        )}{' '}
        {after ? (
          <ins className="bg-emerald-50 px-1 no-underline" lang={lang} dir={dir} data-testid="history-after">
            <span className="sr-only">{t('added')} </span>
            {after}
          </ins>
        ) : (
          <em className="text-stone-600">{t('cleared')}</em>
        )}
      </>
    );
  }

  return (
    <ol className="grid gap-2" data-testid="concept-history">
      {rows.map((r) => {
        const changes = SHOWS_CHANGES.has(r.action) ? conceptChanges(r.before, r.after) : [];
        return (
          <li key={r.id} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="history-row" data-action={r.action}>
            <p>
              <span className="font-medium">{t(`action.${r.action}`)}</span>
              {r.version !== null && <> · {t('version', { version: r.version })}</>} · <bdi>{r.authorName ?? r.author}</bdi> ·{' '}
              <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
            </p>
            {changes.length > 0 && (
              <ul className="mt-1 flex flex-wrap gap-2">
                {changes.map((c, i) => (
                  <Change key={i} c={c} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
