'use client';

import { useEffect, useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { LANGS, dirOf, type Lang } from '@/lib/text/lang';
import type { EditorGrid, TermCardRequest } from './editor-grid-context';
import { insertTerm } from './insert-term';
import { preferredTerm } from './preferred-term';

/**
 * The card of a recognized term: the concept's preferred terms in en/ar/fa, status, definition and
 * note, and one click to insert the preferred target term (or to replace a deprecated one).
 */
export function TermCard({ grid, request, langs, onClose }: { grid: EditorGrid; request: TermCardRequest; langs: Lang[]; onClose: () => void }) {
  const t = useTranslations('TermCard');
  const tLang = useTranslations('Editor.lang');
  const locale = useLocale() as Lang;
  const box = useRef<HTMLDivElement>(null);
  const { match, segmentIndex, paneLang } = request;
  const concept = grid.concept(match.conceptId);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  if (!concept) return null;
  // the definition and note in the UI's language when the concept has them, else in English;
  // each keeps its own direction so an English sentence never scrambles in an RTL card
  const pick = (texts: Partial<Record<Lang, string>> | undefined) => {
    const lang = ([locale, 'en', 'ar', 'fa'] as Lang[]).find((l) => texts?.[l]);
    return lang ? { lang, text: texts![lang]! } : null;
  };
  const definition = pick(concept.definitions);
  const note = pick(concept.notes);
  const isTargetPane = paneLang !== grid.sourceLang;
  const wrong = isTargetPane && (match.status === 'deprecated' || match.status === 'forbidden');
  const targets = langs.filter((l) => l !== grid.sourceLang && l !== paneLang);
  const top = Math.min(request.rect.bottom + 6, window.innerHeight - 260);

  return (
    <div
      ref={box}
      role="dialog"
      aria-label={t('label', { term: match.text })}
      data-testid="term-card"
      className="fixed z-30 w-80 rounded border border-stone-300 bg-white p-3 text-sm shadow-xl"
      style={{ top, left: Math.max(8, Math.min(request.rect.left, window.innerWidth - 340)) }}
      onMouseLeave={() => !request.byCaret && onClose()}
    >
      <p className="mb-1 flex items-center justify-between">
        <span className="font-semibold">{t('concept')}</span>
        <span className={`rounded px-1.5 text-xs ${wrong ? 'bg-red-100 text-red-900' : 'bg-sky-100 text-sky-900'}`} data-testid="term-status">
          {t(`status.${match.status}`)}
        </span>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
        {LANGS.map((lang) => {
          const p = preferredTerm(concept, lang);
          return (
            <div key={lang} className="contents">
              <dt className="text-stone-600">{tLang(lang)}</dt>
              <dd lang={lang} dir={dirOf(lang)} className="pane-text text-start" data-testid={`term-card-${lang}`}>
                {p?.text ?? '—'}
              </dd>
            </div>
          );
        })}
      </dl>
      {definition && (
        <p lang={definition.lang} dir={dirOf(definition.lang)} className="mt-2 text-start text-stone-700" data-testid="term-definition">
          {definition.text}
        </p>
      )}
      {note && (
        <p lang={note.lang} dir={dirOf(note.lang)} className="mt-1 text-start text-xs text-stone-600">
          {note.text}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {wrong && preferredTerm(concept, paneLang) && (
          <button
            type="button"
            className="rounded bg-red-700 px-2 py-1 text-white"
            onClick={() => {
              insertTerm(grid, segmentIndex, paneLang, concept.id, { from: match.from, to: match.to });
              onClose();
            }}
          >
            {t('replace', { term: preferredTerm(concept, paneLang)!.text })}
          </button>
        )}
        {targets.map((lang) => {
          const p = preferredTerm(concept, lang);
          if (!p) return null;
          return (
            <button
              key={lang}
              type="button"
              className="rounded bg-emerald-800 px-2 py-1 text-white"
              onClick={() => {
                insertTerm(grid, segmentIndex, lang, concept.id);
                onClose();
              }}
            >
              {t('insert', { term: p.text, lang: tLang(lang) })}
            </button>
          );
        })}
      </div>
    </div>
  );
}
