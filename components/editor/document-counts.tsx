'use client';

import { useTranslations } from 'next-intl';
import type { TextCounts } from '@/lib/text/word-count';
import type { Lang } from '@/lib/text/lang';

/** The counts the server rendered the page with, and their line per language in the UI's language. */
export interface FirstCounts {
  counts: Partial<Record<Lang, TextCounts>>;
  text: Partial<Record<Lang, string>>;
}

const same = (a: TextCounts | undefined, b: TextCounts) => a !== undefined && a.words === b.words && a.characters === b.characters;

/**
 * Words and characters of the document per language (source and targets as saved). While a language's
 * counts are those the server rendered, its line is the server's: the page hydrates without building a
 * number formatter (the first one a page builds costs 12-30 ms); a save recounts and formats here.
 */
export function DocumentCounts({ langs, counts, first }: { langs: Lang[]; counts: Record<Lang, TextCounts>; first?: FirstCounts }) {
  const t = useTranslations('Editor');
  return (
    <p className="mb-3 flex flex-wrap gap-4 text-sm text-stone-700" data-testid="document-counts">
      {langs.map((lang) => (
        <span key={lang} data-lang={lang} className="tabular-nums">
          {first?.text[lang] !== undefined && same(first.counts[lang], counts[lang])
            ? first.text[lang]
            : t('documentCounts', { lang: t(`lang.${lang}`), words: counts[lang].words, characters: counts[lang].characters })}
        </span>
      ))}
    </p>
  );
}
