'use client';

import { useState, useTransition, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/contract/result';
import { useRouter } from '@/lib/i18n/navigation';
import { useErrorMessage, type ErrorLike } from '@/components/layout/use-error-message';
import { useHydrated } from '@/components/layout/use-hydrated';

// the importers' limit (lib/import MAX_DOCUMENT_BYTES, 10 MiB), repeated here to keep lib/import out of the browser bundle
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Upload a file or paste text (formatting kept when pasted from a browser) to create a document. */
export function ImportForm({ importDocument }: { importDocument: (form: FormData) => Promise<ActionResult<{ id: number }>> }) {
  const t = useTranslations('ImportForm');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const [error, setError] = useState<ErrorLike | null>(null);
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const html = e.clipboardData.getData('text/html');
    setPastedHtml(html && html.trim() !== '' ? html : null);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (pastedHtml !== null) {
      form.set('pasted', pastedHtml);
      form.set('pastedType', 'text/html');
    }
    setError(null);
    const file = form.get('file');
    // refused before the upload: a huge file never leaves the browser
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) return setError({ code: 'import-too-large' });
    startTransition(async () => {
      try {
        const result = await importDocument(form);
        if (result.ok) router.push(`/documents/${result.value.id}`);
        else setError(result);
      } catch {
        setError({ code: 'internal' });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 rounded border border-stone-200 bg-white p-4" aria-busy={pending}>
      <label className="grid gap-1">
        <span className="font-medium">{t('file')}</span>
        <input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html" className="text-sm" />
        <span className="text-xs text-stone-600">{t('fileHint')}</span>
      </label>
      <label className="grid gap-1">
        <span className="font-medium">{t('paste')}</span>
        <textarea
          name="pasted"
          rows={6}
          dir="auto"
          onPaste={onPaste}
          onChange={(e) => e.target.value === '' && setPastedHtml(null)}
          className="rounded border border-stone-300 p-2 text-sm"
        />
        {pastedHtml !== null && <span className="text-xs text-emerald-800">{t('formattedPaste')}</span>}
      </label>
      <input type="hidden" name="pastedType" value="text/markdown" />
      <label className="grid gap-1">
        <span className="font-medium">{t('sourceLang')}</span>
        <select name="sourceLang" defaultValue="auto" className="rounded border border-stone-300 p-2 text-sm">
          <option value="auto">{t('detect')}</option>
          <option value="en">{t('lang.en')}</option>
          <option value="ar">{t('lang.ar')}</option>
          <option value="fa">{t('lang.fa')}</option>
        </select>
      </label>
      {error && (
        <p role="alert" data-testid="error-message" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {errorMessage(error)}
        </p>
      )}
      <button type="submit" disabled={pending || !hydrated} className="rounded bg-emerald-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? t('importing') : t('submit')}
      </button>
    </form>
  );
}
