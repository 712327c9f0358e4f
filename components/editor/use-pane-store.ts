'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { SegmentRow } from '@/lib/documents/views';
import type { PmNode, TranslationState } from '@/lib/documents/types';
import { addCounts, countText, subtractCounts, ZERO_COUNTS, type TextCounts } from '@/lib/text/word-count';
import type { Lang } from '@/lib/text/lang';

/** What a pane holds as far as the server knows: the text a row shows when it is (re)mounted. */
export interface PaneData {
  content: PmNode | null;
  text: string;
  version: number;
  state: TranslationState;
}

const keyOf = (segmentId: number, lang: Lang) => `${segmentId}:${lang}`;

/** A pane whose text is not the one the page came with: its counts now, and then (null: a row the page did not have). */
export interface ChangedPane {
  lang: Lang;
  now: TextCounts;
  before: TextCounts | null;
}

/**
 * The document's counts per language: the server's, for the texts the page came with, corrected by the
 * panes changed since (saved here, or by someone else, live). A language the server did not count is 0.
 */
export function documentCounts(first: Partial<Record<Lang, TextCounts>>, langs: Lang[], changed: Iterable<ChangedPane>): Record<Lang, TextCounts> {
  const out = Object.fromEntries(langs.map((l) => [l, first[l] ?? ZERO_COUNTS])) as Record<Lang, TextCounts>;
  for (const p of changed) {
    const c = addCounts(out[p.lang] ?? ZERO_COUNTS, p.now);
    out[p.lang] = p.before ? subtractCounts(c, p.before) : c;
  }
  return out;
}

/**
 * The panes' stored texts for the whole document: as loaded, then as saved (a row scrolled away and
 * back shows its saved text, not the page's), and the document's word and character counts from them.
 */
export function usePaneStore(segments: SegmentRow[], sourceLang: Lang, langs: Lang[], pageRows: SegmentRow[], loaded: SegmentRow[], first: Partial<Record<Lang, TextCounts>>) {
  const saved = useRef(new Map<string, PaneData>());
  const [version, setVersion] = useState(0);

  const data = useCallback(
    (segment: SegmentRow, lang: Lang): PaneData => {
      const own = saved.current.get(keyOf(segment.id, lang));
      const tr = segment.translations[lang];
      // a pane saved here wins unless a newer version was pushed since (someone else's save, live)
      const rowVersion = lang === sourceLang ? segment.version : (tr?.version ?? 0);
      if (own && own.version >= rowVersion) return own;
      if (lang === sourceLang) return { content: segment.content, text: segment.text, version: segment.version, state: 'final' };
      return { content: tr?.content ?? null, text: tr?.text ?? '', version: tr?.version ?? 0, state: tr?.state ?? 'initial' };
    },
    [sourceLang],
  );

  const remember = useCallback((segmentId: number, lang: Lang, pane: PaneData) => {
    saved.current.set(keyOf(segmentId, lang), pane);
    setVersion((v) => v + 1);
  }, []);

  // the page brought fresh rows (after a merge or split): what they say is newer than what was saved here
  const [seen, setSeen] = useState(pageRows);
  if (seen !== pageRows) {
    setSeen(pageRows);
    saved.current.clear();
  }

  // The server counted the document when it rendered the page (all of it, rows not loaded yet too):
  // only the panes whose text is no longer the one the page came with are counted here, each once per
  // text (hydration counts nothing; a save recounts one pane)
  const rowsAsLoaded = useMemo(() => new Map(loaded.map((s) => [s.id, s])), [loaded]);
  const counted = useRef(new Map<string, { text: string; counts: TextCounts }>());
  const counts = useMemo(() => {
    const countOf = (key: string, text: string, lang: Lang) => {
      let c = counted.current.get(key);
      if (!c || c.text !== text) counted.current.set(key, (c = { text, counts: countText(text, lang) }));
      return c.counts;
    };
    const panes: ChangedPane[] = [];
    for (const s of segments) {
      const was = rowsAsLoaded.get(s.id);
      for (const l of langs) {
        const now = data(s, l).text;
        const before = was ? (l === sourceLang ? was.text : (was.translations[l]?.text ?? '')) : null;
        if (now === before) continue;
        const k = keyOf(s.id, l);
        panes.push({ lang: l, now: countOf(`now:${k}`, now, l), before: before === null ? null : countOf(`was:${k}`, before, l) });
      }
    }
    return documentCounts(first, langs, panes);
    // version: recount after each save
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segments, langs, data, version, first, rowsAsLoaded]);

  return { data, remember, counts };
}
