'use client';

import { useTranslations } from 'next-intl';
import type { TextCounts } from '@/lib/text/word-count';
import type { Lang } from '@/lib/text/lang';

/** Words and characters of the document per language (source and targets as saved). */
export function DocumentCounts({ langs, counts }: { langs: Lang[]; counts: Record<Lang, TextCounts> }) {
  const t = useTranslations('Editor');
  return (
    <p className="mb-3 flex flex-wrap gap-4 text-sm text-stone-700" data-testid="document-counts">
      {langs.map((lang) => (
        <span key={lang} data-lang={lang} className="tabular-nums">
          {t('documentCounts', { lang: t(`lang.${lang}`), words: counts[lang].words, characters: counts[lang].characters })}
        </span>
      ))}
    </p>
  );
}
