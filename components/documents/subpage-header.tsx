import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import type { Lang } from '@/lib/text/lang';

/** The header of a document's sub-page (QA, edition, quotes): back link, page title, document title. */
export function SubpageHeader(props: { documentId: number; backLabel: string; title: string; docTitle: string; sourceLang: Lang; children?: ReactNode }) {
  return (
    <header className="mb-4">
      <p className="text-sm">
        <Link href={`/documents/${props.documentId}`} className="text-emerald-800 underline">
          {props.backLabel}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{props.title}</h1>
      {/* the document's title in its own language, isolated but aligned with the heading above it (text-start) */}
      <p className="text-start text-stone-700" data-testid="subpage-doc-title">
        <bdi lang={props.sourceLang}>{props.docTitle}</bdi>
      </p>
      {props.children}
    </header>
  );
}
