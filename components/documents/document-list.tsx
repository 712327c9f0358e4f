import { useFormatter, useTranslations } from 'next-intl';
import type { DocumentSummary } from '@/lib/documents/views';
import { Link } from '@/lib/i18n/navigation';
import { ProgressBar } from './progress-bar';

/** The documents with their per-language progress. */
export function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  const t = useTranslations('DocumentList');
  const format = useFormatter();
  if (documents.length === 0) return <p className="text-stone-600">{t('empty')}</p>;
  return (
    <ul className="grid gap-3" data-testid="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className="rounded border border-stone-200 bg-white p-4" data-testid="document-item">
          <Link href={`/documents/${doc.id}`} className="text-lg font-semibold text-emerald-900 hover:underline" lang={doc.sourceLang}>
            {doc.title}
          </Link>
          <p className="mt-1 text-sm text-stone-600">
            {doc.authors.length > 0 && <span lang={doc.sourceLang}>{format.list(doc.authors, { type: 'conjunction' })}</span>}
            {doc.publishedOn && (
              <>
                {' · '}
                <time dateTime={doc.publishedOn}>{format.dateTime(new Date(`${doc.publishedOn}T12:00:00Z`), { dateStyle: 'long' })}</time>
              </>
            )}
            {' · '}
            {t('segments', { count: doc.segmentCount })}
          </p>
          <div className="mt-3 grid gap-2 sm:grid-cols-2">
            {doc.progress.map((p) => (
              <ProgressBar key={p.lang} progress={p} />
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
