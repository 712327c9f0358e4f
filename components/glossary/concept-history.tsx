import { getFormatter, getTranslations } from 'next-intl/server';
import type { HistoryRow } from '@/lib/terms/glossary-views';
import type { Concept } from '@/lib/terms/types';
import { dirOf } from '@/lib/text/lang';

// What changed between two versions, as term texts added and removed (enough to read a history).
function termDiff(before: Concept | null, after: Concept | null) {
  const key = (t: Concept['terms'][number]) => `${t.lang}\u0001${t.text}\u0001${t.status}`;
  const b = new Map((before?.terms ?? []).map((t) => [key(t), t]));
  const a = new Map((after?.terms ?? []).map((t) => [key(t), t]));
  return { added: [...a].filter(([k]) => !b.has(k)).map(([, t]) => t), removed: [...b].filter(([k]) => !a.has(k)).map(([, t]) => t) };
}

/** The concept's history, newest first: who, when, what, and the terms added or removed. */
export async function ConceptHistory({ rows }: { rows: HistoryRow[] }) {
  const t = await getTranslations('GlossaryHistory');
  const tt = await getTranslations('GlossaryTerms');
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-stone-600">{t('empty')}</p>;
  return (
    <ol className="grid gap-2" data-testid="concept-history">
      {rows.map((r) => {
        const { added, removed } = r.action === 'update' || r.action === 'import' || r.action === 'conflict' ? termDiff(r.before, r.after) : { added: [], removed: [] };
        return (
          <li key={r.id} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="history-row" data-action={r.action}>
            <p>
              <span className="font-medium">{t(`action.${r.action}`)}</span>
              {r.version !== null && <> · {t('version', { version: r.version })}</>} · <bdi>{r.authorName ?? r.author}</bdi> ·{' '}
              <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
            </p>
            {(added.length > 0 || removed.length > 0) && (
              <ul className="mt-1 flex flex-wrap gap-2">
                {added.map((x) => (
                  <li key={`+${x.lang}${x.text}`} className="rounded bg-emerald-50 px-1.5" lang={x.lang} dir={dirOf(x.lang)}>
                    <span className="sr-only">{t('added')} </span>+ <bdi>{x.text}</bdi> <span className="text-xs">({tt(`status.${x.status}`)})</span>
                  </li>
                ))}
                {removed.map((x) => (
                  <li key={`-${x.lang}${x.text}`} className="rounded bg-red-50 px-1.5 line-through" lang={x.lang} dir={dirOf(x.lang)}>
                    <span className="sr-only">{t('removed')} </span>− <bdi>{x.text}</bdi>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
