'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { AssistantLink } from './assistant-result';
import { pieces } from './pieces';
import { selectionIn } from './selection-offsets';
import type { QuoteActions, QuotePatch, QuoteView } from './types';

// Letters Farsi has and Arabic does not: enough to preselect the language of a pasted post.
const FARSI_ONLY = /[پچژگکی]/u;

/**
 * The alignment assistant: paste the longer original post, find the stretch the quote renders and the
 * clause links inside it; hovering or focusing a clause on one side highlights its partner. The
 * translator can pick another stretch or link clauses by selecting text on both sides.
 */
export function AlignmentAssistant(props: {
  documentId: number; quote: QuoteView; lang: 'ar' | 'fa' | null; post: string; stretch: [number, number] | null; links: AssistantLink[];
  align: QuoteActions['align']; onChange(patch: QuotePatch): void; onError(code: string): void;
}) {
  const t = useTranslations('QuotesPage.assistant');
  const [draft, setDraft] = useState(props.post);
  const [busy, setBusy] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const enRef = useRef<HTMLParagraphElement>(null);
  const postRef = useRef<HTMLDivElement>(null);
  const picked = useRef<{ en: [number, number] | null; original: [number, number] | null }>({ en: null, original: null });
  const { post, stretch, links } = props;

  async function find() {
    const lang = props.lang ?? (FARSI_ONLY.test(draft) ? 'fa' : 'ar');
    setBusy(true);
    const r = await props.align(props.documentId, props.quote.id, draft, lang).finally(() => setBusy(false));
    if (!r.ok) return props.onError(r.code);
    if (!r.value.stretch) return props.onError('assistant-no-match');
    props.onChange({ originalPost: draft, originalLang: lang, stretch: r.value.stretch, clauseLinks: r.value.links });
  }
  function useSelectionAsStretch() {
    const sel = selectionIn(postRef.current);
    if (!sel) return props.onError('assistant-select-post');
    props.onChange({ stretch: sel, clauseLinks: links.filter((l) => l.original[0] >= sel[0] && l.original[1] <= sel[1]) });
  }
  function linkSelected() {
    const { en, original } = picked.current;
    if (!en || !original) return props.onError('assistant-select-both');
    props.onChange({ clauseLinks: [...links.filter((l) => !overlaps(l.en, en) && !overlaps(l.original, original)), { en, original }].sort((a, b) => a.en[0] - b.en[0]) });
    picked.current = { en: null, original: null };
  }

  const clause = (side: 'en' | 'original', i: number, text: string, key: number) => (
    <span key={key} tabIndex={0} data-testid={`clause-${side}`} data-link={i} data-active={active === i}
      onMouseEnter={() => setActive(i)} onMouseLeave={() => setActive(null)} onFocus={() => setActive(i)} onBlur={() => setActive(null)}
      className={`rounded-sm underline decoration-2 underline-offset-4 ${COLORS[i % COLORS.length]} ${active === i ? 'bg-sky-200 outline outline-2 outline-sky-600' : ''}`}>
      {text}
    </span>
  );
  const render = (side: 'en' | 'original', text: string, from: number, to: number) =>
    pieces(text, [{ from, to, label: -1 }, ...links.map((l, i) => ({ from: l[side][0], to: l[side][1], label: i }))])
      .filter((p) => p.from >= from && p.to <= to)
      .map((p) => {
        const link = p.labels.find((l) => l >= 0);
        return link !== undefined ? clause(side, link, p.text, p.from) : <span key={p.from}>{p.text}</span>;
      });

  return (
    <div data-testid="assistant" className="space-y-2 rounded border border-sky-200 bg-sky-50/40 p-2">
      <h4 className="text-sm font-bold">{t('heading')}</h4>
      <label className="block text-sm">
        <span>{t('pastePost')}</span>
        <textarea data-testid="assistant-post" value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} dir="rtl" lang={props.lang ?? undefined}
          className="mt-1 block w-full rounded border border-stone-300 p-2" />
      </label>
      <button type="button" data-testid="assistant-find" disabled={busy || draft.trim() === ''} onClick={find}
        className="rounded bg-sky-700 px-3 py-1 text-sm text-white disabled:opacity-50">
        {t('find')}
      </button>
      {post && stretch && (
        <div className="space-y-2 text-sm">
          <p className="text-xs text-stone-600">{t('linksHint')}</p>
          <p ref={enRef} data-testid="assistant-quote" lang="en" dir="ltr" className="rounded bg-white p-2"
            onMouseUp={() => (picked.current.en = selectionIn(enRef.current))} onKeyUp={() => (picked.current.en = selectionIn(enRef.current))}>
            {render('en', props.quote.words, 0, props.quote.words.length)}
          </p>
          <div ref={postRef} data-testid="assistant-post-view" lang={props.lang ?? undefined} dir="rtl" className="whitespace-pre-wrap rounded bg-white p-2 leading-loose"
            onMouseUp={() => (picked.current.original = selectionIn(postRef.current))} onKeyUp={() => (picked.current.original = selectionIn(postRef.current))}>
            <span className="text-stone-500">{post.slice(0, stretch[0])}</span>
            <mark data-testid="assistant-stretch" className="rounded-sm bg-amber-100">{render('original', post, stretch[0], stretch[1])}</mark>
            <span className="text-stone-500">{post.slice(stretch[1])}</span>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="button" data-testid="assistant-use-selection" onClick={useSelectionAsStretch} className="rounded border border-stone-400 px-2 py-0.5">{t('useSelection')}</button>
            <button type="button" data-testid="assistant-link-selection" onClick={linkSelected} className="rounded border border-stone-400 px-2 py-0.5">{t('linkSelection')}</button>
            <button type="button" data-testid="assistant-accept" onClick={() => props.onChange({ originalText: post.slice(stretch[0], stretch[1]) })}
              className="rounded border border-emerald-700 px-2 py-0.5 text-emerald-800">{t('accept')}</button>
          </div>
          {links.length > 0 && (
            <ul className="space-y-1 text-xs" aria-label={t('linksList')}>
              {links.map((l, i) => (
                <li key={`${l.en[0]}-${l.original[0]}`} data-testid="clause-link" className="flex items-center gap-2">
                  <span dir="ltr" lang="en">{props.quote.words.slice(l.en[0], l.en[1])}</span>
                  <span aria-hidden>↔</span>
                  <span dir="rtl" lang={props.lang ?? undefined}>{post.slice(l.original[0], l.original[1])}</span>
                  <button type="button" className="ms-auto text-red-800 underline" onClick={() => props.onChange({ clauseLinks: links.filter((_, j) => j !== i) })}>
                    {t('unlink')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

const COLORS = ['decoration-sky-500', 'decoration-fuchsia-500', 'decoration-emerald-500', 'decoration-orange-500'];
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
