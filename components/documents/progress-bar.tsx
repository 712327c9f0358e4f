import { useTranslations } from 'next-intl';
import type { LangProgress } from '@/lib/documents/views';

/** Translated and reviewed counts of one target language, as text and as a bar. */
export function ProgressBar({ progress }: { progress: LangProgress }) {
  const t = useTranslations('Progress');
  const { total, translated, reviewed, lang } = progress;
  const pct = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 100));
  return (
    <div data-testid={`progress-${lang}`}>
      <div className="flex justify-between text-sm">
        <span className="font-medium">{t(`lang.${lang}`)}</span>
        <span>{t('counts', { translated, reviewed, total })}</span>
      </div>
      <div
        className="mt-1 h-2 overflow-hidden rounded bg-stone-200"
        role="progressbar"
        aria-label={t('label', { lang: t(`lang.${lang}`) })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={translated}
      >
        <div className="flex h-full">
          <div className="h-full bg-emerald-700" style={{ width: `${pct(reviewed)}%` }} />
          <div className="h-full bg-emerald-400" style={{ width: `${pct(translated - reviewed)}%` }} />
        </div>
      </div>
    </div>
  );
}
