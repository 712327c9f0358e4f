import { useTranslations } from 'next-intl';
import type { LangStateCounts } from '@/lib/documents/state-counts';
import type { DocumentSummary } from '@/lib/documents/views';
import { Link } from '@/lib/i18n/navigation';
import { Byline } from './byline';
import { ProgressBar } from './progress-bar';
import { StateCounts } from './state-counts';

/** The documents with their per-language progress, and segments and words by state when given. */
export function DocumentList({ documents, states }: { documents: DocumentSummary[]; states?: Record<number, LangStateCounts[]> }) {
  const t = useTranslations('DocumentList');
  if (documents.length === 0) return <p className="text-stone-600">{t('empty')}</p>;
  return (
    <ul className="grid gap-3" data-testid="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className="rounded border border-stone-200 bg-white p-4" data-testid="document-item">
          <Link href={`/documents/${doc.id}`} className="text-lg font-semibold text-emerald-900 hover:underline">
            <bdi lang={doc.sourceLang}>{doc.title}</bdi>
          </Link>
          <Byline authors={doc.authors} publishedOn={doc.publishedOn} lang={doc.sourceLang}>
            {t('segments', { count: doc.segmentCount })}
          </Byline>
          <div className="mt-3 grid gap-2 sm:grid-cols-2">
            {doc.progress.map((p) => (
              <ProgressBar key={p.lang} progress={p} />
            ))}
          </div>
          {states?.[doc.id] && <StateCounts counts={states[doc.id]!} />}
        </li>
      ))}
    </ul>
  );
}
