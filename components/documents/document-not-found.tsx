import { Link } from '@/lib/i18n/navigation';

/** What an unknown document id shows: a clear message and the way back (words from the page's namespace). */
export function DocumentNotFound({ title, message, back }: { title: string; message: string; back: string }) {
  return (
    <div role="alert" data-testid="error-message" className="rounded border border-red-200 bg-red-50 p-6">
      <h1 className="text-xl font-bold text-red-900">{title}</h1>
      <p className="mt-2 text-red-900">{message}</p>
      <Link href="/" className="mt-4 inline-block text-emerald-800 underline">
        {back}
      </Link>
    </div>
  );
}
