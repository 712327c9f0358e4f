'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { SegmentRow } from '@/lib/documents/views';
import type { PmNode, TranslationState } from '@/lib/documents/types';
import { addCounts, countText, ZERO_COUNTS, type TextCounts } from '@/lib/text/word-count';
import type { Lang } from '@/lib/text/lang';

/** What a pane holds as far as the server knows: the text a row shows when it is (re)mounted. */
export interface PaneData {
  content: PmNode | null;
  text: string;
  version: number;
  state: TranslationState;
}

const keyOf = (segmentId: number, lang: Lang) => `${segmentId}:${lang}`;

/**
 * The panes' stored texts for the whole document: as loaded, then as saved (a row scrolled away and
 * back shows its saved text, not the page's), and the document's word and character counts from them.
 */
export function usePaneStore(segments: SegmentRow[], sourceLang: Lang, langs: Lang[], pageRows: SegmentRow[]) {
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

  // counted once per text: a save recounts one pane, not the document
  const counted = useRef(new Map<string, { text: string; counts: TextCounts }>());
  const counts = useMemo(() => {
    const out = Object.fromEntries(langs.map((l) => [l, ZERO_COUNTS])) as Record<Lang, TextCounts>;
    for (const s of segments) {
      for (const l of langs) {
        const text = data(s, l).text;
        const k = keyOf(s.id, l);
        let c = counted.current.get(k);
        if (!c || c.text !== text) counted.current.set(k, (c = { text, counts: countText(text, l) }));
        out[l] = addCounts(out[l], c.counts);
      }
    }
    return out;
    // version: recount after each save
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segments, langs, data, version]);

  return { data, remember, counts };
}
