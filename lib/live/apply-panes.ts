import type { SegmentRow } from '../documents/views';
import type { LivePane } from './types';

/**
 * The document's segments with the panes pushed live laid over them: a pane replaces the stored one
 * only when its version is newer, so a reload (newer props) wins over an older push.
 */
export function applyPanes(segments: readonly SegmentRow[], panes: ReadonlyMap<string, LivePane>, sourceLang: string): SegmentRow[] {
  if (panes.size === 0) return segments as SegmentRow[];
  let changed = false;
  const out = segments.map((s) => {
    let next = s;
    for (const lang of ['en', 'ar', 'fa'] as const) {
      const p = panes.get(`${s.id}:${lang}`);
      if (!p) continue;
      if (lang === sourceLang) {
        if (p.version > next.version && p.content) next = { ...next, content: p.content, text: p.text, version: p.version };
      } else if (p.version > (next.translations[lang]?.version ?? 0)) {
        next = { ...next, translations: { ...next.translations, [lang]: { content: p.content, text: p.text, state: p.state, version: p.version } } };
      }
    }
    if (next !== s) changed = true;
    return next;
  });
  // nothing newer: the same array, so the rows are not rendered again for nothing
  return changed ? out : (segments as SegmentRow[]);
}
