import { getTranslations } from 'next-intl/server';
import type { Occurrence } from '@/lib/terms/glossary-views';
import { Link } from '@/lib/i18n/navigation';
import { dirOf } from '@/lib/text/lang';

const CONTEXT = 60;

/** Where the concept occurs in the stored documents, the matched words highlighted in context. */
export async function ConceptOccurrences({ rows }: { rows: Occurrence[] }) {
  const t = await getTranslations('GlossaryOccurrences');
  const tt = await getTranslations('GlossaryTerms');
  if (rows.length === 0) return <p className="text-stone-600" data-testid="concept-occurrences-empty">{t('empty')}</p>;
  return (
    <ul className="grid gap-2" data-testid="concept-occurrences">
      {rows.map((o) => {
        const from = Math.max(0, o.start - CONTEXT);
        const to = Math.min(o.text.length, o.end + CONTEXT);
        return (
          <li key={`${o.segmentId}-${o.lang}-${o.start}`} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="occurrence-row">
            <p className="text-xs text-stone-600">
              <Link href={`/documents/${o.documentId}`} className="text-emerald-900 underline">{o.documentTitle}</Link>
              {' · '}{t('segment', { position: o.position })}{' · '}{tt(`lang.${o.lang}`)}
            </p>
            <p lang={o.lang} dir={dirOf(o.lang)} className="pane-text mt-1">
              {from > 0 && '…'}{o.text.slice(from, o.start)}
              <mark className="rounded bg-amber-100 px-0.5">{o.text.slice(o.start, o.end)}</mark>
              {o.text.slice(o.end, to)}{to < o.text.length && '…'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
